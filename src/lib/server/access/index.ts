import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import type { DB } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import { safeNext } from '../http/redirects';

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

export async function cohortRole(db: Kysely<DB>, userId: string, cohortId: string) {
	const row = await db
		.selectFrom('enrolments')
		.select('role')
		.where('user_id', '=', userId)
		.where('cohort_id', '=', cohortId)
		.executeTakeFirst();
	return row?.role ?? null;
}

/** Admins, and the instructors of this cohort: the people who run it. */
export async function requireCohortStaff(
	db: Kysely<DB>,
	event: Pick<RequestEvent, 'locals' | 'url'>,
	cohortId: string
): Promise<SessionUser> {
	const user = requireUser(event);
	if (user.isAdmin) return user;
	if ((await cohortRole(db, user.id, cohortId)) !== 'instructor') forbidden();
	return user;
}
