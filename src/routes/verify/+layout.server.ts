import type { LayoutServerLoad } from './$types';

// Verification pages name people: keep them out of search engines and shared caches.
export const load: LayoutServerLoad = ({ setHeaders }) => {
	setHeaders({ 'x-robots-tag': 'noindex, nofollow', 'cache-control': 'no-store' });
};
