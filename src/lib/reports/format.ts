// The report's figures, written by $lib/format: "1,234" and "45%" in English, « 1 234 » and
// « 45 % » (no-break spaces) in French.
import { formatPercent, type Locale } from '$lib/format';
import { getLocale } from '$lib/paraglide/runtime';
import { shareOf } from './types';

export { formatCount } from '$lib/format';

/** The share `count` is of `enrolled`, as a whole percentage. */
export const formatShare = (count: number, enrolled: number, locale: Locale = getLocale()): string => formatPercent(shareOf(count, enrolled) * 100, locale, 0);
