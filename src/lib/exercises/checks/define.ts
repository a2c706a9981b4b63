import type { CheckDefinition, Localized } from '../types';

export const t = (en: string, fr: string): Localized => ({ en, fr });

/** Numbers as each language writes them: 1,000 and 1 000. */
export const numEn = (value: number) => value.toLocaleString('en-CA');
export const numFr = (value: number) => value.toLocaleString('fr-CA');

export const define = (check: CheckDefinition) => check;
