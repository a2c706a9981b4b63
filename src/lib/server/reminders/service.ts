// Reminders to trainees (sent by an instructor, or the automatic nudge) and the managers' weekly
// digest. Each email is queued in the transaction that records it, so the record exists exactly
// when the email does. Standing, inactivity and due dates come from the dashboards' own rules.
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import { requireAccess, forbidden } from '../access';
import type { SessionUser } from '../auth/sessions';
import { writeAudit } from '../audit/log';
import { getCourse } from '../content/catalog';
import type { Cohort, DB } from '../db/schema';
import { cohortState } from '../dashboards/service';
import { teamProgress } from '../dashboards/staff';
import { dateOfDay, torontoDate } from '../dashboards/schedule';
import type { FormErrors } from '../http/forms';
import { newId } from '../ids';
import { queueMessage } from '../mail/service';
import { continueLink } from '../progress/unlock';
import * as repo from './repository';
import { DEFAULT_NUDGE_DAYS, MANUAL_COOLDOWN_MS, MAX_RECIPIENTS, NOTE_MAX_LENGTH, digestSummary, digestTime, nudgeDue, weekKey } from './rules';
import { digestMessage, reminderMessage } from './templates';
import { cohortName } from '$lib/cohorts/name';

const ID = /^[a-z2-7]{24}$/;

/** The cohort's automatic nudge: days without activity before it (0: off). */
export async function nudgeDaysOf(db: Kysely<DB>, cohortId: string): Promise<number> {
	return (await repo.nudgeDaysSetting(db, cohortId)) ?? DEFAULT_NUDGE_DAYS;
}

/** Saves the cohort's nudge days (cohort staff only); says whether it changed. */
export async function saveNudgeDays(db: Kysely<DB>, viewer: SessionUser, cohortId: string, days: number, now = Date.now()): Promise<boolean> {
	await requireAccess(db, viewer, 'cohort.staff', cohortId);
	return db.transaction().execute(async (trx) => {
		const current = await nudgeDaysOf(trx, cohortId);
		if (current === days) return false;
		await repo.replaceNudgeDays(trx, cohortId, days, viewer.id, now);
		await writeAudit(trx, { actorId: viewer.id, action: 'cohort.nudge_days_changed', cohortId, details: { from: current, to: days } }, now);
		return true;
	});
}

/** Everything a reminder email says about one trainee: standing, next step and its due date. */
async function reminderFacts(db: Kysely<DB>, cohort: Cohort, now: number, inactiveDays?: number) {
	const state = await cohortState(db, cohort, 'en', now, inactiveDays);
	const course = getCourse(cohort.course_slug);
	const byId = new Map(state.trainees.map((t) => [t.id, t]));
	const facts = async (userId: string, base: { kind: 'manual' | 'nudge'; sender: string | null; note: string | null }) => {
		const trainee = byId.get(userId)!;
		const link = course ? await continueLink(db, course, cohort.id, userId, 'en') : null;
		const slug = link && link.step.kind !== 'done' ? link.step.module : null;
		const index = slug ? (course?.modules.findIndex((mod) => mod.slug === slug) ?? -1) : -1;
		const module = index >= 0 ? course!.modules[index] : null;
		const due = index >= 0 ? state.schedule.dueDays[index] : undefined;
		return reminderMessage({
			...base,
			course: course?.title ?? { en: cohort.name, fr: cohort.name },
			cohort: { en: cohort.name, fr: cohortName(cohort, 'fr') },
			next: module && link ? { kind: link.step.kind, module: module.title, path: link.path, dueOn: due === undefined ? null : dateOfDay(due) } : null,
			coursePath: `/courses/${cohort.course_slug}`,
			standing: trainee.standing,
			completed: trainee.completed,
			total: state.modules.length,
			expected: state.figures.expected,
			idleDays: trainee.risks.find((r) => r.kind === 'inactive')?.days ?? 0
		});
	};
	return { state, facts };
}

export type ReminderResult =
	| { ok: true; sent: number; skipped: { notInCohort: number; disabled: number; invited: number; recent: number } }
	| { ok: false; status: 400; errors: FormErrors };

/**
 * An instructor's (or admin's) reminder to trainees of their cohort, with an optional personal
 * line. Only the cohort's trainees are written to, whatever ids the form carries; people disabled,
 * not yet signed up (their invitation is what they need), or reminded by hand within the hour, are
 * skipped and counted.
 */
export async function sendReminders(
	db: Kysely<DB>,
	viewer: SessionUser,
	cohortId: string,
	input: { userIds: string[]; note: string },
	now = Date.now()
): Promise<ReminderResult> {
	const cohort = await requireAccess(db, viewer, 'cohort.staff', cohortId);
	const note = input.note.trim().replace(/\r\n?/g, '\n');
	const errors: FormErrors = {};
	const userIds = [...new Set(input.userIds)];
	if (!userIds.length) errors.trainees = m.remind_error_none();
	else if (userIds.length > MAX_RECIPIENTS) errors.trainees = m.remind_error_too_many({ max: MAX_RECIPIENTS });
	if (note.length > NOTE_MAX_LENGTH) errors.note = m.remind_error_note_too_long({ max: NOTE_MAX_LENGTH, length: note.length });
	if (Object.keys(errors).length) return { ok: false, status: 400, errors };

	const wellFormed = userIds.filter((id) => ID.test(id));
	const trainees = await repo.traineesAmong(db, cohort.id, wellFormed);
	const recent = await repo.remindedSince(
		db,
		cohort.id,
		trainees.map((t) => t.id),
		now - MANUAL_COOLDOWN_MS
	);
	const skipped = {
		notInCohort: userIds.length - trainees.length,
		disabled: trainees.filter((t) => t.disabled).length,
		invited: trainees.filter((t) => !t.disabled && t.invited).length,
		recent: trainees.filter((t) => !t.disabled && !t.invited && recent.has(t.id)).length
	};
	const recipients = trainees.filter((t) => !t.disabled && !t.invited && !recent.has(t.id)).map((t) => t.id);
	if (!recipients.length) return { ok: false, status: 400, errors: { trainees: m.remind_error_nobody_left(skipped) } };

	const { facts } = await reminderFacts(db, cohort, now);
	const messages = await Promise.all(
		recipients.map(async (id) => [id, await facts(id, { kind: 'manual', sender: viewer.displayName, note: note || null })] as const)
	);
	const sent = await db.transaction().execute(async (trx) => {
		let count = 0;
		for (const [userId, message] of messages) {
			const reminderId = newId();
			await repo.insertReminder(trx, {
				id: reminderId,
				cohortId: cohort.id,
				userId,
				sentBy: viewer.id,
				kind: 'manual',
				note: note || null,
				weekKey: null,
				at: now
			});
			if (await queueMessage(trx, { userId, message, now })) count++;
			else await repo.deleteReminder(trx, reminderId);
		}
		return count;
	});
	return { ok: true, sent, skipped: { ...skipped, disabled: skipped.disabled + recipients.length - sent } };
}

/**
 * The automatic nudge, for every running cohort: each trainee inactive for the cohort's number of
 * days (the dashboards' rule) gets one, once per silence and at most one per Ontario week. The
 * weekly key is the database's: any number of processes may run this at once. Returns how many were queued.
 */
export async function runNudges(db: Kysely<DB>, now = Date.now()): Promise<number> {
	const [cohorts, settings] = await Promise.all([repo.cohortsRunningOn(db, torontoDate(now)), repo.nudgeDaysSettings(db)]);
	const week = weekKey(now);
	let queued = 0;
	for (const cohort of cohorts) {
		const days = settings.get(cohort.id) ?? DEFAULT_NUDGE_DAYS;
		if (days <= 0) continue;
		const { state, facts } = await reminderFacts(db, cohort, now, days);
		const [nudged, unreachable] = await Promise.all([repo.lastNudges(db, cohort.id), repo.unreachableTrainees(db, cohort.id)]);
		const due = state.trainees.filter(
			(t) =>
				!unreachable.has(t.id) &&
				nudgeDue({ inactive: t.risks.some((r) => r.kind === 'inactive'), lastActiveAt: t.lastActiveAt, lastNudgeAt: nudged.get(t.id) ?? null, now })
		);
		for (const trainee of due) {
			const message = await facts(trainee.id, { kind: 'nudge', sender: null, note: null });
			const written = await db.transaction().execute(async (trx) => {
				const id = newId();
				const reminder = { id, cohortId: cohort.id, userId: trainee.id, sentBy: null, kind: 'nudge' as const, note: null, weekKey: week, at: now };
				if (!(await repo.insertReminderOnce(trx, reminder))) return false;
				if (await queueMessage(trx, { userId: trainee.id, message, now })) return true;
				await repo.deleteReminder(trx, id);
				return false;
			});
			if (written) queued++;
		}
	}
	return queued;
}

/**
 * The managers' weekly digest: to each manager who asked for it, once per Ontario week from Monday
 * 7:00 (the database holds one row per manager and week), when there is something to say. Returns how many were queued.
 */
export async function runDigests(db: Kysely<DB>, now = Date.now()): Promise<number> {
	if (!digestTime(now)) return 0;
	const week = weekKey(now);
	let queued = 0;
	for (const manager of await repo.digestSubscribers(db)) {
		const viewer: SessionUser = {
			id: manager.id,
			email: manager.email,
			displayName: manager.display_name,
			preferredLanguage: manager.preferred_language,
			isAdmin: false,
			isManager: true
		};
		const team = await teamProgress(db, viewer, now, viewer.preferredLanguage);
		const summary = digestSummary(
			team.map((person) => ({ name: person.name, cohorts: person.cohorts })),
			now
		);
		if (!summary) continue;
		const written = await db.transaction().execute(async (trx) => {
			if (!(await repo.recordDigestOnce(trx, manager.id, week, now))) return false;
			if (await queueMessage(trx, { userId: manager.id, message: digestMessage(summary), optional: true, now })) return true;
			await repo.forgetDigest(trx, manager.id, week);
			return false;
		});
		if (written) queued++;
	}
	return queued;
}

/** Whether the manager receives the weekly digest. Managers only. */
export async function digestPreference(db: Kysely<DB>, viewer: SessionUser): Promise<boolean> {
	if (!viewer.isManager) forbidden();
	return repo.isSubscribedToDigest(db, viewer.id);
}

export async function setDigestPreference(db: Kysely<DB>, viewer: SessionUser, receive: boolean, now = Date.now()): Promise<void> {
	if (!viewer.isManager) forbidden();
	await db.transaction().execute(async (trx) => {
		if (receive) await repo.subscribeToDigest(trx, viewer.id, now);
		else await repo.unsubscribeFromDigest(trx, viewer.id);
	});
}
