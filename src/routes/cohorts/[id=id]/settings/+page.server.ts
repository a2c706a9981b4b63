import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/access';
import { cohortSettings, saveCohortSettings } from '$lib/server/cohorts/settings';
import { cohortNamesForm } from '$lib/server/cohorts/names';
import { renameCohort } from '$lib/server/cohorts/service';
import { cohortName } from '$lib/cohorts/name';
import { getCourse } from '$lib/server/content/catalog';
import { nudgeDaysOf, saveNudgeDays } from '$lib/server/reminders/service';
import { MAX_NUDGE_DAYS, parseNudgeDays } from '$lib/server/reminders/rules';
import type { FormErrors } from '$lib/server/http/forms';
import type { SessionUser } from '$lib/server/auth/sessions';
import type { Actions, PageServerLoad } from './$types';

const MAX_LENGTH = 300;

async function cohortAndCourse(user: SessionUser, id: string) {
	const cohort = await requireAccess(db(), user, 'cohort.staff', id);
	const course = getCourse(cohort.course_slug);
	if (!course) error(404, m.course_not_found());
	return { cohort, course };
}

export const load: PageServerLoad = async (event) => {
	const { cohort, course } = await cohortAndCourse(requireUser(event), event.params.id);
	return {
		cohort: { id: cohort.id, name: cohortName(cohort, event.locals.locale), names: { en: cohort.name, fr: cohort.name_fr ?? '' } },
		settings: await cohortSettings(db(), course, cohort.id, event.locals.locale),
		nudgeDays: await nudgeDaysOf(db(), cohort.id),
		nudgeMax: MAX_NUDGE_DAYS
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const { cohort, course } = await cohortAndCourse(user, event.params.id);
		const form = await event.request.formData();
		const values: Record<string, { en: string; fr: string }> = {};
		const errors: FormErrors = {};
		for (const key of Object.keys(course.settings)) {
			for (const lang of ['en', 'fr'] as const) {
				const value = String(form.get(`${key}.${lang}`) ?? '').trim();
				if (!value) errors[`${key}-${lang}`] = m.settings_required({ label: course.settings[key][event.locals.locale === 'fr' ? 'label_fr' : 'label'] });
				else if (value.length > MAX_LENGTH) errors[`${key}-${lang}`] = m.settings_too_long({ max: MAX_LENGTH });
			}
			values[key] = { en: String(form.get(`${key}.en`) ?? '').trim(), fr: String(form.get(`${key}.fr`) ?? '').trim() };
		}
		// The automatic reminder's days; a form without the field leaves them as they are.
		const nudgeField = form.get('nudge_days');
		const nudgeText = typeof nudgeField === 'string' ? nudgeField : null;
		const nudgeDays = nudgeText === null ? null : parseNudgeDays(nudgeText);
		if (nudgeText !== null && nudgeDays === null) errors.nudge_days = m.remind_settings_nudge_invalid({ max: MAX_NUDGE_DAYS });
		// The cohort's names; a form without them leaves them as they are.
		const text = (field: string) => {
			const value = form.get(field);
			return typeof value === 'string' ? value : '';
		};
		const hasNames = form.has('name');
		const names = hasNames ? cohortNamesForm().safeParse({ name: text('name'), name_fr: text('name_fr') }) : null;
		for (const issue of names?.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
		const nameValues = hasNames ? { en: text('name').slice(0, 200), fr: text('name_fr').slice(0, 200) } : null;
		if (Object.keys(errors).length) return fail(400, { errors, values, nudgeDays: nudgeText?.slice(0, 20) ?? null, names: nameValues });
		let changed = await saveCohortSettings(db(), course, cohort.id, values, user.id);
		if (names?.data && (await renameCohort(db(), cohort.id, { name: names.data.name, nameFr: names.data.name_fr }, user.id))) changed++;
		if (nudgeDays !== null && (await saveNudgeDays(db(), user, cohort.id, nudgeDays))) changed++;
		return { saved: changed };
	}
};
