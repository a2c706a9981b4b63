import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { writeAudit } from '../audit/log';
import { getCourse } from '../content/catalog';
import type { Course } from '../content/types';
import { newId } from '../ids';
import { newRecordCode } from './codes';
import {
	findRecordByCode,
	insertRecord,
	issuanceNames,
	latestRecordFor,
	nextStatusListIndex,
	quizScoresFor,
	standingsFor,
	type CompletionRecord
} from './repository';
import { evaluateCompletion, expiryOf } from './rule';
import { queueMessage } from '../mail/service';
import { lockFor, lockNames } from '../coordination/locks';

interface CompletionContext {
	userId: string;
	cohortId: string;
	courseSlug: string;
	at: number;
}

const ruleModules = (course: Course) => course.modules.map((m) => ({ slug: m.slug, hasQuiz: m.quizSource !== null, hasExercise: m.exerciseSource !== null }));

/** A fresh code: a clash is about one in a trillion, but a clash would fail the trainee's progress write. */
export async function unusedRecordCode(db: Kysely<DB>): Promise<string> {
	for (;;) {
		const code = newRecordCode();
		if (!(await findRecordByCode(db, code))) return code;
	}
}

/**
 * The next position in the revocation list, inside the transaction that writes the record. The
 * position is the largest so far plus one, so two issuing transactions (two processes, or two
 * trainees finishing at once) would both read the same largest: the lock makes the second wait and
 * read the first's, instead of failing the trainee's progress on the unique position.
 */
export async function nextStatusListPosition(trx: Kysely<DB>): Promise<number> {
	await lockFor(trx, lockNames.statusList);
	return nextStatusListIndex(trx);
}

/** Whether the person has met the course's completion rule in this cohort, and what is left. */
export async function completionOf(db: Kysely<DB>, course: Course, cohortId: string, userId: string) {
	const [standings, quizScores] = await Promise.all([
		standingsFor(db, cohortId, userId),
		course.completion.min_quiz_average === undefined ? Promise.resolve({}) : quizScoresFor(db, cohortId, userId)
	]);
	return evaluateCompletion({ rule: course.completion, modules: ruleModules(course), standings, quizScores });
}

/**
 * Called inside the transaction that completed a module: when the course's rule is now met,
 * issues the person's record for this cohort. One record per person, course and cycle: a
 * record already issued in this cohort (even a revoked one) is left alone, and completing the
 * course again in a later cohort is a new cycle (recertification).
 */
export async function issueRecordIfEarned(trx: Kysely<DB>, context: CompletionContext): Promise<CompletionRecord | null> {
	const course = getCourse(context.courseSlug);
	if (!course) return null;
	const { met } = await completionOf(trx, course, context.cohortId, context.userId);
	if (!met) return null;
	const latest = await latestRecordFor(trx, context.userId, course.slug);
	if (latest && latest.cohort_id === context.cohortId) return null;
	const { holderName, cohortName, cohortNameFr } = await issuanceNames(trx, context.userId, context.cohortId);
	const record = await insertRecord(trx, {
		id: newId(),
		code: await unusedRecordCode(trx),
		user_id: context.userId,
		course_slug: course.slug,
		cycle: (latest?.cycle ?? 0) + 1,
		holder_name: holderName,
		course_title_en: course.title.en,
		course_title_fr: course.title.fr,
		content_version: course.version,
		cohort_id: context.cohortId,
		cohort_name: cohortName,
		cohort_name_fr: cohortNameFr,
		completed_at: context.at,
		issued_at: context.at,
		expires_at: expiryOf(context.at, course.completion.valid_for_months),
		status_list_index: await nextStatusListPosition(trx)
	});
	if (!record) return null;
	await queueMessage(trx, {
		userId: context.userId,
		message: { kind: 'record_issued', course: course.title, recordId: record.id, code: record.code },
		now: context.at
	});
	await writeAudit(
		trx,
		{
			actorId: null,
			action: 'record.issued',
			subjectUserId: context.userId,
			cohortId: context.cohortId,
			details: { record: record.id, code: record.code, course: course.slug, cycle: record.cycle }
		},
		context.at
	);
	return record;
}
