import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import { awaitingReviewByCohort, teachesAnyCohort } from './repository';

/**
 * The header's review badge: how many submissions wait for review in the cohorts the person
 * may review (an admin: all; an instructor: the cohorts they teach), and the queue to open
 * first (the cohort whose oldest submission has waited longest). Null for everyone else.
 */
export async function reviewBadge(db: Kysely<DB>, user: SessionUser): Promise<{ count: number; path: string } | null> {
	if (!user.isAdmin && !(user.teaches ?? (await teachesAnyCohort(db, user.id)))) return null;
	const cohorts = await awaitingReviewByCohort(db, user.isAdmin ? 'all' : { instructorId: user.id });
	const count = cohorts.reduce((sum, cohort) => sum + cohort.count, 0);
	const first = [...cohorts].sort((a, b) => a.oldest - b.oldest)[0];
	return { count, path: first ? `/cohorts/${first.cohortId}/reviews` : '/' };
}
