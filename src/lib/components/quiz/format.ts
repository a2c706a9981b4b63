import { formatNumber, formatPercent as percent } from '$lib/format';

/**
 * A score in percent as the reader's language writes it (85.7% / 85,7 %). Rounded down, so
 * a score just under the pass mark never looks like the pass mark.
 */
export const formatPercent = (value: number): string => percent(Math.floor(value * 10) / 10);

/** A share from 0 to 1 with two decimals, for statistics (0.85 / 0,85). */
export const formatShare = (value: number | null): string => (value === null ? '—' : formatNumber(value, undefined, 2, 2));
