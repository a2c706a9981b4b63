// Email: writing messages into the outbox (in the caller's transaction), the admin's view of it,
// and unsubscribing from optional email. Delivery is sender.ts's.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import { requireAccess } from '../access';
import { siteOrigin } from '../config';
import { newId } from '../ids';
import { issuerKey } from '../records/credentials/issuer';
import { messageIdFor } from './rules';
import { renderMessage, siteLink, type MailContent, type Message, type Recipient } from './templates';
import * as repo from './repository';

/** A message whose words come from elsewhere (built with templates.ts `composeEmail`). */
export interface ComposedMessage {
	kind: string;
	compose: (to: Recipient, context: { origin: string; unsubscribeUrl: string | null }) => MailContent;
}

interface QueueInput {
	/** The recipient: the message goes to their address, in their preferred language. */
	userId: string;
	message: Message | ComposedMessage;
	/** Optional email (the manager digest) carries an unsubscribe link and is not written for someone who unsubscribed. */
	optional?: boolean;
	now?: number;
}

/**
 * Writes one email into the outbox. Call it with the transaction of the event that causes the
 * message, so the message exists exactly when the event does (a rolled-back event writes none).
 * Returns the outbox id, or null when nothing is to be sent: no such person, a disabled account, or
 * optional email to someone who unsubscribed.
 */
export async function queueMessage(trx: Kysely<DB>, input: QueueInput): Promise<string | null> {
	const person = await repo.recipientOf(trx, input.userId);
	if (!person || person.disabled_at !== null) return null;
	if (input.optional && person.optional_mail_unsubscribed_at !== null) return null;
	const origin = siteOrigin();
	const to: Recipient = { name: person.display_name, email: person.email, language: person.preferred_language };
	const unsubscribeUrl = input.optional ? siteLink(origin, `/unsubscribe/${await unsubscribeToken(person.id)}`, to.language) : null;
	const content =
		'compose' in input.message ? input.message.compose(to, { origin, unsubscribeUrl }) : renderMessage(input.message, to, { origin, unsubscribeUrl });
	const id = newId();
	await repo.insertOutboxMessage(trx, {
		id,
		kind: input.message.kind,
		recipientId: person.id,
		recipient: person.email,
		language: to.language,
		subject: content.subject,
		text: content.text,
		html: content.html,
		messageId: messageIdFor(id, origin),
		createdAt: input.now ?? Date.now()
	});
	return id;
}

// Unsubscribe links are signed, not stored: `<user id>.<HMAC>`, with a key derived from the site's
// signing key (kept and backed up with the database), so they need no sign-in and cannot be forged.

async function unsubscribeKey(): Promise<Buffer> {
	const { secretKeyMultibase } = await issuerKey();
	return createHmac('sha256', secretKeyMultibase).update('bootcamp unsubscribe link v1').digest();
}

const signature = (key: Buffer, userId: string) => createHmac('sha256', key).update(userId).digest('base64url');

export async function unsubscribeToken(userId: string): Promise<string> {
	return `${userId}.${signature(await unsubscribeKey(), userId)}`;
}

/** The person an unsubscribe token names, or null when it is not one we signed. */
export async function unsubscribeSubject(db: Kysely<DB>, token: string): Promise<{ id: string; email: string; unsubscribed: boolean } | null> {
	const match = /^([a-z2-7]{24})\.([A-Za-z0-9_-]{43})$/.exec(token);
	if (!match) return null;
	const expected = Buffer.from(signature(await unsubscribeKey(), match[1]));
	const given = Buffer.from(match[2]);
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
	const person = await repo.recipientOf(db, match[1]);
	return person ? { id: person.id, email: person.email, unsubscribed: person.optional_mail_unsubscribed_at !== null } : null;
}

export async function unsubscribe(db: Kysely<DB>, token: string, now = Date.now()): Promise<{ email: string } | null> {
	const subject = await unsubscribeSubject(db, token);
	if (!subject) return null;
	await repo.unsubscribeOptional(db, subject.id, now);
	return { email: subject.email };
}

export const OUTBOX_PAGE_SIZE = 50;

/** One page of the outbox, newest first: administrators only. */
export async function outboxListing(db: Kysely<DB>, viewer: SessionUser, page: number) {
	await requireAccess(db, viewer, 'admin');
	const rows = await repo.outboxPage(db, (page - 1) * OUTBOX_PAGE_SIZE, OUTBOX_PAGE_SIZE + 1);
	return { messages: rows.slice(0, OUTBOX_PAGE_SIZE), page, hasOlder: rows.length > OUTBOX_PAGE_SIZE };
}

/** One message with the links it carries, ready for an administrator to copy. */
export async function outboxEntry(db: Kysely<DB>, viewer: SessionUser, id: string) {
	await requireAccess(db, viewer, 'admin');
	const message = await repo.outboxMessage(db, id);
	if (!message) return null;
	const links = [...new Set(message.text_body.match(/https?:\/\/\S+/g) ?? [])];
	return { ...message, links };
}
