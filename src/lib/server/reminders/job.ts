// The periodic pass of the server process: automatic nudges, then managers' digests. Several
// processes may run it at once: the database's weekly keys decide who writes each email.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { serverConfig } from '../config';
import { runDigests, runNudges } from './service';

export interface ReminderJob {
	stop(): Promise<void>;
}

/** One pass at `now`: nudges, then digests; returns how many of each were queued. */
export async function remindersPass(db: Kysely<DB>, now = Date.now()): Promise<{ nudges: number; digests: number }> {
	const nudges = await runNudges(db, now);
	const digests = await runDigests(db, now);
	return { nudges, digests };
}

/**
 * Runs a pass now and then every NUDGE_POLL_MINUTES (default 60) until stopped; NUDGE_POLL_MINUTES=0
 * runs nothing. A failed pass is logged once and the next one runs as planned.
 */
export function startReminderJob(db: Kysely<DB>, env?: Record<string, string | undefined>, clock: () => number = Date.now): ReminderJob | null {
	const pollMs = serverConfig(env).nudgePollMs;
	if (pollMs === null) return null;
	let timer: ReturnType<typeof setTimeout> | null = null;
	let running: Promise<unknown> | null = null;
	let stopped = false;
	const pass = async () => {
		timer = null;
		running = remindersPass(db, clock()).catch((error) => console.error('Bootcamp: the reminders pass failed:', error));
		await running;
		running = null;
		if (!stopped) timer = setTimeout(pass, pollMs);
	};
	void pass();
	return {
		async stop() {
			stopped = true;
			if (timer) clearTimeout(timer);
			await running;
		}
	};
}
