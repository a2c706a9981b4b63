/** "2 min 30 s" (the same in English and French), from minutes. */
export function formatMinutes(minutes: number): string {
	const seconds = Math.round(minutes * 60);
	if (seconds < 60) return `${seconds} s`;
	const rest = seconds % 60;
	return rest ? `${Math.floor(seconds / 60)} min ${rest} s` : `${seconds / 60} min`;
}
