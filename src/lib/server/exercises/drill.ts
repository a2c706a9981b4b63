import { serverConfig } from '../config';
import type { Inject } from './scenario';

const MINUTE = 60_000;

/**
 * How fast drill time runs: DRILL_TIME_SCALE=0.01 makes a 2-minute inject arrive in 1.2 s (for
 * the browser tests). Read when a run starts and stored with it, so a run keeps its schedule.
 */
export function drillTimeScale(env?: Record<string, string | undefined>): number {
	return serverConfig(env).drillTimeScale;
}

export interface Run {
	startedAt: number;
	timeScale: number;
}

export const deliveredAt = (run: Run, inject: Pick<Inject, 'atMinutes'>) => run.startedAt + Math.round(inject.atMinutes * MINUTE * run.timeScale);
export const standardMs = (run: Run, inject: Pick<Inject, 'serviceStandardMinutes'>) => Math.round(inject.serviceStandardMinutes * MINUTE * run.timeScale);

/** Which injects have arrived at `now`, how many are still to come, and when the next one lands. */
export function schedule<T extends Pick<Inject, 'atMinutes'>>(run: Run, injects: T[], now: number) {
	const delivered = injects.filter((inject) => deliveredAt(run, inject) <= now);
	const next = injects.find((inject) => deliveredAt(run, inject) > now);
	return {
		delivered,
		upcoming: injects.length - delivered.length,
		nextInMs: next ? deliveredAt(run, next) - now : null
	};
}

/** A response time in drill minutes: with a compressed clock, 1.2 s at 0.01 reads as 2 minutes. */
export const drillMinutes = (ms: number, timeScale: number) => ms / timeScale / MINUTE;
