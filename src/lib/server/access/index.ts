import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import type { Cohort, DB } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import { safeNext } from '../http/redirects';
import { getCohort } from '../cohorts/repository';
import { enrolmentRole } from './repository';

/** The signed-in person, or a redirect to sign-in that brings them back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const next = safeNext(event.url.pathname + event.url.search, event.url.origin);
		redirect(303, localizeHref(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'));
	}
	return user;
}

export function forbidden(): never {
	error(403, m.error_forbidden());
}

export function requireAdmin(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	const user = requireUser(event);
	if (!user.isAdmin) forbidden();
	return user;
}

/**
 * What a viewer may be asked to hold, and what they get back when they hold it:
 * - 'admin': an administrator (the viewer);
 * - 'cohort.staff': an admin, or an instructor of the cohort (the cohort, 404 when there is none).
 */
interface Grants {
	admin: SessionUser;
	'cohort.staff': Cohort;
}
type Permission = keyof Grants;
type CohortPermission = Exclude<Permission, 'admin'>;

/**
 * The one access guard every service and route asks: 403 when the viewer lacks the permission,
 * asked before the 404 for a cohort that does not exist, so an id leaks nothing to outsiders.
 */
export async function requireAccess(db: Kysely<DB>, viewer: SessionUser, permission: 'admin'): Promise<SessionUser>;
export async function requireAccess<P extends CohortPermission>(db: Kysely<DB>, viewer: SessionUser, permission: P, cohortId: string): Promise<Grants[P]>;
export async function requireAccess(db: Kysely<DB>, viewer: SessionUser, permission: Permission, cohortId?: string): Promise<Grants[Permission]> {
	if (permission === 'admin') {
		if (!viewer.isAdmin) forbidden();
		return viewer;
	}
	if (!viewer.isAdmin && (await enrolmentRole(db, viewer.id, cohortId!)) !== 'instructor') forbidden();
	const cohort = await getCohort(db, cohortId!);
	if (!cohort) error(404, m.cohort_not_found());
	return cohort;
}
