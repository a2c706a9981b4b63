import { describe, expect, it } from 'vitest';
import { engagementBait, hashtagBroken, imageOnlyDetails } from './engagement';
import { check, english, french } from './testing';

const fires = (definition: typeof engagementBait, text: string, lang: 'en' | 'fr' = 'en') => (check(definition, text, { lang }) as unknown[]).length > 0;

describe('engagement bait', () => {
	it('flags likes, shares and tags asked for as a vote, in both languages', () => {
		for (const text of [
			'Like this post if you love Ontario’s provincial parks! Tag a friend you’d go camping with!',
			'React with ❤️ if you’re heading to a park this weekend.',
			'Comment YES if you got your flu shot!',
			'Share if you agree that Ontario has the best lakes.',
			'Tag someone who needs a camping trip.'
		])
			expect(fires(engagementBait, text), text).toBe(true);
		for (const text of [
			'Aimez cette publication si vous adorez les parcs provinciaux de l’Ontario! Identifiez quelqu’un avec qui vous iriez camper!',
			'Partagez si vous aimez l’automne en Ontario!',
			'Mentionnez un ami qui adore le camping.'
		])
			expect(fires(engagementBait, text, 'fr'), text).toBe(true);
	});

	it('flags a follower count celebrated as news', () => {
		expect(fires(engagementBait, 'We just hit 100K followers! Thank you!')).toBe(true);
		expect(fires(engagementBait, 'We passed 50,000 followers this week.')).toBe(true);
		expect(fires(engagementBait, 'Nous venons de franchir le cap des 100 000 abonnés!', 'fr')).toBe(true);
	});

	it('leaves useful calls to action alone', () => {
		for (const text of [
			'If you work with a group that could use it, please share this post.',
			'Like many Ontarians, you may be eligible for the Ontario Trillium Benefit.',
			'Vote for your favourite photo in our contest by Friday.',
			'Tag us in your park photos with #OntarioParks.',
			'Comment below if you have a question about the trail options.',
			'Reply here if you need help with your application.',
			'Share your ideas by June 30: ontario.ca/pinenarrows',
			'Over 100,000 people have booked a flu shot online.'
		])
			expect(fires(engagementBait, text), text).toBe(false);
		for (const text of [
			'Partagez vos idées d’ici le 30 juin : ontario.ca/pinenarrows-fr',
			'Si vous connaissez un organisme admissible, n’hésitez pas à partager cette publication.',
			'Plus de 100 000 personnes ont pris rendez-vous en ligne.'
		])
			expect(fires(engagementBait, text, 'fr'), text).toBe(false);
	});

	it('names the sentence and the way out in both languages', () => {
		const [message] = english(check(engagementBait, 'Tag a friend! Camping opens May 15.'));
		expect(message).toBe('“Tag a friend!” asks for likes, shares or tags instead of giving people a reason to act. Say what is useful and what to do.');
		expect(french(check(engagementBait, 'Identifiez quelqu’un!', { lang: 'fr' }))[0]).toContain('réclame des mentions J’aime');
	});
});

describe('facts left in an image', () => {
	it('flags a post that sends people to an image for the details', () => {
		expect(fires(imageOnlyDetails, 'Important update! See the image below for details. 👇')).toBe(true);
		expect(fires(imageOnlyDetails, 'All the details are in the poster.')).toBe(true);
		expect(fires(imageOnlyDetails, 'Avis important! Tous les détails dans l’image ci-dessous. 👇', 'fr')).toBe(true);
		expect(fires(imageOnlyDetails, 'Voir l’affiche ci-jointe.', 'fr')).toBe(true);
	});

	it('leaves a post that gives the facts and describes a photo alone', () => {
		expect(fires(imageOnlyDetails, 'The new boardwalk trail at Heron Marsh is open. See the photo of the opening day.')).toBe(false);
		expect(fires(imageOnlyDetails, 'Details and a trail map: ontarioparks.ca/heronmarsh')).toBe(false);
		expect(fires(imageOnlyDetails, 'Les détails et la carte du sentier : ontarioparks.ca/heronmarsh', 'fr')).toBe(false);
	});
});

describe('hashtags broken by punctuation', () => {
	it('says which word the tag really links to, and how to write it', () => {
		expect(french(check(hashtagBroken, 'Bonne fête aux #Franco-Ontariens de #L’Ontario!', { lang: 'fr' }))).toEqual([
			'#Franco-Ontariens ne renvoie qu’à #Franco\u00a0: écrivez #FrancoOntariens.',
			'#L’Ontario ne renvoie qu’à #L\u00a0: écrivez #LOntario.'
		]);
		expect(english(check(hashtagBroken, 'Happy #Franco-Ontarian Day!'))).toEqual(['#Franco-Ontarian links only #Franco: write #FrancoOntarian.']);
	});

	it('leaves whole tags, words with hyphens and sentence ends alone', () => {
		expect(check(hashtagBroken, 'Happy #FrancoOntarianDay! A well-known trail. #Ontario.')).toEqual([]);
		expect(check(hashtagBroken, 'Read our Q&A#1 and #2026-27 budget')).toEqual([
			{ en: '#2026-27 links only #2026: write #202627.', fr: '#2026-27 ne renvoie qu’à #2026\u00a0: écrivez #202627.' }
		]);
	});
});
