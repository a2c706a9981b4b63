import { localizeHref } from '$lib/paraglide/runtime';
import type { InvitationLink } from '../rosters/import';

/** Full addresses for one-time links, ready to copy or download. */
export function absoluteLinks(origin: string, links: InvitationLink[]) {
	return links.map((link) => ({
		name: link.name,
		email: link.email,
		url: `${origin}${localizeHref(`/invitation/${link.token}`)}`,
		expiresAt: link.expiresAt
	}));
}
