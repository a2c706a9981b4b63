import type { Kysely } from 'kysely';

// Outgoing email, written in the transaction of the event that causes it, then delivered by a
// sender (src/lib/server/mail/sender.ts). A sender claims a message (claimed_by, claim_expires_at)
// with a conditional update before sending, so two processes never send the same one; a claim left
// by a crashed sender lapses and the message is tried again. `message_id` is the Message-ID header,
// fixed when the message is written, so a rare second delivery is recognisably the same message.
// Users gain the one preference optional messages need: when they unsubscribed (null: they did not).
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('outbox')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('recipient_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('recipient', 'text', (c) => c.notNull())
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('text_body', 'text', (c) => c.notNull())
		.addColumn('html_body', 'text', (c) => c.notNull())
		.addColumn('message_id', 'text', (c) => c.notNull().unique())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
		.addColumn('claimed_by', 'text')
		.addColumn('claim_expires_at', 'bigint')
		.addColumn('last_error', 'text')
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('sent_at', 'bigint')
		.execute();
	await db.schema.createIndex('outbox_due_idx').on('outbox').columns(['status', 'next_attempt_at']).execute();
	await db.schema.createIndex('outbox_created_idx').on('outbox').columns(['created_at', 'id']).execute();
	await db.schema.alterTable('users').addColumn('optional_mail_unsubscribed_at', 'bigint').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('users').dropColumn('optional_mail_unsubscribed_at').execute();
	await db.schema.dropTable('outbox').execute();
}
