import { m } from '$lib/paraglide/messages';

/** Why no link was sent (link-rights.ts), or sent again too soon. */
export type Refusal = 'not_staff' | 'admin' | 'signed_in' | 'not_created_here' | 'other_cohort' | 'manages_outside' | 'recently_sent';

const reasons: Record<Refusal, () => string> = {
	not_staff: m.links_reason_not_staff,
	admin: m.links_reason_admin,
	signed_in: m.links_reason_signed_in,
	not_created_here: m.links_reason_not_created_here,
	other_cohort: m.links_reason_other_cohort,
	manages_outside: m.links_reason_manages_outside,
	recently_sent: m.links_reason_recently_sent
};

export const refusalReason = (reason: Refusal) => reasons[reason]();
