import { describe, expect, it } from 'vitest';
import { composeEmail, escapeHtml, renderMessage, siteLink, type Message } from './templates';

const origin = 'https://bootcamp.example.ca';
const course = { en: 'Social Media Bootcamp', fr: 'Camp d’entraînement sur les médias sociaux' };
const module = { en: 'Replying to the public', fr: 'Répondre au public' };
const messages: Message[] = [
	{ kind: 'invitation', token: 'abcdefghijklmnopqrstuvwxyz234567', expiresAt: Date.UTC(2026, 11, 12, 17, 0) },
	{ kind: 'password_reset', token: 'abcdefghijklmnopqrstuvwxyz234567', expiresAt: Date.UTC(2026, 11, 5, 17, 0) },
	{ kind: 'review_outcome', decision: 'approved', reviewer: 'Ines', course, module, path: '/courses/c/m/exercise', comments: '' },
	{ kind: 'review_outcome', decision: 'needs_revision', reviewer: 'Ines', course, module, path: '/courses/c/m/exercise', comments: 'Shorter, please.' },
	{ kind: 'record_issued', course, recordId: 'aaaaaaaaaaaaaaaaaaaaaaaa', code: 'ABCD-EFGH-JKLM' }
];

describe('every email', () => {
	for (const message of messages) {
		it(`${message.kind}${'decision' in message ? ` (${message.decision})` : ''} reads in English and in French, as text and accessible HTML`, () => {
			const en = renderMessage(message, { name: 'Ana', email: 'ana@ontario.ca', language: 'en' }, { origin });
			const fr = renderMessage(message, { name: 'Zoé', email: 'zoe@ontario.ca', language: 'fr' }, { origin });
			expect(en.subject).not.toBe(fr.subject);
			expect(en.text).toContain('Hello Ana,');
			expect(fr.text).toContain('Bonjour Zoé,');
			expect(en.html).toMatch(/^<!doctype html>\n<html lang="en">/);
			expect(fr.html).toMatch(/^<!doctype html>\n<html lang="fr">/);
			for (const mail of [en, fr]) {
				expect(mail.html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
				expect(mail.html).not.toMatch(/<img/);
				// Every link in the HTML is also in the text, written out for copying.
				for (const [, href] of mail.html.matchAll(/<a href="([^"]+)"/g)) expect(mail.text).toContain(href.replace(/&amp;/g, '&'));
			}
			// French links lead to French pages; English ones to the unprefixed ones.
			expect(fr.text).toMatch(/https:\/\/bootcamp\.example\.ca\/fr\//);
			expect(en.text).not.toContain('/fr/');
			// French typography: a non-breaking space before a colon, never a plain one.
			expect(fr.text + fr.subject).not.toMatch(/ [:»]|« /);
		});
	}

	it('says when a link stops working, in the reader’s time zone and words', () => {
		const [invitation] = messages;
		expect(renderMessage(invitation, { name: 'Ana', email: 'a@x.ca', language: 'en' }, { origin }).text).toContain('until December\u00a012,\u00a02026');
		expect(renderMessage(invitation, { name: 'Zoé', email: 'z@x.ca', language: 'fr' }, { origin }).text).toContain('jusqu’au 12\u00a0décembre\u00a02026');
	});

	it('keeps a person’s words as text: markup in comments or names is escaped', () => {
		const message: Message = { ...(messages[3] as Extract<Message, { kind: 'review_outcome' }>), comments: '<script>alert(1)</script>\n\nSecond "paragraph"' };
		const mail = renderMessage(message, { name: '<b>Ana</b>', email: 'a@x.ca', language: 'en' }, { origin });
		expect(mail.html).not.toContain('<script>');
		expect(mail.html).not.toContain('<b>');
		expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(mail.html).toContain('<blockquote');
		expect(mail.text).toContain('> <script>alert(1)</script>');
		expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
	});

	it('adds an unsubscribe link only to optional email', () => {
		const optional = composeEmail({ language: 'fr', subject: 'S', heading: 'H', paragraphs: ['p'], unsubscribeUrl: `${origin}/fr/unsubscribe/x` });
		expect(optional.text).toContain('Se désabonner des courriels facultatifs\u00a0:\nhttps://bootcamp.example.ca/fr/unsubscribe/x');
		expect(optional.html).toContain('<a href="https://bootcamp.example.ca/fr/unsubscribe/x">');
		const required = renderMessage(messages[0], { name: 'Ana', email: 'a@x.ca', language: 'en' }, { origin });
		expect(required.text).not.toContain('nsubscribe');
	});

	it('makes site links in the reader’s language', () => {
		expect(siteLink(origin, '/verify/ABC', 'fr')).toBe('https://bootcamp.example.ca/fr/verify/ABC');
		expect(siteLink(origin, '/verify/ABC', 'en')).toBe('https://bootcamp.example.ca/verify/ABC');
	});
});
