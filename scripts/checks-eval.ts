// npm run checks:eval — runs every check on the labelled corpus (tests/fixtures/posts/*.yaml and every
// example post in the course) and prints the corpus, per check TP/FP/FN/TN, precision and recall
// against the floors (tests/checks/floors.ts), the worst misses, the good posts flagged and the course's
// examples judged as their lessons say. Exits 1, one line per reason, when a floor fails or a course
// label is missing or matches nothing.
//   --all     every misjudgement, not only the worst 40
//   --course  every course example not judged as its lesson says
//   --keys    the key of every course example (for tests/fixtures/posts/course-labels.yaml)
//   --by-check  per check, every post it missed and every post it fired on wrongly (to hand over)
import { performance } from 'node:perf_hooks';
import { loadWrittenCorpus, type CorpusItem } from '../tests/checks/corpus';
import { excerpt, loadCourseCorpus } from '../tests/checks/course-examples';
import { breakdown, courseVerdict, evaluate, floorFailures, judge, unexpected, worstMisses } from '../tests/checks/evaluate';
import { FLOORS, recallFloor } from '../tests/checks/floors';

const started = performance.now();
const args = new Set(process.argv.slice(2));
const course = loadCourseCorpus();

if (args.has('--keys')) {
	for (const e of course.extraction.examples)
		console.info(`${e.key}  [${e.verdict === null ? 'no verdict' : e.verdict ? 'good' : 'bad'}] ${excerpt(e.text, 60)}`);
	process.exit(0);
}

const items: CorpusItem[] = [...loadWrittenCorpus(), ...course.items];
const judgements = items.map((item) => judge(item));
const evaluation = evaluate(judgements);
const pct = (value: number | null) => (value === null ? '    —  ' : `${(value * 100).toFixed(1).padStart(5)} %`);
const counts = (map: Map<string, number>) =>
	[...map]
		.sort((a, b) => b[1] - a[1])
		.map(([k, n]) => `${k} ${n}`)
		.join(', ');

// The corpus.
const by = breakdown(items);
console.info(`${evaluation.items} posts: ${evaluation.good} labelled good, ${evaluation.bad} with problems`);
console.info(`  language: ${counts(by.language)}`);
console.info(`  platform: ${counts(by.platform)}`);
console.info(`  task:     ${counts(by.task)}; with alt text: ${items.filter((i) => i.alts.length || i.frenchAlts.length).length}`);
console.info(`  source:   ${counts(by.source)}`);
console.info(
	`  course:   ${course.extraction.examples.length} examples extracted, ${course.unlabelled} quiz posts without verdict or label not judged, ${course.extraction.skippedNoVerdict} <ExamplePost> without a verdict skipped, ${course.extraction.duplicates} repeated`
);

// Per check.
console.info('\ncheck                      TP    FP    FN    TN  precision   recall   floor (recall/precision)');
for (const s of evaluation.scores) {
	const positives = s.tp + s.fn;
	const fails = [
		positives < FLOORS.positives ? `<${FLOORS.positives} positives` : '',
		s.recall !== null && s.recall < recallFloor(s.check) ? 'recall' : '',
		s.precision !== null && s.precision < FLOORS.precision ? 'precision' : ''
	].filter(Boolean);
	console.info(
		`${s.check.padEnd(24)} ${[s.tp, s.fp, s.fn, s.tn].map((n) => String(n).padStart(5)).join(' ')}  ${pct(s.precision)}  ${pct(s.recall)}   ${Math.round(recallFloor(s.check) * 100)}/${FLOORS.precision * 100} ${fails.length ? `FAILS: ${fails.join(', ')}` : 'ok'}`
	);
}
if (evaluation.pending.size) console.info(`labels waiting for their check to be merged: ${counts(evaluation.pending)}`);

// The worst misses.
const misses = worstMisses(evaluation);
const cap = args.has('--all') ? Infinity : 40;
console.info(`\nworst misjudgements (${misses.length}; privacy misses first, then good posts blocked, other misses, false alarms):`);
for (const m of misses.slice(0, cap)) console.info(`  ${m.kind.padEnd(17)} ${m.check.padEnd(22)} ${m.key}\n      “${excerpt(m.text)}” fired: ${m.fired}`);
if (misses.length > cap) console.info(`  … and ${misses.length - cap} more (npm run checks:eval -- --all)`);

if (args.has('--by-check')) {
	const byKey = new Map(items.map((i) => [i.key, i]));
	for (const s of evaluation.scores) {
		if (!s.misses.length && !s.falseAlarms.length) continue;
		console.info(`\n${s.check}:`);
		for (const key of s.misses) console.info(`  missed      ${key}  “${excerpt(byKey.get(key)!.text, 60)}”`);
		for (const key of s.falseAlarms) console.info(`  false alarm ${key}  “${excerpt(byKey.get(key)!.text, 60)}”`);
	}
}

// Good posts.
const rate = evaluation.good ? evaluation.goodFlagged.length / evaluation.good : 0;
console.info(
	`\ngood posts with a warning or an error: ${evaluation.goodFlagged.length} of ${evaluation.good} (${pct(rate).trim()}; floor ${FLOORS.goodFlaggedRate * 100} %)`
);
console.info(`good posts blocked by an error: ${evaluation.goodBlocked.length}`);
for (const j of evaluation.goodBlocked) console.info(`  ${j.item.key}: ${unexpected(j, ['error']).join(', ')}`);

// The course.
const verdict = courseVerdict(judgements);
/** Judged as the lesson says, of all: good ones clean, bad ones flagged, rubric-taught ones with no wrong check. */
const courseLine = (v: typeof verdict) =>
	`${v.goodClean + v.badFlagged + v.rubricTaught.length} of ${v.good + v.bad + v.rubric} (good passing clean: ${v.goodClean}/${v.good}; bad flagged: ${v.badFlagged}/${v.bad}; taught by the rubric, not by a check: ${v.rubricTaught.length}/${v.rubric})`;
console.info(`\ncourse examples judged as their lesson says: ${courseLine(verdict)}`);
for (const [origin, label] of [
	['lesson', 'lessons'],
	['quiz', 'quizzes'],
	['model answer', 'model answers'],
	['draft', 'drafts']
]) {
	const v = courseVerdict(judgements.filter((j) => j.item.origin === origin));
	console.info(`  ${`${label}:`.padEnd(15)} ${courseLine(v)}`);
}
if (args.has('--course')) {
	for (const m of verdict.misjudged) console.info(`  ${m.key}: ${m.why}`);
	if (verdict.rubricTaught.length) console.info('  taught by the rubric (the lesson does not say a check catches it):');
	for (const r of verdict.rubricTaught) console.info(`    ${r.key}: ${r.why}`);
}

// Floors.
const failures = [...course.problems, ...floorFailures(evaluation)];
console.info(`\n${items.length} posts judged in ${Math.round(performance.now() - started)} ms`);
if (failures.length) {
	console.error(`\ncheck floors not met (${failures.length}):`);
	for (const f of failures) console.error(`  ✗ ${f}`);
	process.exit(1);
}
console.info('every floor is met');
