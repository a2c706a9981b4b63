// npm run test:pg [-- vitest arguments]: the integration tests again, on PostgreSQL.
//
// Starts a throw-away PostgreSQL cluster (scripts/pg-cluster.js: Debian's postgresql, installed
// with apt-get when missing and running as root; initdb into a temporary folder; a loopback port
// in PG_PORTS, default 55400-55420), runs `vitest run tests/integration` with TEST_DATABASE_URL
// pointing at it (each test file gets its own database, tests/integration/db.ts), then stops the
// cluster and deletes its folder, whatever the outcome.
import { spawnSync } from 'node:child_process';
import { startCluster } from './pg-cluster.js';

const started = Date.now();
let cluster;
try {
	cluster = await startCluster();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
console.log(`PostgreSQL ready on port ${cluster.port} (${((Date.now() - started) / 1000).toFixed(1)} s); running the integration tests on it.`);
const args = process.argv.slice(2);
// Each query is a round trip to another process where SQLite's is a function call: the tests that
// seed the 53-account demo take several times longer, so they get more time than the default 20 s (on a machine shared with other work, seeding took up to a minute).
const result = spawnSync('npx', ['vitest', 'run', '--testTimeout=120000', ...(args.length ? args : ['tests/integration'])], {
	stdio: 'inherit',
	env: { ...process.env, TEST_DATABASE_URL: cluster.url }
});
cluster.stop();
console.log(`test:pg took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
process.exit(result.status ?? 1);
