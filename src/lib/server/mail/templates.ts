// Every email the site sends, in English and French: plain text plus simple, accessible HTML
// (a lang attribute, a real heading, descriptive links shown with their address, no images).
// Pure: no database, no request. The words are paraglide messages (mail_*), rendered in the
// recipient's language whatever language the request that caused them was in.
import { formatDate, formatTime as formatClock } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { localizeUrl, type Locale } from '$lib/paraglide/runtime';

/** A title in both languages, as course content keeps it. */
export interface LocalText {
	en: string;
	fr: string;
}

/** What caused the message, with what it needs to say. Another kind of email is one more variant here. */
export type Message =
	/** A one-time link to choose a password: for a new account, or a new password for an existing one. */
	| { kind: 'invitation' | 'password_reset'; token: string; expiresAt: number }
	| {
			kind: 'review_outcome';
			decision: 'approved' | 'needs_revision';
			reviewer: string;
			course: LocalText;
			module: LocalText;
			/** Site path of the exercise, without a language prefix. */
			path: string;
			comments: string;
	  }
	| { kind: 'record_issued'; course: LocalText; recordId: string; code: string };

export interface Recipient {
	name: string;
	email: string;
	language: Locale;
}

export interface MailContent {
	subject: string;
	text: string;
	html: string;
}

interface RenderContext {
	/** The site's address, e.g. https://bootcamp.example.ca, without a trailing slash. */
	origin: string;
	/** Set for optional messages only: where the recipient stops them. */
	unsubscribeUrl?: string | null;
}

/** One email's parts, laid out the same way for every message. */
export interface EmailParts {
	language: Locale;
	subject: string;
	heading: string;
	greeting?: string;
	paragraphs: string[];
	/** Quoted text from a person (an instructor's comments), kept as written. */
	quote?: { heading: string; text: string };
	/** Links, each with a descriptive label; the address is shown too, for copying. */
	links?: { label: string; url: string }[];
	after?: string[];
	unsubscribeUrl?: string | null;
}

const formatTime = (at: number, language: Locale) => `${formatDate(at, language)}, ${formatClock(at, language)}`;

/** A page of this site, in the recipient's language (French addresses start with /fr). */
export function siteLink(origin: string, path: string, language: Locale): string {
	return localizeUrl(new URL(path, origin), { locale: language }).href;
}

export function escapeHtml(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const paragraphsOf = (text: string) =>
	text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);

/** Lays out an email as plain text and as HTML from the same parts. */
export function composeEmail(parts: EmailParts): MailContent {
	const options = { locale: parts.language };
	const footer = m.mail_footer({}, options);
	const colon = parts.language === 'fr' ? '\u00a0:' : ':';
	const text: string[] = [parts.heading, ''];
	if (parts.greeting) text.push(parts.greeting, '');
	for (const p of parts.paragraphs) text.push(p, '');
	if (parts.quote) text.push(parts.quote.heading + colon, ...parts.quote.text.split('\n').map((line) => `> ${line}`), '');
	for (const link of parts.links ?? []) text.push(link.label + colon, link.url, '');
	for (const p of parts.after ?? []) text.push(p, '');
	text.push('-- ', footer);
	if (parts.unsubscribeUrl) text.push('', m.mail_unsubscribe({}, options) + colon, parts.unsubscribeUrl);

	const p = (value: string) => `<p>${escapeHtml(value)}</p>`;
	const html = [
		'<!doctype html>',
		`<html lang="${parts.language}">`,
		'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(parts.subject)}</title></head>`,
		'<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">',
		'<main>',
		`<h1 style="font-size: 1.5em;">${escapeHtml(parts.heading)}</h1>`,
		parts.greeting ? p(parts.greeting) : '',
		...parts.paragraphs.map(p),
		parts.quote
			? `<h2 style="font-size: 1.2em;">${escapeHtml(parts.quote.heading)}</h2><blockquote style="border-left: 4px solid #666; margin: 0; padding-left: 1em;">${paragraphsOf(
					parts.quote.text
				)
					.map((q) => `<p>${escapeHtml(q).replace(/\n/g, '<br>')}</p>`)
					.join('')}</blockquote>`
			: '',
		...(parts.links ?? []).map(
			(link) =>
				`<p><a href="${escapeHtml(link.url)}" style="color: #0066cc; font-weight: bold;">${escapeHtml(link.label)}</a><br><span style="word-break: break-all;">${escapeHtml(link.url)}</span></p>`
		),
		...(parts.after ?? []).map(p),
		'</main>',
		`<footer><hr><p style="font-size: 0.9em;">${escapeHtml(footer)}</p>`,
		parts.unsubscribeUrl
			? `<p style="font-size: 0.9em;"><a href="${escapeHtml(parts.unsubscribeUrl)}">${escapeHtml(m.mail_unsubscribe({}, options))}</a></p>`
			: '',
		'</footer></body></html>'
	]
		.filter(Boolean)
		.join('\n');
	return { subject: parts.subject, text: text.join('\n'), html };
}

/** The email for a message, in the recipient's language. */
export function renderMessage(message: Message, to: Recipient, context: RenderContext): MailContent {
	const language = to.language;
	const options = { locale: language };
	const link = (path: string) => siteLink(context.origin, path, language);
	const greeting = m.mail_greeting({ name: to.name }, options);
	const common = { language, greeting, unsubscribeUrl: context.unsubscribeUrl ?? null };
	switch (message.kind) {
		case 'invitation':
			return composeEmail({
				...common,
				subject: m.mail_invitation_subject({}, options),
				heading: m.mail_invitation_heading({}, options),
				paragraphs: [m.mail_invitation_body({ email: to.email }, options)],
				links: [{ label: m.mail_invitation_action({}, options), url: link(`/invitation/${message.token}`) }],
				after: [m.mail_link_expires({ date: formatTime(message.expiresAt, language) }, options), m.mail_ignore({}, options)]
			});
		case 'password_reset':
			return composeEmail({
				...common,
				subject: m.mail_reset_subject({}, options),
				heading: m.mail_reset_heading({}, options),
				paragraphs: [m.mail_reset_body({ email: to.email }, options)],
				links: [{ label: m.mail_reset_action({}, options), url: link(`/invitation/${message.token}`) }],
				after: [m.mail_link_expires({ date: formatTime(message.expiresAt, language) }, options), m.mail_reset_ignore({}, options)]
			});
		case 'review_outcome': {
			const names = { module: message.module[language], course: message.course[language], reviewer: message.reviewer };
			const approved = message.decision === 'approved';
			return composeEmail({
				...common,
				subject: approved ? m.mail_review_approved_subject(names, options) : m.mail_review_revision_subject(names, options),
				heading: approved ? m.mail_review_approved_subject(names, options) : m.mail_review_revision_subject(names, options),
				paragraphs: [approved ? m.mail_review_approved_body(names, options) : m.mail_review_revision_body(names, options)],
				quote: message.comments.trim() ? { heading: m.mail_review_comments({}, options), text: message.comments.trim() } : undefined,
				links: [{ label: m.mail_review_action({}, options), url: link(message.path) }]
			});
		}
		case 'record_issued': {
			const course = message.course[language];
			return composeEmail({
				...common,
				subject: m.mail_record_subject({ course }, options),
				heading: m.mail_record_subject({ course }, options),
				paragraphs: [m.mail_record_body({ course }, options)],
				links: [
					{ label: m.mail_record_action({}, options), url: link(`/records/${message.recordId}`) },
					{ label: m.mail_record_verify_action({ code: message.code }, options), url: link(`/verify/${message.code}`) }
				],
				after: [m.mail_record_verify({}, options)]
			});
		}
	}
}
