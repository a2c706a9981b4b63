import { m } from '$lib/paraglide/messages';

/** Why no link was emailed (link-rights.ts), or why not again so soon. */
export type Refusal = 'not_staff' | 'admin' | 'recently_sent';

const reasons: Record<Refusal, () => string> = {
	not_staff: m.links_reason_not_staff,
	admin: m.links_reason_admin,
	recently_sent: m.links_reason_recently_sent
};

export const refusalReason = (reason: Refusal) => reasons[reason]();
