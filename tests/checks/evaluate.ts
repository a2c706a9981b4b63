// Scores the automatic checks against the labelled corpus: per check, true and false positives and
// negatives, precision and recall; and, over the posts labelled good, how many any warning or error
// fires on. Pure: scripts/checks-eval.ts prints it, and a test holds the floors.
import { CHECK_IDS, type CheckId, type Severity } from '../../src/lib/exercises/check-ids';
import { runChecks } from '../../src/lib/exercises/registry';
import { DEFAULT_SETTINGS } from '../../src/lib/exercises/settings';
import type { CheckDefinition, CheckResult, CheckSettings, PostInput } from '../../src/lib/exercises/types';
import { DICTIONARY_CHECKS } from '../../src/lib/server/exercises/dictionary-checks';
import type { CorpusItem } from './corpus';

export interface Judgement {
	item: CorpusItem;
	/** The checks that failed on any post of the item, with their worst severity. */
	fired: Map<string, Severity>;
	results: CheckResult[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, advice: 1 };

/** What a trainee would see for this post: every check the platform runs on it. */
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
}

/** Whether the check is expected to stay quiet on the item: named in quiet, or the post is good and it is not named in fires. */
const expectedQuiet = (item: CorpusItem, check: CheckId) => item.quiet.includes(check) || (item.good && !item.fires.includes(check));

export function evaluate(judgements: Judgement[]): Evaluation {
	const scores = CHECK_IDS.map((check): CheckScore => {
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
	const good = judgements.filter((j) => j.item.good);
	const unexpected = (j: Judgement, severities: Severity[]) =>
		[...j.fired].some(([check, severity]) => severities.includes(severity) && !j.item.fires.includes(check as CheckId));
	return {
		items: judgements.length,
		good: good.length,
		bad: judgements.length - good.length,
		goodFlagged: good.filter((j) => unexpected(j, ['error', 'warning'])),
		goodBlocked: good.filter((j) => unexpected(j, ['error'])),
		scores
	};
}
