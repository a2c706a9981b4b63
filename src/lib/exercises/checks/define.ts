import type { CheckDefinition, Localized } from '../types';

export const t = (en: string, fr: string): Localized => ({ en, fr });

// toLocaleString builds a number format on every call (a tenth of a check run): build each once.
const EN = new Intl.NumberFormat('en-CA');
const FR = new Intl.NumberFormat('fr-CA');

/** Numbers as each language writes them: 1,000 and 1 000 (as toLocaleString('en-CA') and ('fr-CA')). */
export const numEn = (value: number) => EN.format(value);
export const numFr = (value: number) => FR.format(value);

export const define = (check: CheckDefinition) => check;
