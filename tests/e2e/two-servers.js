// Two server processes on one database behind the round-robin proxy, for the browser journey on
// PostgreSQL (playwright.pg.config.ts): the proxy listens on PORT, the servers on PORT+1 and PORT+2.
// DATABASE_URL names an empty database (scripts/pg-test-cluster makes one). The first server
// migrates and seeds it; the second starts once the first listens, as a rolling start would.
import { spawn } from 'node:child_process';
import { startRoundRobin } from './round-robin.js';

const port = Number(process.env.PORT);
if (!port || !process.env.DATABASE_URL) throw new Error('tests/e2e/two-servers.js needs PORT and DATABASE_URL (playwright.pg.config.ts sets them)');

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
