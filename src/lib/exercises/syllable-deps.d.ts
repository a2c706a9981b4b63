// pluralize 8 and normalize-strings 1 ship no types; syllables.ts uses what `syllable` uses of them.
declare module 'pluralize' {
	/** The word made singular (count 1) or plural. */
	function pluralize(word: string, count?: number, inclusive?: boolean): string;
	export default pluralize;
}
declare module 'normalize-strings' {
	/** The text with accented and other non-ASCII Latin letters replaced by plain ones. */
	function normalize(text: string): string;
	export default normalize;
}
declare module 'syllable/problematic.js' {
	export const problematic: Record<string, number>;
}
