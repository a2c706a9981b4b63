/**
 * The key a word is filed under: lower case, without accents, ligatures spelled out and one kind of
 * apostrophe, so "École", "ecole" and "ÉCOLE" meet, and "coeur" finds "cœur".
 */
export function keyOf(word: string): string {
	if (/^[a-z'-]*$/.test(word)) return word;
	return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/’/g, "'");
}

/** A word as the dictionaries spell it: composed accents, a straight apostrophe. */
export const normalForm = (word: string) => (/^[\x20-\x7E]*$/.test(word) ? word : word.normalize('NFC').replace(/’/g, "'"));
