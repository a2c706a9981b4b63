// Reads a quiz_attempted event's details. The quizzes domain writes them; anything missing or
// malformed reads as unknown rather than as a failure.
export interface AttemptOutcome {
	score: number | null;
	passed: boolean | null;
}

export function attemptOutcome(details: string): AttemptOutcome {
	let parsed: unknown;
	try {
		parsed = JSON.parse(details);
	} catch {
		return { score: null, passed: null };
	}
	if (typeof parsed !== 'object' || parsed === null) return { score: null, passed: null };
	const { score, passed } = parsed as Record<string, unknown>;
	return {
		score: typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 100 ? score : null,
		passed: typeof passed === 'boolean' ? passed : null
	};
}
