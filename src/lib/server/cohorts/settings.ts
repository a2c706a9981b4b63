import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Locale } from '$lib/paraglide/runtime';
import type { Course } from '../content/types';
import { writeAudit } from '../audit/log';
import { replaceSetting, settingRows } from './repository';

interface SettingValue {
	key: string;
	label: string;
	en: string;
	fr: string;
	isDefault: boolean;
}

/** Every setting of the course with the cohort's value, or the course's default. */
export async function cohortSettings(db: Kysely<DB>, course: Course, cohortId: string | null, locale: Locale): Promise<SettingValue[]> {
	const rows = cohortId ? await settingRows(db, cohortId) : [];
	const byKey = new Map(rows.map((r) => [r.key, r]));
	return Object.entries(course.settings).map(([key, setting]) => {
		const own = byKey.get(key);
		return {
			key,
			label: locale === 'fr' ? setting.label_fr : setting.label,
			en: own?.value_en ?? setting.en,
			fr: own?.value_fr ?? setting.fr,
			isDefault: !own
		};
	});
}

/** The values a lesson shows, in one language. */
export async function settingValues(db: Kysely<DB>, course: Course, cohortId: string | null, locale: Locale): Promise<Record<string, string>> {
	return Object.fromEntries((await cohortSettings(db, course, cohortId, locale)).map((s) => [s.key, s[locale]]));
}

/** Saves what changed (both languages at once) and says so in the audit log. */
export async function saveCohortSettings(
	db: Kysely<DB>,
	course: Course,
	cohortId: string,
	values: Record<string, { en: string; fr: string }>,
	actorId: string,
	now = Date.now()
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const current = await cohortSettings(trx, course, cohortId, 'en');
		let changed = 0;
		for (const setting of current) {
			const next = values[setting.key];
			if (!next || (next.en === setting.en && next.fr === setting.fr)) continue;
			await replaceSetting(trx, { cohortId, key: setting.key, en: next.en, fr: next.fr, updatedBy: actorId, updatedAt: now });
			await writeAudit(
				trx,
				{ actorId, action: 'cohort.setting_changed', cohortId, details: { key: setting.key, from: { en: setting.en, fr: setting.fr }, to: next } },
				now
			);
			changed++;
		}
		return changed;
	});
}
