import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchPeople } from '$lib/server/accounts/people';
import { insertRecord } from '$lib/server/records/repository';
import { adminRecordList } from '$lib/server/records/service';
import { newId } from '$lib/server/ids';
import { createUser, freshDatabase, type TestDatabase } from './db';

let t: TestDatabase;

const PEOPLE = [
	{ email: 'jasmine@ontario.ca', name: 'Jasmine Tremblay', ministry: 'Finance' },
	{ email: 'emilie.cote@ontario.ca', name: 'Émilie Côté', ministry: 'Santé' },
	{ email: 'zoe@ontario.ca', name: 'Zoé Roy', ministry: 'Finance' },
	{ email: 'under_score@ontario.ca', name: 'Under Score', ministry: 'IT 100% remote' },
	{ email: 'underxscore@ontario.ca', name: 'Underx Score', ministry: 'IT 1000 remote' }
];

beforeEach(async () => {
	t = await freshDatabase();
	let index = 0;
	for (const p of PEOPLE) {
		const id = await createUser(t.db, p.email, { name: p.name, ministry: p.ministry });
		await insertRecord(t.db, {
			id: newId(),
			code: `BC-${String(index).padStart(4, '0')}-TEST`,
			user_id: id,
			course_slug: 'records-course',
			cycle: 1,
			holder_name: p.name,
			course_title_en: 'Course',
			course_title_fr: 'Cours',
			content_version: 'v1',
			cohort_id: null,
			cohort_name: 'Cohort',
			completed_at: 1_000 + index,
			issued_at: 1_000 + index,
			expires_at: null,
			supersedes_id: null,
			status_list_index: index++
		});
	}
});

afterEach(() => t.cleanUp());

const peopleFound = async (query: string, locale = 'en') => (await searchPeople(t.db, query, locale)).people.map((p) => p.display_name);
const recordsFound = async (query: string, locale: 'en' | 'fr' = 'en') => (await adminRecordList(t.db, query, locale)).records.map((r) => r.holderName);

describe('people search', () => {
	it('ignores case and accents both ways', async () => {
		expect(await peopleFound('emilie')).toEqual(['Émilie Côté']);
		expect(await peopleFound('EMILIE')).toEqual(['Émilie Côté']);
		expect(await peopleFound('côte')).toEqual(['Émilie Côté']);
		expect(await peopleFound('sante')).toEqual(['Émilie Côté']);
		expect(await peopleFound('zoe')).toEqual(['Zoé Roy']);
		expect(await peopleFound('ZOÉ')).toEqual(['Zoé Roy']);
	});

	it('takes _ and % literally', async () => {
		expect(await peopleFound('under_')).toEqual(['Under Score']);
		expect(await peopleFound('100%')).toEqual(['Under Score']);
		expect(await peopleFound('%')).toEqual(['Under Score']);
		expect(await peopleFound('_')).toEqual(['Under Score']);
		expect(await peopleFound('\\')).toEqual([]);
	});

	it('sorts in the page language collation: Émilie before Jasmine', async () => {
		expect(await peopleFound('', 'fr')).toEqual(['Émilie Côté', 'Jasmine Tremblay', 'Under Score', 'Underx Score', 'Zoé Roy']);
		expect(await peopleFound('ontario', 'en')).toEqual(['Émilie Côté', 'Jasmine Tremblay', 'Under Score', 'Underx Score', 'Zoé Roy']);
	});
});

describe('record search', () => {
	it('ignores case and accents on the holder name', async () => {
		expect(await recordsFound('EMILIE')).toEqual(['Émilie Côté']);
		expect(await recordsFound('cote')).toEqual(['Émilie Côté']);
		expect(await recordsFound('bc-0002')).toEqual(['Zoé Roy']);
	});

	it('takes _ and % literally', async () => {
		expect(await recordsFound('under_')).toEqual(['Under Score']);
		expect(await recordsFound('%')).toEqual([]);
	});

	it('lists matches by holder in French collation, and everything newest first without a search', async () => {
		expect(await recordsFound('ontario', 'fr')).toEqual(['Émilie Côté', 'Jasmine Tremblay', 'Under Score', 'Underx Score', 'Zoé Roy']);
		expect(await recordsFound('', 'fr')).toEqual(['Underx Score', 'Under Score', 'Zoé Roy', 'Émilie Côté', 'Jasmine Tremblay']);
	});
});
