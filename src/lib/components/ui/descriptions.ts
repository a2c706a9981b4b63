import { m } from '$lib/paraglide/messages';

/**
 * Each page's <meta name="description">, by route, in the page's language (the root layout writes it).
 * A route missing here gets the site's own description, so no page goes without one.
 */
export const descriptions: Record<string, () => string> = {
	'/': m.meta_home,
	'/accessibility': m.meta_accessibility,
	'/privacy': m.meta_privacy,
	'/contact': m.meta_contact,
	'/admin': m.meta_admin,
	'/admin/outbox': m.meta_admin_outbox,
	'/admin/outbox/[id=id]': m.meta_admin_outbox_message,
	'/admin/people': m.meta_admin_people,
	'/admin/records': m.meta_admin_records,
	'/admin/records/[id=id]': m.meta_admin_record,
	'/admin/reports': m.meta_admin_reports,
	'/admin/tokens': m.meta_admin_tokens,
	'/calendar': m.meta_calendar,
	'/cohorts/[id=id]': m.meta_cohort,
	'/cohorts/[id=id]/dashboard': m.meta_cohort_dashboard,
	'/cohorts/[id=id]/import': m.meta_cohort_import,
	'/cohorts/[id=id]/quizzes': m.meta_cohort_quizzes,
	'/cohorts/[id=id]/quizzes/[module=slug]': m.meta_cohort_quiz,
	'/cohorts/[id=id]/quizzes/[module=slug]/[user=id]': m.meta_cohort_quiz_trainee,
	'/cohorts/[id=id]/reviews': m.meta_cohort_reviews,
	'/cohorts/[id=id]/reviews/[submission=id]': m.meta_cohort_review,
	'/cohorts/[id=id]/schedule': m.meta_cohort_schedule,
	'/cohorts/[id=id]/settings': m.meta_cohort_settings,
	'/cohorts/[id=id]/trainees/[user=id]': m.meta_cohort_trainee,
	'/cohorts/[id=id]/trainees/[user=id]/sign-in-link': m.meta_cohort_sign_in_link,
	'/courses/[course=slug]': m.meta_course,
	'/courses/[course=slug]/[module=slug]': m.meta_module,
	'/courses/[course=slug]/[module=slug]/exercise': m.meta_exercise,
	'/courses/[course=slug]/[module=slug]/quiz': m.meta_quiz,
	'/courses/[course=slug]/[module=slug]/quiz/attempts/[attempt=id]': m.meta_quiz_attempt,
	'/invitation/[token]': m.meta_invitation,
	'/records': m.meta_records,
	'/records/[id=id]': m.meta_record,
	'/reset-password': m.meta_reset_password,
	'/sign-in': m.meta_sign_in,
	'/team': m.meta_team,
	'/team/[user=id]': m.meta_team_member,
	'/unsubscribe/[token]': m.meta_unsubscribe,
	'/verify': m.meta_verify,
	'/verify/[code]': m.meta_verify_code
};

export const describe = (routeId: string | null): string => (routeId && descriptions[routeId]?.()) || m.meta_default();
