// Two server processes on one database behind the round-robin proxy, for the browser journey on
// PostgreSQL (playwright.pg.config.ts): the proxy listens on PORT, the servers on PORT+1 and PORT+2.
// DATABASE_URL may name an empty database; without it a throw-away cluster is started
// (scripts/pg-cluster.js, stopped with this process). The first server migrates and seeds the
// database; the second starts once the first listens, as a rolling start would.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { startCluster } from '../../scripts/pg-cluster.js';
import { startRoundRobin } from './round-robin.js';

const port = Number(process.env.PORT);
if (!port) throw new Error('tests/e2e/two-servers.js needs PORT (playwright.pg.config.ts sets it)');
if (!process.env.DATABASE_URL) {
	const cluster = await startCluster();
	const admin = new pg.Client({ connectionString: cluster.url });
	await admin.connect();
	await admin.query('create database bootcamp_e2e');
	await admin.end();
	process.env.DATABASE_URL = cluster.url.replace(/\/postgres$/, '/bootcamp_e2e');
}

const children = [];
function startServer(serverPort) {
	const child = spawn(process.execPath, ['scripts/start.js'], { env: { ...process.env, PORT: String(serverPort) }, stdio: ['ignore', 'pipe', 'inherit'] });
	children.push(child);
	return new Promise((resolve, reject) => {
		let seen = '';
		child.stdout.on('data', (chunk) => {
			seen += chunk;
			if (/Listening on/.test(seen)) resolve(child);
		});
		child.on('exit', (code) => reject(new Error(`server on ${serverPort} exited (${code}) before listening:\n${seen}`)));
	});
}

const stop = () => {
	for (const child of children) child.kill();
	process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

try {
	await startServer(port + 1);
	await startServer(port + 2);
	await startRoundRobin(port, [port + 1, port + 2]);
	console.info(`Listening on ${port}: round-robin to ${port + 1} and ${port + 2}`);
} catch (error) {
	console.error(error);
	for (const child of children) child.kill();
	process.exit(1);
}
