export interface NavLink {
	href: string;
	label: string;
	/** Other sections of the site this link stands for (an admin's cohort pages under "Cohorts"). */
	covers?: string[];
}

const within = (path: string, section: string) => section !== '/' && (path === section || path.startsWith(`${section}/`));

/**
 * Which one link marks where the reader is: `page` for the page itself, `true` for a page inside
 * its section (the longest matching section wins, so People is current on /admin/people and not
 * Cohorts too), nothing elsewhere. `path` is without the language prefix.
 */
export function currentLink(path: string, links: NavLink[]): { href: string; current: 'page' | 'true' } | null {
	const exact = links.find((link) => link.href === path);
	if (exact) return { href: exact.href, current: 'page' };
	let best: { href: string; length: number } | null = null;
	for (const link of links) {
		for (const section of [link.href, ...(link.covers ?? [])]) {
			if (within(path, section) && section.length > (best?.length ?? 0)) best = { href: link.href, length: section.length };
		}
	}
	return best && { href: best.href, current: 'true' };
}
