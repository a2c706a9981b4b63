// The CSV files instructors and managers download. Each export is written to the audit log:
// it takes personal information out of the platform.
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { finishLabel, riskLabel, standingLabel, statusLabel } from '$lib/dashboards/labels';
import { requireAccess } from '../access';
import { writeAudit } from '../audit/log';
import type { SessionUser } from '../auth/sessions';
import type { DB } from '../db/schema';
import { csvFileName, toCsv, type CsvValue } from './csv';
import { torontoDate } from './schedule';
import { cohortState } from './service';
import { teamProgress } from './staff';
import { cohortName } from '$lib/cohorts/name';

interface CsvFile {
	fileName: string;
	body: string;
}

const isoDate = (at: number) => torontoDate(at);
const dateTime = (at: number) =>
	`${torontoDate(at)} ${new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at))}`;

export async function progressCsv(db: Kysely<DB>, user: SessionUser, cohortId: string, locale: Locale, now = Date.now()): Promise<CsvFile> {
	const cohort = await requireAccess(db, user, 'cohort.staff', cohortId);
	const { modules, trainees } = await cohortState(db, cohort, locale, now);
	const header = [
		m.csv_name(),
		m.csv_email(),
		m.dash_csv_ministry(),
		m.dash_csv_branch(),
		m.dash_csv_standing(),
		m.dash_csv_completed(),
		m.dash_csv_modules(),
		m.dash_csv_last_active(),
		m.dash_csv_risks(),
		...modules.map((mod) => mod.title)
	];
	const rows: CsvValue[][] = trainees.map((t) => [
		t.name,
		t.email,
		t.ministry,
		t.branch,
		standingLabel(t.standing),
		t.completed,
		modules.length,
		t.lastActiveAt === null ? '' : isoDate(t.lastActiveAt),
		t.risks.map((risk) => riskLabel(risk, isoDate)).join('; '),
		...t.statuses.map(statusLabel)
	]);
	await writeAudit(db, { actorId: user.id, action: 'cohort.progress_exported', cohortId, details: { rows: rows.length } }, now);
	return { fileName: csvFileName(cohortName(cohort, locale), m.dash_file_progress(), torontoDate(now)), body: toCsv([header, ...rows]) };
}

export async function quizResultsCsv(db: Kysely<DB>, user: SessionUser, cohortId: string, locale: Locale, now = Date.now()): Promise<CsvFile> {
	const cohort = await requireAccess(db, user, 'cohort.staff', cohortId);
	const { modules, trainees, attempts } = await cohortState(db, cohort, locale, now);
	const people = new Map(trainees.map((t) => [t.id, t]));
	const titles = new Map(modules.map((mod) => [mod.slug, mod.title]));
	const numbers = new Map<string, number>();
	const header = [m.csv_name(), m.csv_email(), m.dash_csv_module(), m.dash_csv_attempt(), m.dash_csv_submitted_at(), m.dash_csv_score(), m.dash_csv_passed()];
	const rows: CsvValue[][] = attempts.map((a) => {
		const key = `${a.userId}\u0000${a.moduleSlug}`;
		numbers.set(key, (numbers.get(key) ?? 0) + 1);
		const person = people.get(a.userId)!;
		const passed = a.passed === null ? '' : a.passed ? m.dash_yes() : m.dash_no();
		return [person.name, person.email, titles.get(a.moduleSlug) ?? a.moduleSlug, numbers.get(key)!, dateTime(a.at), a.score, passed];
	});
	await writeAudit(db, { actorId: user.id, action: 'cohort.quiz_results_exported', cohortId, details: { rows: rows.length } }, now);
	return { fileName: csvFileName(cohortName(cohort, locale), m.dash_file_quizzes(), torontoDate(now)), body: toCsv([header, ...rows]) };
}

/** The manager's team, one row per person and cohort. Standing only. */
export async function teamCsv(db: Kysely<DB>, manager: SessionUser, origin: string, now = Date.now()): Promise<CsvFile> {
	const team = await teamProgress(db, manager, now);
	const header = [
		m.csv_name(),
		m.csv_email(),
		m.dash_csv_ministry(),
		m.dash_csv_branch(),
		m.dash_csv_cohort(),
		m.dash_csv_completed(),
		m.dash_csv_modules(),
		m.dash_csv_standing(),
		m.dash_csv_expected_finish(),
		m.dash_csv_record()
	];
	const rows: CsvValue[][] = team.flatMap((person) => {
		const who = [person.name, person.email, person.ministry, person.branch];
		if (!person.cohorts.length) return [[...who, m.team_not_enrolled()]];
		return person.cohorts.map((c) => [
			...who,
			c.name,
			c.completed,
			c.total,
			standingLabel(c.standing),
			finishLabel(c.finish, (date) => date),
			c.recordId ? `${origin}/records/${c.recordId}` : ''
		]);
	});
	await writeAudit(db, { actorId: manager.id, action: 'team.progress_exported', details: { rows: rows.length } }, now);
	return { fileName: csvFileName(m.dash_file_team(), m.dash_file_progress(), torontoDate(now)), body: toCsv([header, ...rows]) };
}
