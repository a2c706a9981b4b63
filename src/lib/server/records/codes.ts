/** No 0/O, 1/I/L or U/V: nothing a person reading a printed certificate could mistake. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
const GROUP = 4;

/** A short code people can type: BC-7K3M-Q9XD (8 symbols from 29, about 39 bits). */
export function newRecordCode(): string {
	const symbols: string[] = [];
	// Rejection sampling keeps every symbol equally likely.
	const limit = 256 - (256 % CODE_ALPHABET.length);
	while (symbols.length < GROUP * 2) {
		for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
			if (byte < limit && symbols.length < GROUP * 2) symbols.push(CODE_ALPHABET[byte % CODE_ALPHABET.length]);
		}
	}
	return `BC-${symbols.slice(0, GROUP).join('')}-${symbols.slice(GROUP).join('')}`;
}

/**
 * The code as we store it, from what a person typed or a scanner read: any case, spaces or
 * dashes, with or without the BC- prefix. Null when it cannot be one of our codes.
 */
export function normaliseRecordCode(input: string): string | null {
	let compact = input.toUpperCase().replace(/[\s\-‐‑–—_.]/g, '');
	if (compact.startsWith('BC') && compact.length === 10) compact = compact.slice(2);
	if (compact.length !== GROUP * 2) return null;
	if (![...compact].every((c) => CODE_ALPHABET.includes(c))) return null;
	return `BC-${compact.slice(0, GROUP)}-${compact.slice(GROUP)}`;
}
