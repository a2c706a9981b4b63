// All of the mail domain's SQL: the outbox, and the recipient facts a message needs.
import type { Kysely } from 'kysely';
import { engineOf } from '../db/engine';
import type { DB, OutboxStatus } from '../db/schema';
import type { Locale } from '$lib/paraglide/runtime';

export interface NewOutboxMessage {
	id: string;
	kind: string;
	recipientId: string | null;
	recipient: string;
	language: Locale;
	subject: string;
	text: string;
	html: string;
	messageId: string;
	createdAt: number;
}

/** Whom a message goes to, in which language, and whether they stopped optional email. */
export async function recipientOf(db: Kysely<DB>, userId: string) {
	return db
		.selectFrom('users')
		.select(['id', 'email', 'display_name', 'preferred_language', 'disabled_at', 'optional_mail_unsubscribed_at'])
		.where('id', '=', userId)
		.executeTakeFirst();
}

export async function insertOutboxMessage(db: Kysely<DB>, message: NewOutboxMessage): Promise<void> {
	await db
		.insertInto('outbox')
		.values({
			id: message.id,
			kind: message.kind,
			recipient_id: message.recipientId,
			recipient: message.recipient,
			language: message.language,
			subject: message.subject,
			text_body: message.text,
			html_body: message.html,
			message_id: message.messageId,
			next_attempt_at: message.createdAt,
			claimed_by: null,
			claim_expires_at: null,
			last_error: null,
			created_at: message.createdAt,
			sent_at: null
		})
		.execute();
}

/** Messages due now and not held by a live claim, oldest first. */
const dueMessages = (db: Kysely<DB>, now: number) =>
	db
		.selectFrom('outbox')
		.select('id')
		.where('status', '=', 'pending')
		.where('next_attempt_at', '<=', now)
		.where((eb) => eb.or([eb('claim_expires_at', 'is', null), eb('claim_expires_at', '<=', now)]))
		.orderBy('next_attempt_at')
		.orderBy('id');

/**
 * Claims one message for a sender until `leaseUntil`. Conditional: it succeeds only while the
 * message is still pending, due and unclaimed (or its claim lapsed), so of two senders racing for
 * it exactly one gets it.
 */
async function claimMessage(db: Kysely<DB>, id: string, senderId: string, now: number, leaseUntil: number): Promise<boolean> {
	const result = await db
		.updateTable('outbox')
		.set({ claimed_by: senderId, claim_expires_at: leaseUntil })
		.where('id', '=', id)
		.where('status', '=', 'pending')
		.where('next_attempt_at', '<=', now)
		.where((eb) => eb.or([eb('claim_expires_at', 'is', null), eb('claim_expires_at', '<=', now)]))
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/**
 * Claims the oldest due message for a sender until `leaseUntil`; its id, or null when none is left.
 * A lapsed claim (a sender that crashed) counts as none, so its message is taken over.
 *
 * On PostgreSQL, `FOR UPDATE SKIP LOCKED` passes over the rows another sender is claiming at that
 * moment instead of waiting for them, so several processes take different messages at once. SQLite
 * has one writer at a time: there the conditional update alone decides, and a sender that lost a
 * message to another tries the next one.
 */
export async function claimNextMessage(db: Kysely<DB>, senderId: string, now: number, leaseUntil: number): Promise<string | null> {
	if (engineOf(db) === 'postgres') {
		return db.transaction().execute(async (trx) => {
			const row = await dueMessages(trx, now).limit(1).forUpdate().skipLocked().executeTakeFirst();
			if (!row) return null;
			await trx.updateTable('outbox').set({ claimed_by: senderId, claim_expires_at: leaseUntil }).where('id', '=', row.id).execute();
			return row.id;
		});
	}
	for (;;) {
		const candidates = (await dueMessages(db, now).limit(5).execute()).map((r) => r.id);
		if (!candidates.length) return null;
		for (const id of candidates) if (await claimMessage(db, id, senderId, now, leaseUntil)) return id;
	}
}

export async function claimedMessage(db: Kysely<DB>, id: string) {
	return db
		.selectFrom('outbox')
		.select(['id', 'recipient', 'subject', 'text_body', 'html_body', 'message_id', 'attempts', 'language'])
		.where('id', '=', id)
		.executeTakeFirstOrThrow();
}

/** Marks a message sent, if this sender still holds it; false when its claim was lost. */
export async function markSent(db: Kysely<DB>, id: string, senderId: string, now: number): Promise<boolean> {
	const result = await db
		.updateTable('outbox')
		.set((eb) => ({ status: 'sent', sent_at: now, attempts: eb('attempts', '+', 1), claimed_by: null, claim_expires_at: null, last_error: null }))
		.where('id', '=', id)
		.where('claimed_by', '=', senderId)
		.where('status', '=', 'pending')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Records a failed attempt and releases the claim: the message waits until `retryAt`, or is given up on. */
export async function markFailed(
	db: Kysely<DB>,
	id: string,
	senderId: string,
	failure: { attempts: number; error: string; retryAt: number; status: Extract<OutboxStatus, 'pending' | 'failed'> }
): Promise<void> {
	await db
		.updateTable('outbox')
		.set({
			attempts: failure.attempts,
			last_error: failure.error,
			next_attempt_at: failure.retryAt,
			status: failure.status,
			claimed_by: null,
			claim_expires_at: null
		})
		.where('id', '=', id)
		.where('claimed_by', '=', senderId)
		.where('status', '=', 'pending')
		.execute();
}

/** One page of the outbox, newest first, for the admin's list. */
export async function outboxPage(db: Kysely<DB>, offset: number, limit: number) {
	return db
		.selectFrom('outbox')
		.select(['id', 'kind', 'recipient', 'language', 'subject', 'status', 'created_at', 'sent_at', 'attempts'])
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.offset(offset)
		.limit(limit)
		.execute();
}

export async function outboxMessage(db: Kysely<DB>, id: string) {
	return db
		.selectFrom('outbox')
		.select(['id', 'kind', 'recipient', 'language', 'subject', 'text_body', 'html_body', 'status', 'attempts', 'last_error', 'created_at', 'sent_at'])
		.where('id', '=', id)
		.executeTakeFirst();
}

/** Stops optional email to the person (idempotent: the first time is kept). */
export async function unsubscribeOptional(db: Kysely<DB>, userId: string, now: number): Promise<void> {
	await db
		.updateTable('users')
		.set({ optional_mail_unsubscribed_at: now, updated_at: now })
		.where('id', '=', userId)
		.where('optional_mail_unsubscribed_at', 'is', null)
		.execute();
}
