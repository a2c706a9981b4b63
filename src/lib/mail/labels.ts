import { m } from '$lib/paraglide/messages';

/** An outbox message's status, as an administrator reads it. */
export function outboxStatusLabel(status: 'pending' | 'sent' | 'failed'): string {
	return { pending: m.mail_outbox_status_pending, sent: m.mail_outbox_status_sent, failed: m.mail_outbox_status_failed }[status]();
}
