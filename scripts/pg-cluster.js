// A throw-away PostgreSQL cluster for tests and checks: initdb into a temporary folder, started on
// a free loopback port, stopped and deleted afterwards (also on failure, Ctrl-C or SIGTERM).
//
// Binaries: PG_BINDIR, else the newest /usr/lib/postgresql/<version>/bin (Debian's layout), else
// initdb on the PATH. Missing: installed with apt-get (Debian's `postgresql`) when running as
// root, otherwise the script stops with the command to run. The server refuses to run as root:
// as root the cluster belongs to the `postgres` user (which Debian's package creates) and its
// commands run through runuser. Port: PG_PORT, else the first free one in PG_PORTS (55400-55420).
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

function executable(file) {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function fail(lines) {
	throw new Error(['', ...lines, ''].join('\n'));
}

function findBinDir() {
	if (process.env.PG_BINDIR) return executable(join(process.env.PG_BINDIR, 'initdb')) ? process.env.PG_BINDIR : null;
	const root = '/usr/lib/postgresql';
	if (existsSync(root)) {
		const versions = readdirSync(root)
			.filter((v) => executable(join(root, v, 'bin', 'initdb')))
			.sort((a, b) => Number(b) - Number(a));
		if (versions.length) return join(root, versions[0], 'bin');
	}
	const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
	return which.status === 0 ? join(which.stdout.trim(), '..') : null;
}

/** The directory of initdb, pg_ctl and postgres, installing Debian's postgresql when root may. */
export function postgresBinaries() {
	let dir = findBinDir();
	if (dir) return dir;
	if (!isRoot || !executable('/usr/bin/apt-get'))
		fail([
			'The PostgreSQL tests need PostgreSQL (initdb, pg_ctl), which is missing. Install it with:',
			'',
			'    sudo apt-get install -y postgresql',
			'',
			'or set PG_BINDIR to the folder of its initdb and pg_ctl.'
		]);
	console.log("Installing Debian's postgresql for the PostgreSQL tests (about a minute)…");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', 'postgresql']
	]) {
		if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0)
			fail(['Installing postgresql failed (see above): run `apt-get install -y postgresql`.']);
	}
	dir = findBinDir();
	if (!dir) fail(['postgresql was installed but no initdb was found; set PG_BINDIR.']);
	return dir;
}

const portFree = (port) =>
	new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});

async function freePort() {
	if (process.env.PG_PORT) return Number(process.env.PG_PORT);
	const [low, high] = (process.env.PG_PORTS ?? '55400-55420').split('-').map(Number);
	for (let port = low; port <= (high || low); port++) if (await portFree(port)) return port;
	fail([`No free port for PostgreSQL in ${low}-${high} (set PG_PORTS=low-high or PG_PORT).`]);
}

function runAs(bin, command, args, options = {}) {
	const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
	const result = spawnSync(file, argv, { encoding: 'utf8', ...options });
	if (result.status !== 0) fail([`${command} ${args.join(' ')} failed:`, result.stdout ?? '', result.stderr ?? '']);
	return result;
}

/**
 * Starts a new cluster; resolves to { url, port, dir, stop }. `url` reaches the `postgres`
 * database as the `postgres` superuser (trust authentication, loopback only). stop() is also run
 * when the process exits or is interrupted.
 */
export async function startCluster({ quiet = true } = {}) {
	const bin = postgresBinaries();
	const dir = mkdtempSync(join(tmpdir(), 'bootcamp-pg-'));
	chmodSync(dir, 0o700);
	if (isRoot) spawnSync('chown', ['postgres:postgres', dir]);
	let stopped = false;
	const stop = () => {
		if (stopped) return;
		stopped = true;
		spawnSync(
			isRoot ? 'runuser' : join(bin, 'pg_ctl'),
			[...(isRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl')] : []), '-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop'],
			{
				stdio: 'ignore'
			}
		);
		rmSync(dir, { recursive: true, force: true });
	};
	process.once('exit', stop);
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.once(signal, () => {
			stop();
			process.exit(130);
		});
	}
	try {
		runAs(bin, 'initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
		const port = await freePort();
		// Durability is pointless for a cluster deleted afterwards: no fsync makes it several times faster.
		const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
		runAs(bin, 'pg_ctl', ['-D', join(dir, 'data'), '-o', options, '-l', join(dir, 'server.log'), '-w', 'start'], quiet ? {} : { stdio: 'inherit' });
		return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dir, stop };
	} catch (error) {
		stop();
		throw error;
	}
}
