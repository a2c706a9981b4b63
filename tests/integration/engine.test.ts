import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '$lib/server/db/fold';
import { engineOf, isUniqueViolation } from '$lib/server/db/index';
import { createUser, freshDatabase, testEngine, type TestDatabase } from './db';

let t: TestDatabase;
beforeAll(async () => {
	t = await freshDatabase();
});
afterAll(() => t.cleanUp());

const folded = async (text: string) => (await sql<{ f: string }>`select fold(${text}) as f`.execute(t.db)).rows[0].f;

describe(`the database engine (${testEngine})`, () => {
	it('is the one the tests asked for, inside transactions too', async () => {
		expect(engineOf(t.db)).toBe(testEngine);
		await t.db.transaction().execute(async (trx) => expect(engineOf(trx)).toBe(testEngine));
	});

	it("folds text in SQL exactly as the app's fold() does", async () => {
		for (const text of [
			'Émilie',
			'EMILIE',
			'François Côté-Lévesque',
			'E\u0301milie',
			'Œuvre straße',
			'ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ àâäçéèêëîïôöùûüÿ',
			'Ñandú Øre Łódź Ærø',
			'İstanbul ǅ ẞ',
			'',
			'a_b%c\\d'
		])
			expect(await folded(text), text).toBe(fold(text));
		const latin = fc.oneof(
			fc.integer({ min: 0x20, max: 0x7e }),
			fc.integer({ min: 0xc0, max: 0x24f }),
			fc.integer({ min: 0x1e00, max: 0x1eff }),
			fc.integer({ min: 0x300, max: 0x36f })
		);
		await fc.assert(
			fc.asyncProperty(fc.array(latin, { maxLength: 12 }), async (codes) => {
				const text = String.fromCodePoint(...codes);
				expect(await folded(text)).toBe(fold(text));
			}),
			{ numRuns: 300 }
		);
	});

	it('gives numbers for times and counts, as SQLite does', async () => {
		const at = Date.UTC(2026, 11, 6, 3, 0, 0, 123);
		const id = await createUser(t.db, 'numbers@test', { created_at: at });
		const row = await t.db
			.selectFrom('users')
			.select((eb) => ['created_at', 'is_admin', eb.fn.countAll<number>().over().as('count'), eb.fn.sum<number>('created_at').over().as('total')])
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ created_at: at, is_admin: 0, count: 1, total: at });
	});

	it('keeps a score of 2/3 as written', async () => {
		const userId = await createUser(t.db, 'score@test');
		await t.db
			.insertInto('cohorts')
			.values({ id: 'c1', name: 'C', name_fr: null, course_slug: 'x', starts_on: '2026-12-01', ends_on: '2026-12-31', created_by: null, created_at: 1 })
			.execute();
		const attempt = { cohort_id: 'c1', user_id: userId, course_slug: 'x', module_slug: 'm', content_version: 'v', layout: '[]', started_at: 1 };
		await t.db
			.insertInto('quiz_attempts')
			.values({ ...attempt, id: 'a1', attempt_number: 1, score: 2 / 3, submitted_at: 2 })
			.execute();
		const { score } = await t.db.selectFrom('quiz_attempts').select('score').where('id', '=', 'a1').executeTakeFirstOrThrow();
		expect(score).toBe(2 / 3);
	});

	it('says a duplicate key is one, whatever the engine', async () => {
		await createUser(t.db, 'twice@test');
		const error = await createUser(t.db, 'twice@test').catch((e: unknown) => e);
		expect(isUniqueViolation(error)).toBe(true);
		expect(isUniqueViolation(new Error('something else'))).toBe(false);
	});
});
