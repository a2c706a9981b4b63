import type { Layout, LayoutQuestion } from './grade';
import type { Question, Quiz } from './schema';

export type Random = () => number;

/** Fisher–Yates on a copy. */
export function shuffled<T>(list: readonly T[], random: Random): T[] {
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}

/** A shuffle that never leaves the list as authored: for lists whose authored order is the answer. */
function scrambled(ids: string[], random: Random): string[] {
	if (ids.length < 2) return ids;
	for (let tries = 0; tries < 20; tries++) {
		const candidate = shuffled(ids, random);
		if (candidate.some((id, i) => id !== ids[i])) return candidate;
	}
	return [...ids.slice(1), ids[0]];
}

function layoutOf(question: Question, shuffleOptions: boolean, random: Random): LayoutQuestion {
	const maybe = (ids: string[]) => (shuffleOptions ? shuffled(ids, random) : ids);
	switch (question.type) {
		case 'single_choice':
		case 'multiple_response':
			return { id: question.id, order: maybe(question.options.map((o) => o.id)) };
		case 'true_false':
			return { id: question.id, order: ['true', 'false'] };
		case 'short_text':
			return { id: question.id, order: [] };
		// The authored order of items is the answer, and pairs are authored beside their
		// answers: both are always shuffled, whatever shuffle_options says.
		case 'ordering':
			return {
				id: question.id,
				order: scrambled(
					question.items.map((i) => i.id),
					random
				)
			};
		case 'matching':
			return {
				id: question.id,
				order: maybe(question.pairs.map((p) => p.id)),
				choices: scrambled([...question.pairs.map((p) => p.id), ...question.distractors.map((d) => d.id)], random)
			};
		case 'better_post':
			return { id: question.id, order: maybe(question.posts.map((p) => p.id)) };
	}
}

/**
 * The questions of a new attempt: `draw` of them picked at random from the pool (kept in
 * authored order unless shuffle_questions), each with its options in the order shown.
 */
export function drawLayout(quiz: Quiz, random: Random = Math.random): Layout {
	const pool = quiz.questions;
	const picked = quiz.draw === undefined || quiz.draw >= pool.length ? pool : new Set(shuffled(pool, random).slice(0, quiz.draw));
	const drawn = pool.filter((q) => (picked instanceof Set ? picked.has(q) : true));
	const ordered = quiz.shuffle_questions ? shuffled(drawn, random) : drawn;
	return ordered.map((q) => layoutOf(q, quiz.shuffle_options, random));
}

/**
 * An attempt's layout against the quiz as it is now (an author may edit it while attempts are
 * open): questions gone are dropped, options gone are dropped, options added go at the end.
 */
export function reconcileLayout(quiz: Quiz, layout: Layout): Layout {
	return layout.flatMap((shown) => {
		const question = quiz.questions.find((q) => q.id === shown.id);
		if (!question) return [];
		const fresh = layoutOf(question, false, () => 0);
		const keep = (current: string[], now: string[]) => [...current.filter((id) => now.includes(id)), ...now.filter((id) => !current.includes(id))];
		return [{ ...shown, order: keep(shown.order, fresh.order), ...(fresh.choices ? { choices: keep(shown.choices ?? [], fresh.choices) } : {}) }];
	});
}
