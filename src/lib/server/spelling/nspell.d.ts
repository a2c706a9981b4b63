declare module 'nspell' {
	interface NSpell {
		correct(word: string): boolean;
		suggest(word: string): string[];
		data: Record<string, unknown>;
	}
	export default function nspell(dictionary: { aff: string | Uint8Array; dic?: string | Uint8Array }): NSpell;
}
