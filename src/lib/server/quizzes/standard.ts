import type { Quiz } from './schema';

// The course's editorial standard for a quiz, stricter than the file format (schema.ts), which
// the tests' small courses also use: `npm run courses:check` holds every course under courses/
// to it. A second attempt must not be the first one again, and a failed attempt must send the
// trainee to the part of the lesson each missed question is about.

/** The pool holds at least this many times the questions an attempt shows. */
export const POOL_RATIO = 1.5;

export function quizStandardProblems(quiz: Quiz): { field: string; message: string }[] {
	const problems: { field: string; message: string }[] = [];
	const pool = quiz.questions.length;
	if (quiz.draw === undefined) {
		problems.push({
			field: 'draw',
			message: `is required: each attempt draws its questions from a pool at least ${POOL_RATIO} times larger, so a second attempt is not the first one again (${pool} questions allow a draw of at most ${Math.floor(pool / POOL_RATIO)})`
		});
	} else if (pool < quiz.draw * POOL_RATIO) {
		problems.push({
			field: 'questions',
			message: `a pool of ${pool} is too small to draw ${quiz.draw}: it needs at least ${Math.ceil(quiz.draw * POOL_RATIO)} questions (${POOL_RATIO} × the draw), or a draw of at most ${Math.floor(pool / POOL_RATIO)}`
		});
	}
	quiz.questions.forEach((question, i) => {
		if (question.section === undefined)
			problems.push({
				field: `questions.${i}.section`,
				message: 'is required: the id of the lesson heading this question tests, where a failed attempt sends the trainee'
			});
	});
	return problems;
}
