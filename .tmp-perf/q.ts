import { openDatabase } from '../src/lib/server/db';
import * as repo from '../src/lib/server/auth/repository';
import { reviewBadge } from '../src/lib/server/exercises/review-count';
const db = openDatabase(process.argv[2]);
const row = { id: 'abc' };
const user = await db.selectFrom('users').selectAll().where('email', '=', 'trainee01@demo.test').executeTakeFirstOrThrow();
const N = 5000;
for (const [name, fn] of [
	['sessionWithUser', () => repo.sessionWithUser(db, row!.id)],
	['compile only', async () => repo.sessionWithUserQuery?.(db, row!.id)],
	['reviewBadge', () => reviewBadge(db, { id: user.id, isAdmin: false, isManager: false, email: '', displayName: '', preferredLanguage: 'en' } as never)]
] as const) {
	for (let i = 0; i < 500; i++) await fn();
	const t = performance.now();
	for (let i = 0; i < N; i++) await fn();
	console.log(name, (((performance.now() - t) / N) * 1000).toFixed(1), 'µs');
}
const q = db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id').select(['sessions.id', 'users.email']).where('sessions.id', '=', row!.id);
let t = performance.now();
for (let i = 0; i < N; i++) q.compile();
console.log('compile prebuilt', (((performance.now() - t) / N) * 1000).toFixed(1), 'µs');
t = performance.now();
for (let i = 0; i < N; i++) db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id').select(['sessions.id', 'users.email']).where('sessions.id', '=', row!.id).compile();
console.log('build+compile', (((performance.now() - t) / N) * 1000).toFixed(1), 'µs');
