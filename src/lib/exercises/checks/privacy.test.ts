import { describe, expect, it } from 'vitest';
import { personalContact, personalNumbers, phoneDigits, publicReplyAddress, publicReplyPrivacy, requestedDetails } from './privacy';
import { check, english, french } from './testing';

const reply = { publicReply: true };
const replyFr = { lang: 'fr' as const, publicReply: true };
const flagged = (result: ReturnType<typeof check>) => result !== 'not applicable' && result.length > 0;

describe('personal numbers', () => {
	it('flags a SIN that passes the Luhn check, masked', () => {
		expect(english(check(personalNumbers, 'My SIN is 046 454 286, can you check?'))).toEqual(['••• ••• 286 looks like a social insurance number. Remove it.']);
		expect(check(personalNumbers, 'Mon NAS : 046-454-286', { lang: 'fr' })).toHaveLength(1);
	});

	it('flags a SIN however it is written: run together, dotted, mixed, with French non-breaking spaces', () => {
		for (const text of ['Record 046454286 found', 'SIN 046.454.286', 'SIN 046-454 286', 'NAS 046\u00A0454\u00A0286', 'NAS 046\u202F454\u202F286']) {
			expect(check(personalNumbers, text), text).toHaveLength(1);
		}
	});

	it('flags nine digits named as a SIN even when they fail the Luhn check', () => {
		expect(check(personalNumbers, 'My SIN is 123 456 789')).toHaveLength(1);
		expect(check(personalNumbers, 'Numéro d’assurance sociale : 123-456-789', { lang: 'fr' })).toHaveLength(1);
	});

	it('flags part of an identifier named as such', () => {
		expect(english(check(personalNumbers, 'Your SIN ending 454 286 is linked to the account.'))).toEqual([
			'••• 286 is part of a social insurance or health card number. Don’t publish any part of it.'
		]);
		expect(check(personalNumbers, 'Votre carte Santé se terminant par 8901 est valide.', { lang: 'fr' })).toHaveLength(1);
		expect(check(personalNumbers, 'Health card renewals rose 300% in 2025.')).toEqual([]);
	});

	it('passes nine digits that fail the Luhn check, sums, counts and labelled numbers', () => {
		expect(check(personalNumbers, 'Reference 046 454 287')).toEqual([]);
		expect(check(personalNumbers, 'Référence du dossier : 2026-11-30', { lang: 'fr' })).toEqual([]);
		expect(check(personalNumbers, 'Un investissement de 130 692 544 $ sur trois ans.', { lang: 'fr' })).toEqual([]);
		expect(check(personalNumbers, 'Invoice 046454286 is paid.')).toEqual([]);
		expect(check(personalNumbers, 'Order #046454286 has shipped.')).toEqual([]);
		expect(check(personalNumbers, 'Confirmation number: 046454286')).toEqual([]);
	});

	it('flags OHIP numbers written 4-3-3, with a version code, or near “health card”', () => {
		expect(check(personalNumbers, 'Card 1234-567-890 AB')).toHaveLength(1);
		expect(check(personalNumbers, 'Card 2345.678.901')).toHaveLength(1);
		expect(check(personalNumbers, 'Card 2345-678-901-XY')).toHaveLength(1);
		expect(check(personalNumbers, 'Numéro 1234567890XY', { lang: 'fr' })).toHaveLength(1);
		expect(french(check(personalNumbers, 'Ma carte santé : 1234567890', { lang: 'fr' }))[0]).toContain('carte Santé de l’Ontario');
		expect(check(personalNumbers, 'OHIP 2345678901 is active')).toHaveLength(1);
	});

	it('does not take a phone number, a date or a program code for a health card number', () => {
		expect(check(personalNumbers, 'Call 416-555-0199 or 4165550199')).toEqual([]);
		expect(check(personalNumbers, 'Clinics from 2026-12-05 to 2026-12-19, 9 a.m. to 4:30 p.m.')).toEqual([]);
		expect(check(personalNumbers, 'Reference 2026-417-031')).toEqual([]);
		expect(check(personalNumbers, 'Grants of up to $1,250.00 under Bill 124')).toEqual([]);
	});
});

describe('personal contact details', () => {
	it('flags a personal email and phone number', () => {
		expect(check(personalContact, 'Contact jane.doe@gmail.com or 416-555-0199')).toHaveLength(2);
		expect(check(personalContact, 'Écrivez à marc.roy@hotmail.ca', { lang: 'fr' })).toHaveLength(1);
	});

	it('flags phone numbers written with dots, spaces, parentheses, +1 or an extension', () => {
		for (const text of ['613.555.0142', '(416) 555-0199', '+1 647 555 0123', '416-555-0111 ext. 204', '819 555 0177', '(289)555-0111']) {
			expect(check(personalContact, `Call ${text} today`), text).toHaveLength(1);
		}
	});

	it('passes official addresses and toll-free numbers', () => {
		expect(check(personalContact, 'Email flu@ontario.ca or call 1-866-532-3161')).toEqual([]);
		expect(check(personalContact, 'Écrivez à grippe@ontario.ca ou composez le 1 888 555 0100', { lang: 'fr' })).toEqual([]);
	});

	it('passes the official numbers of the settings, however they are formatted', () => {
		for (const text of ['416-326-1234', '(416) 326-1234', '416.326.1234', '+1 416 326 1234', '1-416-326-1234']) {
			expect(check(personalContact, `Call ServiceOntario at ${text}`), text).toEqual([]);
		}
		expect(check(personalContact, 'Call the Sudbury office at 705-564-3000')).toHaveLength(1);
		expect(check(personalContact, 'Call the Sudbury office at 705-564-3000', { settings: { officialNumbers: ['705 564 3000'] } })).toEqual([]);
	});

	it('passes order numbers, prices and numbers that cannot be phone numbers', () => {
		expect(check(personalContact, 'Order 1002003001 was refunded: $1,250.00')).toEqual([]);
		expect(check(personalContact, 'Invoice 4165550199 is paid')).toEqual([]);
		expect(check(personalContact, 'In an emergency call 911; for services call 2-1-1 or 9-8-8')).toEqual([]);
	});

	it('compares numbers by their digits, without the country code', () => {
		expect(phoneDigits('+1 (416) 326-1234')).toBe('4163261234');
		expect(phoneDigits('416.326.1234')).toBe('4163261234');
		expect(phoneDigits('911')).toBe('911');
	});
});

describe('public reply privacy', () => {
	it('flags a public reply asking for personal details, in English and French', () => {
		expect(check(publicReplyPrivacy, 'Sorry to hear that! Please reply with your health card number and we will look into it.', reply)).toHaveLength(1);
		expect(check(publicReplyPrivacy, 'Désolés! Indiquez votre numéro de dossier ici.', replyFr)).toHaveLength(1);
	});

	it('flags requests in other words: where you live, when you were born, how old you are', () => {
		for (const text of [
			'Tell us where you live and when you were born and we will look into it.',
			"What's your birthday?",
			'How old are you?',
			'What street are you on?',
			'Where do you live? We can tell you which centre is open.',
			'Drop your age in the comments!',
			'What address did you use when you applied?',
			'Send me a message with your address and income.'
		]) {
			expect(flagged(check(publicReplyPrivacy, text, reply)), text).toBe(true);
		}
		for (const text of [
			'Où habitez-vous?',
			'Quelle est votre date de naissance?',
			'Dites-nous où vous habitez.',
			'Quel âge avez-vous?',
			'Pouvez-vous nous donner votre adresse complète?',
			'Merci de nous indiquer votre code postal ici.',
			'Indiquez votre année de naissance en commentaire.',
			'Envoie-moi ton adresse et ton revenu en message privé.'
		]) {
			expect(flagged(check(publicReplyPrivacy, text, replyFr)), text).toBe(true);
		}
	});

	it('flags a health card number, SIN or date of birth asked for even by private message', () => {
		const dm = english(check(publicReplyPrivacy, 'Hi Omar, send us your full health card number by DM and we will check.', reply));
		expect(dm).toHaveLength(1);
		expect(dm[0]).toContain('even by direct message');
		expect(check(publicReplyPrivacy, 'Please send us a private message with your SIN and date of birth.', reply)).toHaveLength(1);
		expect(check(publicReplyPrivacy, 'Send us a DM. Include your health card number.', reply)).toHaveLength(1);
		const fr = french(check(publicReplyPrivacy, 'Envoyez-nous votre numéro de carte Santé par message privé.', replyFr));
		expect(fr).toHaveLength(1);
		expect(fr[0]).toContain('même par message privé');
	});

	it('passes a reply that moves contact details to a private channel, in the same sentence or the one before', () => {
		expect(check(publicReplyPrivacy, 'Sorry to hear that! Please send us a direct message with your file number.', reply)).toEqual([]);
		expect(check(publicReplyPrivacy, 'Désolés! Envoyez-nous un message privé avec votre numéro de dossier.', replyFr)).toEqual([]);
		expect(check(publicReplyPrivacy, 'Please send us a direct message. Include your file number and mailing address.', reply)).toEqual([]);
	});

	it('flags contact details asked for in public, even next to a mention of private messages', () => {
		expect(check(publicReplyPrivacy, 'Please reply with your file number.', reply)).toHaveLength(1);
		expect(check(publicReplyPrivacy, 'Reply here with your phone number or send us a DM.', reply)).toHaveLength(1);
		expect(check(publicReplyPrivacy, 'Send us a DM. What is your postal code?', reply)).toHaveLength(1);
	});

	it('passes identifiers asked for on the official phone line or a secure website', () => {
		expect(check(publicReplyPrivacy, 'Call us at 416-326-1234 and give the agent your SIN.', reply)).toEqual([]);
		expect(check(publicReplyPrivacy, 'Enter your postal code at ontario.ca/clinics to find a clinic.', reply)).toEqual([]);
		expect(check(publicReplyPrivacy, 'Enter your postal code at clinics-finder.com to find a clinic.', reply)).toHaveLength(1);
	});

	it('does not take a warning or an explanation for a request', () => {
		for (const text of [
			'We never ask for your health card number on social media.',
			"Please don't share your SIN here.",
			'For your safety, never post your address, phone number or health card number.',
			'We hid your comment because it included your health card number.',
			'You can update your address online: ontario.ca/address',
			'Wherever you live in Ontario, you can book a flu shot.',
			'Send your application to the address on the form.',
			'Renew online: you need your health card and an email address.'
		]) {
			expect(check(publicReplyPrivacy, text, reply), text).toEqual([]);
		}
		for (const text of [
			'Ne publiez jamais votre numéro de carte Santé.',
			'Nous avons masqué votre commentaire parce qu’il contenait votre numéro de carte santé.',
			'Peu importe où vous habitez, vous pouvez renouveler en ligne.',
			'Ne partagez pas votre numéro de téléphone dans les commentaires.',
			'Nous ne demandons jamais votre numéro d’assurance sociale.'
		]) {
			expect(check(publicReplyPrivacy, text, replyFr), text).toEqual([]);
		}
		expect(check(publicReplyPrivacy, 'Comment with your address so we can check.', reply)).toHaveLength(1);
	});

	it('tells identifiers from contact details', () => {
		expect(requestedDetails("what's your date of birth?")).toEqual({ sensitive: true, contact: false });
		expect(requestedDetails('please send us your mailing address')).toEqual({ sensitive: false, contact: true });
		expect(requestedDetails('we can confirm your address was updated')).toEqual({ sensitive: false, contact: false });
		expect(requestedDetails('send us a message; never post your address')).toEqual({ sensitive: false, contact: false });
	});

	it('applies only to public replies', () => {
		expect(check(publicReplyPrivacy, 'Please reply with your health card number.')).toBe('not applicable');
	});
});

describe('addresses in a public reply', () => {
	it('flags a street address or a postal code, in English and French', () => {
		expect(english(check(publicReplyAddress, 'Hi Priya, we see you live at 14 Birch Cres. in Sudbury.', reply))[0]).toContain('“14 Birch Cres.”');
		expect(check(publicReplyAddress, 'Cards for K1A 0B1 were mailed on Monday.', reply)).toHaveLength(1);
		expect(check(publicReplyAddress, 'Sent again to m5v 3l9.', reply)).toHaveLength(1);
		expect(check(publicReplyAddress, 'The inspector will visit 100 2nd Avenue on Tuesday.', reply)).toHaveLength(1);
		const fr = french(check(publicReplyAddress, 'Votre carte a été envoyée au 123, rue Principale, app. 4.', replyFr));
		expect(fr).toEqual([
			'«\u00A0123, rue Principale\u00A0» ressemble à l’adresse d’une personne. Ne répétez ni ne confirmez une adresse en public; passez à un canal privé.'
		]);
		expect(check(publicReplyAddress, 'Un inspecteur passera au 14, côte Sainte-Catherine.', replyFr)).toHaveLength(1);
	});

	it('gives one message for an address and its postal code', () => {
		expect(check(publicReplyAddress, 'We noted your home at 8 Lake Road, Sudbury ON P3A 1B2.', reply)).toHaveLength(1);
	});

	it('passes the address of an official office, with its postal code', () => {
		expect(check(publicReplyAddress, 'The ServiceOntario centre at 777 Bay St. in Toronto is open until 5 p.m.', reply)).toEqual([]);
		expect(check(publicReplyAddress, 'Drop off the form at our office: 5700 Yonge Street, North York, ON M2M 4K5.', reply)).toEqual([]);
		expect(check(publicReplyAddress, 'Le centre ServiceOntario du 199, rue Larch à Sudbury est ouvert.', replyFr)).toEqual([]);
		expect(check(publicReplyAddress, 'Your card was sent from our office to 14 Birch Cres.', reply)).toHaveLength(1);
	});

	it('passes highways, dates, times, counts and courts', () => {
		for (const text of [
			'Highway 401 eastbound is open again at Kingston.',
			'The clinic runs from 10 a.m. to 4 p.m. on May 15.',
			'We appointed 3 Superior Court judges today.',
			'Top 10 Provincial Park trails to try this fall.',
			'Bill 124 passed on 2026-11-30.',
			'The H1N1 vaccine is no longer offered.'
		]) {
			expect(check(publicReplyAddress, text, reply), text).toEqual([]);
		}
		expect(check(publicReplyAddress, 'Les 3 routes sont fermées le 15 mai, de 10 h à 16 h.', replyFr)).toEqual([]);
	});

	it('applies only to public replies', () => {
		expect(check(publicReplyAddress, 'Visit us at 777 Bay St.')).toBe('not applicable');
	});
});
