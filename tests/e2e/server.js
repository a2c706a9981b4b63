// Starts the built server on a database of its own, deleted first so every run begins from
// the freshly seeded demo (sign-in limits, imported people and cohorts do not carry over).
import { rmSync } from 'node:fs';

const path = process.env.DATABASE_PATH;
if (!path) throw new Error('tests/e2e/server.js needs DATABASE_PATH (playwright.config.ts sets it)');
for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });

await import('../../scripts/start.js');
