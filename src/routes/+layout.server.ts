import { db } from '$lib/server/db';
import { reviewBadge } from '$lib/server/exercises/review-count';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => ({
	user: locals.user && {
		displayName: locals.user.displayName,
		isAdmin: locals.user.isAdmin,
		isManager: locals.user.isManager
	},
	reviews: locals.user ? await reviewBadge(db(), locals.user) : null
});
