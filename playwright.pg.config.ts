import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import base from './playwright.config';

// The browser journey once more, on PostgreSQL with two server processes behind a round-robin
// proxy (tests/e2e/two-servers.js), so one trainee's consecutive requests land on different
// processes; tests/e2e/pg/ checks that they do. Port: E2E_PG_PORT (default E2E_PORT + 30), the
// servers on the next two.
const port = Number(process.env.E2E_PG_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 30);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
	...base,
	testMatch: ['**/bootcamp-journey.spec.ts', '**/pg/*.spec.ts'],
	testIgnore: [],
	// One test at a time: the pg spec checks that one trainee's consecutive requests alternate
	// processes, which holds only while nothing else goes through the proxy.
	workers: 1,
	use: { ...base.use, baseURL },
	webServer: {
		...base.webServer,
		command: 'node tests/e2e/two-servers.js',
		// SIGTERM, not Playwright's default SIGKILL: the launcher then stops its PostgreSQL cluster and
		// deletes its folder (a killed launcher left the cluster running after the tests).
		gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
		url: `${baseURL}/sign-in`,
		timeout: 120_000,
		env: {
			...(Array.isArray(base.webServer) ? {} : base.webServer?.env),
			PORT: String(port),
			ORIGIN: baseURL,
			// Both processes sign with one key, as every deployment of several must.
			ISSUER_KEY_PATH: join(mkdtempSync(join(tmpdir(), 'bootcamp-e2e-pg-')), 'issuer-key.json'),
			DATABASE_PATH: ''
		}
	}
});
