// A trainee's due dates as a calendar: downloaded while signed in, or subscribed to from Outlook
// through a secret address (calendar applications send no cookies). Only the token's hash is
// kept; resetting makes a new token and the old address answers 404, as an unknown one does.
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { SessionUser } from '../auth/sessions';
import { generateToken, hashToken, looksLikeToken } from '../auth/tokens';
import { writeAudit } from '../audit/log';
import { getCourse } from '../content/catalog';
import type { DB } from '../db/schema';
import { dateOfDay } from '../dashboards/schedule';
import { calendarText, type DueEvent } from './ical';
import * as repo from './repository';
import { cohortSchedules } from './service';
import { cohortName } from '$lib/cohorts/name';

/** Every module's due date in every cohort the person learns in, in their language. */
export async function calendarOf(db: Kysely<DB>, userId: string, locale: Locale, origin: string, now = Date.now()): Promise<string> {
	const cohorts = (await repo.learningCohorts(db, userId)).flatMap((cohort) => {
		const course = getCourse(cohort.course_slug);
		return course ? [{ cohort, course }] : [];
	});
	const schedules = await cohortSchedules(
		db,
		cohorts.map(({ cohort, course }) => ({ cohort, slugs: course.modules.map((mod) => mod.slug) }))
	);
	const prefix = locale === 'fr' ? '/fr' : '';
	const events: DueEvent[] = cohorts.flatMap(({ cohort, course }) =>
		course.modules.map((mod, i) => {
			const url = `${origin}${prefix}/courses/${course.slug}/${mod.slug}`;
			const facts = { position: mod.position, title: mod.title[locale] };
			return {
				uid: `${cohort.id}.${mod.slug}@bootcamp`,
				date: dateOfDay(schedules.get(cohort.id)!.dueDays[i]),
				summary: m.schedule_calendar_event(facts, { locale }),
				description: m.schedule_calendar_event_description({ ...facts, course: course.title[locale], cohort: cohortName(cohort, locale), url }, { locale }),
				url
			};
		})
	);
	return calendarText({ name: m.schedule_calendar_name({}, { locale }), events, now });
}

/** The calendar behind a secret address, or null for an unknown, reset or malformed token. */
export async function feedCalendar(db: Kysely<DB>, token: string, origin: string, now = Date.now()): Promise<string | null> {
	if (!looksLikeToken(token)) return null;
	const owner = await repo.feedOwner(db, hashToken(token));
	return owner ? calendarOf(db, owner.id, owner.preferred_language, origin, now) : null;
}

/** When the person made their current address (null: none yet). The address itself is never kept. */
export async function feedMadeAt(db: Kysely<DB>, user: SessionUser): Promise<number | null> {
	return repo.feedCreatedAt(db, user.id);
}

/** A new secret address; any previous one stops working in the same transaction. */
export async function resetFeed(db: Kysely<DB>, user: SessionUser, now = Date.now()): Promise<string> {
	const token = generateToken();
	await db.transaction().execute(async (trx) => {
		const had = (await repo.feedCreatedAt(trx, user.id)) !== null;
		await repo.replaceFeed(trx, user.id, hashToken(token), now);
		await writeAudit(trx, { actorId: user.id, action: had ? 'calendar.feed_reset' : 'calendar.feed_created', subjectUserId: user.id }, now);
	});
	return token;
}

/** Whether the person has any due dates at all (a trainee in some cohort of a known course). */
export async function hasDueDates(db: Kysely<DB>, user: SessionUser): Promise<boolean> {
	return (await repo.learningCohorts(db, user.id)).some((cohort) => getCourse(cohort.course_slug));
}
