import { describe, expect, it } from 'vitest';
import { attemptOutcome } from './repository';

describe('quiz attempt details', () => {
	it('reads the score and whether the attempt passed', () => {
		expect(attemptOutcome('{"score":80,"passed":true,"attempt":2}')).toEqual({ score: 80, passed: true });
		expect(attemptOutcome('{"score":0,"passed":false}')).toEqual({ score: 0, passed: false });
	});

	it('reads anything missing, out of range or malformed as unknown', () => {
		expect(attemptOutcome('{}')).toEqual({ score: null, passed: null });
		expect(attemptOutcome('{"score":140,"passed":"no"}')).toEqual({ score: null, passed: null });
		expect(attemptOutcome('not json')).toEqual({ score: null, passed: null });
		expect(attemptOutcome('null')).toEqual({ score: null, passed: null });
	});
});
