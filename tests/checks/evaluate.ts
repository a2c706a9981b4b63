// Scores the automatic checks against the labelled corpus: per check, true and false positives and
// negatives, precision and recall; over the posts labelled good, how many any warning or error fires
// on; the course's own examples judged as their lesson says; and the floors. Pure: scripts/checks-eval.ts
// prints it, and tests/checks/evaluate.test.ts holds the scoring.
import { CHECK_IDS, type CheckId, type Severity } from '../../src/lib/exercises/check-ids';
import { runChecks } from '../../src/lib/exercises/registry';
import { DEFAULT_SETTINGS } from '../../src/lib/exercises/settings';
import type { CheckDefinition, CheckResult, CheckSettings, PostInput } from '../../src/lib/exercises/types';
import { DICTIONARY_CHECKS } from '../../src/lib/server/exercises/dictionary-checks';
import type { CorpusItem } from './corpus';
import { FLOORS, PRIVACY_CHECKS, isRegistered, recallFloor } from './floors';

export interface Judgement {
	item: CorpusItem;
	/** The checks that failed on any post of the item, with their worst severity. */
	fired: Map<string, Severity>;
	results: CheckResult[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, advice: 1 };

/** What a trainee would see for this post: every check the platform runs on it, the server's dictionary checks included. */
export function judge(item: CorpusItem, extra: readonly CheckDefinition[] = DICTIONARY_CHECKS): Judgement {
	// A scenario's own `off` and `severity` apply (the course's model answers are held to them), as on the server.
	const settings = { ...DEFAULT_SETTINGS, off: [], severity: {}, ...item.settings, blocking: true } as CheckSettings;
	const posts: PostInput[] = [{ text: item.text, lang: item.lang, alts: item.alts }];
	if (item.task === 'bilingual') posts.push({ text: item.french ?? '', lang: 'fr', alts: item.frenchAlts });
	for (const text of item.more ?? []) posts.push({ text, lang: item.lang, alts: [] });
	const report = runChecks({ platform: item.platform, task: item.task, publicReply: item.publicReply, posts, settings }, extra);
	const fired = new Map<string, Severity>();
	for (const result of report.results) {
		if (result.passed) continue;
		const before = fired.get(result.check);
		if (!before || RANK[result.severity] > RANK[before]) fired.set(result.check, result.severity);
	}
	return { item, fired, results: report.results };
}

export interface CheckScore {
	check: CheckId;
	tp: number;
	fp: number;
	fn: number;
	tn: number;
	precision: number | null;
	recall: number | null;
	/** Labelled posts it missed (fn) and posts it wrongly fired on (fp), by corpus key. */
	misses: string[];
	falseAlarms: string[];
}

export interface Evaluation {
	items: number;
	good: number;
	bad: number;
	/** Posts labelled good on which any warning or error fired, beyond what they are labelled to fire. */
	goodFlagged: Judgement[];
	/** Posts labelled good that an error would block. */
	goodBlocked: Judgement[];
	scores: CheckScore[];
	judgements: Judgement[];
	/** Labels naming a check not registered yet (floors.ts PENDING_CHECK_IDS), with how many items carry them. */
	pending: Map<string, number>;
}

/** Whether the check is expected to stay quiet on the item: named in quiet, or the post is good and it is not named in fires. */
const expectedQuiet = (item: CorpusItem, check: string) => item.quiet.includes(check as CheckId) || (item.good && !item.fires.includes(check as CheckId));

/** The checks that fired at these severities though the item does not expect them to. */
export const unexpected = (j: Judgement, severities: readonly Severity[]) =>
	[...j.fired].filter(([check, severity]) => severities.includes(severity) && !j.item.fires.includes(check as CheckId)).map(([check]) => check);

export function evaluate(judgements: Judgement[], checks: readonly CheckId[] = CHECK_IDS): Evaluation {
	const scores = checks.map((check): CheckScore => {
		const score: CheckScore = { check, tp: 0, fp: 0, fn: 0, tn: 0, precision: null, recall: null, misses: [], falseAlarms: [] };
		for (const { item, fired } of judgements) {
			const hit = fired.has(check);
			if (item.fires.includes(check)) {
				if (hit) score.tp++;
				else {
					score.fn++;
					score.misses.push(item.key);
				}
			} else if (expectedQuiet(item, check)) {
				if (hit) {
					score.fp++;
					score.falseAlarms.push(item.key);
				} else score.tn++;
			}
		}
		score.precision = score.tp + score.fp ? score.tp / (score.tp + score.fp) : null;
		score.recall = score.tp + score.fn ? score.tp / (score.tp + score.fn) : null;
		return score;
	});
	const pending = new Map<string, number>();
	for (const { item } of judgements) {
		for (const id of new Set([...item.fires, ...item.quiet])) if (!isRegistered(id)) pending.set(id, (pending.get(id) ?? 0) + 1);
	}
	const good = judgements.filter((j) => j.item.good);
	return {
		items: judgements.length,
		good: good.length,
		bad: judgements.length - good.length,
		goodFlagged: good.filter((j) => unexpected(j, ['error', 'warning']).length > 0),
		goodBlocked: good.filter((j) => unexpected(j, ['error']).length > 0),
		scores,
		judgements,
		pending
	};
}

/** One line per floor the evaluation falls below; empty when every floor holds. */
export function floorFailures(evaluation: Evaluation): string[] {
	const out: string[] = [];
	const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
	if (evaluation.items < FLOORS.corpus) out.push(`the corpus has ${evaluation.items} posts, fewer than ${FLOORS.corpus}`);
	if (evaluation.goodBlocked.length > FLOORS.goodBlocked) out.push(`${evaluation.goodBlocked.length} post(s) labelled good are blocked by an error`);
	const rate = evaluation.good ? evaluation.goodFlagged.length / evaluation.good : 0;
	if (rate > FLOORS.goodFlaggedRate)
		out.push(
			`${pct(rate)} of good posts get a warning or an error (${evaluation.goodFlagged.length} of ${evaluation.good}), above ${pct(FLOORS.goodFlaggedRate)}`
		);
	for (const s of evaluation.scores) {
		const positives = s.tp + s.fn;
		if (positives < FLOORS.positives) out.push(`${s.check}: ${positives} labelled positive(s), fewer than ${FLOORS.positives}: not measured`);
		if (s.recall !== null && s.recall < recallFloor(s.check))
			out.push(`${s.check}: recall ${pct(s.recall)} below ${pct(recallFloor(s.check))} (${s.fn} missed)`);
		if (s.precision !== null && s.precision < FLOORS.precision)
			out.push(`${s.check}: precision ${pct(s.precision)} below ${pct(FLOORS.precision)} (${s.fp} false alarms)`);
	}
	return out;
}

export interface Miss {
	kind: 'privacy miss' | 'good post blocked' | 'miss' | 'false alarm';
	key: string;
	text: string;
	/** What it should have fired, or what fired wrongly. */
	check: string;
	/** Everything that fired on it, with severities. */
	fired: string;
}

const firedList = (j: Judgement) =>
	[...j.fired]
		.filter(([, severity]) => severity !== 'advice')
		.map(([check, severity]) => `${check}(${severity[0]})`)
		.join(' ') || 'nothing';

/** The misjudgements, worst first: privacy misses, errors on good posts, other misses, then false alarms. */
export function worstMisses(evaluation: Evaluation): Miss[] {
	const byKey = new Map(evaluation.judgements.map((j) => [j.item.key, j]));
	const line = (kind: Miss['kind'], key: string, check: string): Miss => {
		const j = byKey.get(key)!;
		return { kind, key, text: j.item.text, check, fired: firedList(j) };
	};
	const privacy = evaluation.scores.filter((s) => PRIVACY_CHECKS.includes(s.check)).flatMap((s) => s.misses.map((k) => line('privacy miss', k, s.check)));
	const blocked = evaluation.goodBlocked.map((j) => line('good post blocked', j.item.key, unexpected(j, ['error']).join(' ')));
	const misses = evaluation.scores.filter((s) => !PRIVACY_CHECKS.includes(s.check)).flatMap((s) => s.misses.map((k) => line('miss', k, s.check)));
	const blockedKeys = new Set(evaluation.goodBlocked.map((j) => j.item.key));
	const alarms = evaluation.scores.flatMap((s) =>
		s.falseAlarms.filter((k) => !blockedKeys.has(k) || byKey.get(k)!.fired.get(s.check) !== 'error').map((k) => line('false alarm', k, s.check))
	);
	return [...privacy, ...blocked, ...misses, ...alarms];
}

export interface CourseVerdict {
	good: number;
	goodClean: number;
	bad: number;
	badFlagged: number;
	/** Bad examples whose fault the lesson leaves to the rubric (tone, helpfulness): judged as it says when no check fires wrongly. */
	rubric: number;
	rubricTaught: { key: string; why: string }[];
	/** Each course example not judged as its lesson says, with why. */
	misjudged: { key: string; why: string; checks: string[] }[];
}

/**
 * The course's examples judged as the course says: a good one passes with no warning or error (beyond
 * what it is labelled to fire), a bad one has every problem it is labelled with flagged (a problem whose
 * check does not exist yet counts as not flagged) and nothing it must not fire.
 */
export function courseVerdict(judgements: Judgement[]): CourseVerdict {
	const verdict: CourseVerdict = { good: 0, goodClean: 0, bad: 0, badFlagged: 0, rubric: 0, rubricTaught: [], misjudged: [] };
	for (const j of judgements) {
		if (!j.item.origin) continue;
		if (j.item.good) {
			verdict.good++;
			const wrong = unexpected(j, ['error', 'warning']);
			if (!wrong.length) verdict.goodClean++;
			else verdict.misjudged.push({ key: j.item.key, why: `good, but ${wrong.map((c) => `${c} (${j.fired.get(c)})`).join(', ')} fired`, checks: wrong });
		} else if (j.item.rubric && !j.item.fires.length) {
			// The lesson does not claim a check catches it: right when no check it names as quiet fires.
			const wrongly = j.item.quiet.filter((c) => j.fired.has(c));
			verdict.rubric++;
			if (!wrongly.length) verdict.rubricTaught.push({ key: j.item.key, why: j.item.rubric });
			else verdict.misjudged.push({ key: j.item.key, why: `bad (rubric): ${wrongly.join(', ')} fired though it must not`, checks: wrongly });
		} else {
			verdict.bad++;
			const missed = j.item.fires.filter((c) => !j.fired.has(c));
			const wrongly = j.item.quiet.filter((c) => j.fired.has(c));
			if (!missed.length && !wrongly.length && j.item.fires.length) verdict.badFlagged++;
			else {
				const why = [
					missed.length ? `missed ${missed.map((c) => (isRegistered(c) ? c : `${c} (check not merged yet)`)).join(', ')}` : '',
					wrongly.length ? `${wrongly.join(', ')} fired though it must not` : '',
					j.item.unchecked ? `no check sees: ${j.item.unchecked}` : ''
				]
					.filter(Boolean)
					.join('; ');
				verdict.misjudged.push({ key: j.item.key, why: `bad: ${why}`, checks: [...missed, ...wrongly] });
			}
		}
	}
	return verdict;
}

/** How many items per language, platform, task and source. */
export function breakdown(items: CorpusItem[]): Record<'language' | 'platform' | 'task' | 'source', Map<string, number>> {
	const out = { language: new Map<string, number>(), platform: new Map<string, number>(), task: new Map<string, number>(), source: new Map<string, number>() };
	const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
	for (const item of items) {
		add(out.language, item.task === 'bilingual' ? 'en+fr' : item.lang);
		add(out.platform, item.platform);
		add(out.task, item.task === 'reply' && !item.publicReply ? 'reply (private)' : item.task);
		add(out.source, item.origin ? `course ${item.origin}` : item.key.split(':')[0]);
	}
	return out;
}
