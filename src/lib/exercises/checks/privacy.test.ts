import { describe, expect, it } from 'vitest';
import { personalContact, personalNumbers, publicReplyPrivacy } from './privacy';
import { check, english, french } from './testing';

describe('personal numbers', () => {
	it('flags a SIN that passes the Luhn check, masked', () => {
		expect(english(check(personalNumbers, 'My SIN is 046 454 286, can you check?'))).toEqual(['••• ••• 286 looks like a social insurance number. Remove it.']);
		expect(check(personalNumbers, 'Mon NAS : 046-454-286', { lang: 'fr' })).toHaveLength(1);
	});

	it('passes nine digits that fail the Luhn check', () => {
		expect(check(personalNumbers, 'Reference 046 454 287')).toEqual([]);
		expect(check(personalNumbers, 'Référence du dossier : 2026-11-30', { lang: 'fr' })).toEqual([]);
	});

	it('flags OHIP numbers written 4-3-3, with a version code, or near “health card”', () => {
		expect(check(personalNumbers, 'Card 1234-567-890 AB')).toHaveLength(1);
		expect(check(personalNumbers, 'Numéro 1234567890XY', { lang: 'fr' })).toHaveLength(1);
		expect(french(check(personalNumbers, 'Ma carte santé : 1234567890', { lang: 'fr' }))[0]).toContain('carte Santé de l’Ontario');
	});

	it('does not take a phone number for a health card number', () => {
		expect(check(personalNumbers, 'Call 416-555-0199 or 4165550199')).toEqual([]);
	});
});

describe('personal contact details', () => {
	it('flags a personal email and phone number', () => {
		expect(check(personalContact, 'Contact jane.doe@gmail.com or 416-555-0199')).toHaveLength(2);
		expect(check(personalContact, 'Écrivez à marc.roy@hotmail.ca', { lang: 'fr' })).toHaveLength(1);
	});

	it('passes official addresses and toll-free numbers', () => {
		expect(check(personalContact, 'Email flu@ontario.ca or call 1-866-532-3161')).toEqual([]);
		expect(check(personalContact, 'Écrivez à grippe@ontario.ca ou composez le 1 888 555 0100', { lang: 'fr' })).toEqual([]);
	});
});

describe('public reply privacy', () => {
	it('flags a public reply asking for personal details, in English and French', () => {
		expect(
			check(publicReplyPrivacy, 'Sorry to hear that! Please reply with your health card number and we will look into it.', { publicReply: true })
		).toHaveLength(1);
		expect(check(publicReplyPrivacy, 'Désolés! Indiquez votre numéro de dossier ici.', { lang: 'fr', publicReply: true })).toHaveLength(1);
	});

	it('passes a reply that moves details to a private channel', () => {
		expect(check(publicReplyPrivacy, 'Sorry to hear that! Please send us a direct message with your file number.', { publicReply: true })).toEqual([]);
		expect(check(publicReplyPrivacy, 'Désolés! Envoyez-nous un message privé avec votre numéro de dossier.', { lang: 'fr', publicReply: true })).toEqual([]);
	});

	it('does not take an explanation for a request', () => {
		expect(check(publicReplyPrivacy, 'We hid your comment because it included your health card number.', { publicReply: true })).toEqual([]);
		expect(
			check(publicReplyPrivacy, 'Nous avons masqué votre commentaire parce qu’il contenait votre numéro de carte santé.', { lang: 'fr', publicReply: true })
		).toEqual([]);
		expect(check(publicReplyPrivacy, 'Comment with your address so we can check.', { publicReply: true })).toHaveLength(1);
	});

	it('applies only to public replies', () => {
		expect(check(publicReplyPrivacy, 'Please reply with your health card number.')).toBe('not applicable');
	});
});
