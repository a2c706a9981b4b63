import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/lib/exercises/check-ids';
import type { CorpusItem } from './corpus';
import { corpusItems } from './corpus';
import { courseVerdict, evaluate, floorFailures, judge, worstMisses, type Judgement } from './evaluate';
import { FLOORS } from './floors';

const item = (over: Partial<CorpusItem> & { key: string }): CorpusItem => ({
	platform: 'x',
	task: 'compose',
	publicReply: false,
	lang: 'en',
	text: 'A post.',
	alts: [],
	frenchAlts: [],
	more: [],
	settings: {},
	good: true,
	fires: [],
	quiet: [],
	...over
});
const judged = (it: CorpusItem, fired: Record<string, Severity> = {}): Judgement => ({ item: it, fired: new Map(Object.entries(fired)), results: [] });
const score = (judgements: Judgement[], check: string) => evaluate(judgements).scores.find((s) => s.check === check)!;

describe('scoring', () => {
	it('counts a check firing on a good post as a false positive, and staying quiet as a true negative', () => {
		const s = score([judged(item({ key: 'a' }), { url_shortener: 'error' }), judged(item({ key: 'b' }))], 'url_shortener');
		expect([s.tp, s.fp, s.fn, s.tn]).toEqual([0, 1, 0, 1]);
		expect(s.falseAlarms).toEqual(['a']);
		expect(s.precision).toBe(0);
	});

	it('counts a labelled problem found as a true positive and missed as a false negative', () => {
		const bad = (key: string) => item({ key, good: false, fires: ['url_shortener'] });
		const s = score([judged(bad('hit'), { url_shortener: 'error' }), judged(bad('miss'))], 'url_shortener');
		expect([s.tp, s.fn, s.recall]).toEqual([1, 1, 0.5]);
		expect(s.misses).toEqual(['miss']);
	});

	it('scores a check on a bad post only where the post says something about it', () => {
		const bad = item({ key: 'bad', good: false, fires: ['partisan'], quiet: ['profanity'] });
		const j = judged(bad, { partisan: 'warning', reading_grade: 'warning', profanity: 'error' });
		expect(score([j], 'reading_grade')).toMatchObject({ tp: 0, fp: 0, fn: 0, tn: 0 });
		expect(score([j], 'profanity')).toMatchObject({ fp: 1 });
		expect(score([judged(bad, { partisan: 'warning' })], 'profanity')).toMatchObject({ tn: 1 });
	});

	it('counts good posts flagged by warnings and blocked by errors, but not by advice or what they are labelled to fire', () => {
		const ev = evaluate([
			judged(item({ key: 'warned' }), { reading_grade: 'warning' }),
			judged(item({ key: 'blocked' }), { url_shortener: 'error' }),
			judged(item({ key: 'advised' }), { opening_filler: 'advice' }),
			judged(item({ key: 'expected', fires: ['length'] }), { length: 'error' })
		]);
		expect(ev.goodFlagged.map((j) => j.item.key)).toEqual(['warned', 'blocked']);
		expect(ev.goodBlocked.map((j) => j.item.key)).toEqual(['blocked']);
	});

	it('lists privacy misses before good posts blocked, before other misses', () => {
		const ev = evaluate([
			judged(item({ key: 'other', good: false, fires: ['partisan'] })),
			judged(item({ key: 'blocked' }), { length: 'error' }),
			judged(item({ key: 'health-card', good: false, fires: ['personal_numbers'] }))
		]);
		expect(worstMisses(ev).map((m) => [m.kind, m.key])).toEqual([
			['privacy miss', 'health-card'],
			['good post blocked', 'blocked'],
			['miss', 'other']
		]);
	});
});

describe('floors', () => {
	// n bad posts labelled for `check`, `found` of them caught; plus enough good posts to fill the corpus.
	const corpus = (check: string, n: number, found: number, goodFlagged = 0): Judgement[] => [
		...Array.from({ length: n }, (_, i) => judged(item({ key: `p${i}`, good: false, fires: [check as never] }), i < found ? { [check]: 'error' } : {})),
		...Array.from({ length: FLOORS.corpus }, (_, i) => judged(item({ key: `g${i}` }), i < goodFlagged ? { [check]: 'warning' } : {}))
	];
	const failuresFor = (check: string, judgements: Judgement[]) => floorFailures(evaluate(judgements)).filter((f) => f.startsWith(`${check}:`));

	it('fail a check below 90 % recall, and a privacy check below 98 %', () => {
		expect(failuresFor('partisan', corpus('partisan', 100, 89))).toEqual([expect.stringMatching(/recall 89.0 % below 90.0 %/)]);
		expect(failuresFor('partisan', corpus('partisan', 100, 97))).toEqual([]);
		expect(failuresFor('personal_numbers', corpus('personal_numbers', 100, 97))).toEqual([expect.stringMatching(/recall 97.0 % below 98.0 %/)]);
		expect(failuresFor('personal_numbers', corpus('personal_numbers', 100, 98))).toEqual([]);
	});

	it('fail a check with fewer than 5 labelled positives, and one below 80 % precision', () => {
		expect(failuresFor('partisan', corpus('partisan', 4, 4))).toEqual([expect.stringMatching(/4 labelled positive/)]);
		expect(failuresFor('partisan', corpus('partisan', 10, 10, 3))).toEqual([expect.stringMatching(/precision 76.9 % below 80.0 %/)]);
	});

	it('fail a corpus under 400 posts, any good post blocked, and more than 2 % of good posts flagged', () => {
		const small = floorFailures(evaluate([judged(item({ key: 'only' }), { length: 'error' })]));
		expect(small).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/corpus has 1 posts/),
				expect.stringMatching(/1 post\(s\) labelled good are blocked/),
				expect.stringMatching(/100.0 % of good posts/)
			])
		);
		// 8 of 400 good posts with a warning is exactly 2 %: allowed; 9 is not.
		const rate = (n: number) => floorFailures(evaluate(corpus('partisan', 10, 10, n))).some((f) => f.includes('of good posts get'));
		expect(rate(8)).toBe(false);
		expect(rate(9)).toBe(true);
	});
});

describe('the course line', () => {
	it('counts a bad example as flagged only when every labelled problem fires', () => {
		const course = (over: Partial<CorpusItem> & { key: string }) => item({ origin: 'lesson', ...over });
		const verdict = courseVerdict([
			judged(course({ key: 'clean' })),
			judged(course({ key: 'warned' }), { reading_grade: 'warning' }),
			judged(course({ key: 'both', good: false, fires: ['url_shortener', 'descriptive_links'] }), { url_shortener: 'error', descriptive_links: 'warning' }),
			judged(course({ key: 'half', good: false, fires: ['url_shortener', 'descriptive_links'] }), { url_shortener: 'error' }),
			judged(course({ key: 'missed', good: false, fires: ['spelling'] })),
			judged(item({ key: 'written', good: false, fires: ['partisan'] }))
		]);
		expect(verdict).toMatchObject({ good: 2, goodClean: 1, bad: 3, badFlagged: 1 });
		expect(verdict.misjudged.map((m) => m.why)).toEqual(['good, but reading_grade (warning) fired', 'bad: missed descriptive_links', 'bad: missed spelling']);
	});

	it('counts a bad example the lesson leaves to the rubric apart, judged right unless a check it must not fire does', () => {
		const course = (over: Partial<CorpusItem> & { key: string }) => item({ origin: 'lesson', good: false, rubric: 'tone', ...over });
		const verdict = courseVerdict([
			judged(course({ key: 'tone' })),
			judged(course({ key: 'tone, warned' }), { reading_grade: 'warning' }),
			judged(course({ key: 'tone, wrongly', quiet: ['partisan'] }), { partisan: 'warning' }),
			judged(course({ key: 'tone and a link', fires: ['url_shortener'] }))
		]);
		expect(verdict).toMatchObject({ bad: 1, badFlagged: 0, rubric: 3 });
		expect(verdict.rubricTaught.map((r) => r.key)).toEqual(['tone', 'tone, warned']);
		expect(verdict.misjudged.map((m) => m.why)).toEqual(['bad (rubric): partisan fired though it must not', 'bad: missed url_shortener']);
	});
});

describe('judge', () => {
	it('runs the real checks as a trainee sees them, with the scenario’s settings', () => {
		const [shortener] = corpusItems('t.yaml', [{ id: 's', platform: 'x', text: 'Book your flu shot: bit.ly/flu24', good: false, fires: ['url_shortener'] }]);
		expect(judge(shortener).fired.get('url_shortener')).toBe('error');
		const [off] = corpusItems('t.yaml', [
			{ id: 'o', platform: 'x', text: 'Book your flu shot: bit.ly/flu24', good: false, settings: { off: ['url_shortener'] } }
		]);
		expect(judge(off).fired.has('url_shortener')).toBe(false);
	});

	it('judges every post of a thread', () => {
		const [thread] = corpusItems('t.yaml', [
			{ id: 't', platform: 'x', task: 'thread', text: 'Our report is out. (1/2)', more: ['Read it here: bit.ly/report (2/2)'], good: false }
		]);
		expect(judge(thread).fired.has('url_shortener')).toBe(true);
	});
});
