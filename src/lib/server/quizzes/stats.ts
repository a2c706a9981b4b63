// Item analysis for instructors. Each trainee counts once per question, through their first
// submitted attempt (retakes after seeing feedback would flatter every question).

export const THRESHOLDS = { hard: 0.3, easy: 0.95, weak: 0.2 } as const;
/** Fewer answers than this say nothing about a question: no flags until then. */
export const MIN_ANSWERS = 3;

type QuestionFlag = 'hard' | 'easy' | 'weak' | 'negative';

export interface StatsAttempt {
	userId: string;
	number: number;
	score: number;
	passed: boolean;
	results: { id: string; credit: number }[];
}

interface QuestionStats {
	id: string;
	/** People whose first attempt drew this question. */
	answered: number;
	/** Mean credit earned, 0 to 1 (partial credit counts as its share). */
	facility: number | null;
	/** Corrected point-biserial: correlation between this question's credit and the score on the other questions. */
	discrimination: number | null;
	flags: QuestionFlag[];
}

interface QuizStats {
	attempts: number;
	traineesAttempted: number;
	traineesPassed: number;
	/** Mean score of every submitted attempt, percent. */
	meanScore: number | null;
	/** Share of submitted attempts that passed. */
	passRate: number | null;
	questions: QuestionStats[];
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Pearson's r; null with fewer than three pairs or when either side does not vary. */
export function correlation(xs: number[], ys: number[]): number | null {
	if (xs.length < 3) return null;
	const mx = mean(xs)!;
	const my = mean(ys)!;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	xs.forEach((x, i) => {
		sxy += (x - mx) * (ys[i] - my);
		sxx += (x - mx) ** 2;
		syy += (ys[i] - my) ** 2;
	});
	if (sxx < 1e-12 || syy < 1e-12) return null;
	return sxy / Math.sqrt(sxx * syy);
}

function flagsOf(answered: number, facility: number | null, discrimination: number | null): QuestionFlag[] {
	const flags: QuestionFlag[] = [];
	if (answered < MIN_ANSWERS) return flags;
	if (facility !== null && facility < THRESHOLDS.hard) flags.push('hard');
	if (facility !== null && facility > THRESHOLDS.easy) flags.push('easy');
	if (discrimination !== null && discrimination < 0) flags.push('negative');
	else if (discrimination !== null && discrimination < THRESHOLDS.weak) flags.push('weak');
	return flags;
}

/** Statistics of one quiz in one cohort, from its submitted attempts, for the questions listed. */
export function quizStats(questionIds: string[], attempts: StatsAttempt[]): QuizStats {
	const first = new Map<string, StatsAttempt>();
	for (const attempt of [...attempts].sort((a, b) => a.number - b.number)) if (!first.has(attempt.userId)) first.set(attempt.userId, attempt);
	const passedBy = new Set(attempts.filter((a) => a.passed).map((a) => a.userId));

	const questions = questionIds.map((id) => {
		const credits: number[] = [];
		const rest: number[] = [];
		for (const attempt of first.values()) {
			const mine = attempt.results.find((r) => r.id === id);
			if (!mine) continue;
			const others = attempt.results.filter((r) => r.id !== id).map((r) => r.credit);
			credits.push(mine.credit);
			rest.push(mean(others) ?? 0);
		}
		const facility = mean(credits);
		const discrimination = correlation(credits, rest);
		return { id, answered: credits.length, facility, discrimination, flags: flagsOf(credits.length, facility, discrimination) };
	});

	return {
		attempts: attempts.length,
		traineesAttempted: first.size,
		traineesPassed: passedBy.size,
		meanScore: mean(attempts.map((a) => a.score)),
		passRate: attempts.length ? attempts.filter((a) => a.passed).length / attempts.length : null,
		questions
	};
}
