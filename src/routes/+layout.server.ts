import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user && {
		displayName: locals.user.displayName,
		isAdmin: locals.user.isAdmin,
		isManager: locals.user.isManager
	}
});
