// npm run checks:eval — runs every check on the labelled corpus (tests/fixtures/posts) and prints,
// per check, true/false positives and negatives, precision and recall, and the worst misses.
import { loadWrittenCorpus } from '../tests/checks/corpus';
import { evaluate, judge } from '../tests/checks/evaluate';

const items = loadWrittenCorpus();
const evaluation = evaluate(items.map(judge));
const pct = (value: number | null) => (value === null ? '   —  ' : `${(value * 100).toFixed(1).padStart(5)} %`);
console.info(`${evaluation.items} posts: ${evaluation.good} labelled good, ${evaluation.bad} with problems`);
console.info('check                     TP   FP   FN   TN  precision  recall');
for (const s of evaluation.scores) {
	console.info(`${s.check.padEnd(24)} ${[s.tp, s.fp, s.fn, s.tn].map((n) => String(n).padStart(4)).join(' ')}  ${pct(s.precision)}  ${pct(s.recall)}`);
}
for (const s of evaluation.scores) {
	for (const key of s.misses) console.info(`  missed ${s.check}: ${key}`);
	for (const key of s.falseAlarms) console.info(`  false alarm ${s.check}: ${key}`);
}
console.info(`good posts flagged (warning or error): ${evaluation.goodFlagged.length} of ${evaluation.good}; blocked: ${evaluation.goodBlocked.length}`);
