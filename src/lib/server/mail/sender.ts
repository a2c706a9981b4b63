// Delivers the outbox over SMTP. Any number of senders (one per server process) may run at once:
// each claims a message before sending it (repository.ts claimNextMessage: FOR UPDATE SKIP LOCKED on
// PostgreSQL, a conditional update on SQLite), so no two send the same one.
//
// Delivery is at least once, never silently lost: a message is marked sent only after the SMTP
// server accepted it. A sender that crashes between the server's acceptance and that mark (a
// window of one database write) leaves its claim to lapse (CLAIM_LEASE_MS), and the message is
// sent again. The copy carries the same Message-ID, so mail clients and people can tell it is the
// same message. Claims outlive every SMTP timeout, so a slow server alone never causes a second send.
import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { serverConfig } from '../config';
import { newId } from '../ids';
import { BATCH_SIZE, CLAIM_LEASE_MS, SMTP_TIMEOUT_MS, describeError, givesUp, nextAttemptAt } from './rules';
import * as repo from './repository';

/** What a sender needs of a mail transport; nodemailer's SMTP transport is one. */
export interface MailTransport {
	sendMail(mail: { from: string; to: string; subject: string; text: string; html: string; messageId: string }): Promise<unknown>;
	close?(): void;
}

export function smtpTransport(url: string): MailTransport {
	return nodemailer.createTransport({ url, connectionTimeout: SMTP_TIMEOUT_MS, greetingTimeout: SMTP_TIMEOUT_MS, socketTimeout: SMTP_TIMEOUT_MS });
}

interface SenderOptions {
	from: string;
	/** Names this sender's claims; a new one each time a process starts. */
	senderId?: string;
	leaseMs?: number;
}

export class OutboxSender {
	readonly senderId: string;
	private timer: ReturnType<typeof setTimeout> | null = null;
	private running: Promise<unknown> | null = null;
	private stopped = false;

	constructor(
		private readonly db: Kysely<DB>,
		private readonly transport: MailTransport,
		private readonly options: SenderOptions
	) {
		this.senderId = options.senderId ?? newId();
	}

	/** Sends every message due at `now`, one at a time; returns how many were sent and how many failed. */
	async deliverDue(now = Date.now()): Promise<{ sent: number; failed: number }> {
		const tally = { sent: 0, failed: 0 };
		for (let n = 0; n < BATCH_SIZE && !this.stopped; n++) {
			const id = await repo.claimNextMessage(this.db, this.senderId, now, now + (this.options.leaseMs ?? CLAIM_LEASE_MS));
			if (!id) break;
			const message = await repo.claimedMessage(this.db, id);
			try {
				await this.transport.sendMail({
					from: this.options.from,
					to: message.recipient,
					subject: message.subject,
					text: message.text_body,
					html: message.html_body,
					messageId: message.message_id
				});
			} catch (error) {
				const attempts = message.attempts + 1;
				await repo.markFailed(this.db, id, this.senderId, {
					attempts,
					error: describeError(error),
					retryAt: nextAttemptAt(attempts, now),
					status: givesUp(attempts) ? 'failed' : 'pending'
				});
				tally.failed++;
				continue;
			}
			await repo.markSent(this.db, id, this.senderId, Date.now());
			tally.sent++;
		}
		return tally;
	}

	/** Delivers now, then every `pollMs`, until stopped. An error is logged once per pass, never thrown. */
	start(pollMs: number): void {
		const pass = async () => {
			this.timer = null;
			this.running = this.deliverDue().catch((error) => console.error('Bootcamp: the mail sender failed a pass:', error));
			await this.running;
			this.running = null;
			if (!this.stopped) this.timer = setTimeout(pass, pollMs);
		};
		void pass();
	}

	/** Stops polling and waits for the message being sent, so a shutdown does not cut it off. */
	async stop(): Promise<void> {
		this.stopped = true;
		if (this.timer) clearTimeout(this.timer);
		await this.running;
		this.transport.close?.();
	}
}

/**
 * Starts the server's sender when SMTP_URL is set; without it (the default) email stays in the
 * outbox for administrators to read at /admin/outbox, and nothing runs. Returns the sender, or null.
 */
export function startMailSender(db: Kysely<DB>, env?: Record<string, string | undefined>): OutboxSender | null {
	const config = serverConfig(env);
	if (!config.smtpUrl) return null;
	const sender = new OutboxSender(db, smtpTransport(config.smtpUrl), { from: config.mailFrom });
	sender.start(config.mailPollMs);
	return sender;
}
