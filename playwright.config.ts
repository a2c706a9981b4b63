import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;
// Debian's Chromium by default (Playwright cannot download browsers here); CHROMIUM_PATH=''
// picks Playwright's own browser on a machine that has it.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	// Only behind two processes on PostgreSQL: playwright.pg.config.ts runs them.
	testIgnore: ['**/pg/**'],
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	timeout: 60_000,
	expect: { timeout: 5_000 },
	use: {
		baseURL,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: executablePath || undefined,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: 'node tests/e2e/server.js',
		url: `${baseURL}/sign-in`,
		// Always a new server: the tests rely on a freshly seeded database.
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe',
		env: {
			PORT: String(port),
			ORIGIN: baseURL,
			DATABASE_PATH: join(tmpdir(), `bootcamp-e2e-${port}.db`),
			SEED_DEMO: 'true',
			// Serves tests/fixtures/courses and seeds a Fixture Cohort (trainee01–10) for them. Only a
			// build made by `npm run build:e2e` has them: on any other, the server stops saying so.
			FIXTURE_COURSES: 'true',
			// The tests set up the progress they need; the demo's story would only get in their way.
			DEMO_STORY: 'false',
			// Drill time runs 100× faster, so a 2-minute inject arrives in 1.2 s (tests/e2e/exercise-drill.spec.ts).
			DRILL_TIME_SCALE: '0.01',
			DEMO_PASSWORD: 'bootcamp-demo',
			// No automatic reminders: the tests count what the outbox holds (tests/e2e/reminders.spec.ts sends its own).
			NUDGE_POLL_MINUTES: '0',
			// Every answer says its database queries and hydration objects (tests/e2e/page-budgets.spec.ts).
			REQUEST_METRICS: 'true'
		}
	}
});
