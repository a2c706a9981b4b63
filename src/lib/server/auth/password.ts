import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

// Verifying against this when the email is unknown keeps the answer's timing
// the same, so the sign-in form never reveals whether an account exists.
const decoyHash = hash('decoy password that matches nothing', options);

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
	try {
		const matches = await verify(storedHash ?? (await decoyHash), password);
		return matches && storedHash !== null;
	} catch {
		return false;
	}
}
