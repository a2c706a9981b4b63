import type { ParamMatcher } from '@sveltejs/kit';

/** Our ids: 24 base32 characters (see newId). Anything else is a 404 before any lookup. */
export const match: ParamMatcher = (param) => /^[a-z2-7]{24}$/.test(param);
