// Makes sure the browser the tests drive is there before `npm test` spends minutes on the rest,
// so `npm install && npm test` works on a fresh machine (README, Quick start).
//
// CHROMIUM_PATH (default /usr/bin/chromium, Debian's package) is the browser playwright.config.ts
// launches; empty means Playwright's own browser, which this script leaves to Playwright.
// Missing Debian Chromium: installed with apt-get when running as root (CI machines), otherwise
// the script stops at once with the command to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const DEBIAN_PATH = '/usr/bin/chromium';
const path = process.env.CHROMIUM_PATH ?? DEBIAN_PATH;

function executable(file) {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function stop(lines) {
	console.error(['', ...lines, ''].join('\n'));
	process.exit(1);
}

function run(command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	return result.status === 0;
}

if (path === '' || executable(path)) process.exit(0);

const other = "or set CHROMIUM_PATH to a Chromium you have (CHROMIUM_PATH='' uses Playwright's own browser).";
if (path !== DEBIAN_PATH)
	stop([`The browser tests need Chromium at CHROMIUM_PATH=${path}, which is not an executable file.`, `Install Chromium there, ${other}`]);

const hasApt = executable('/usr/bin/apt-get');
const isRoot = process.getuid?.() === 0;
if (!hasApt) stop([`The browser tests need Chromium at ${DEBIAN_PATH}, which is missing.`, `Install Chromium, ${other}`]);
if (!isRoot)
	stop([
		`The browser tests need Debian's Chromium at ${DEBIAN_PATH}, which is missing. Install it with:`,
		'',
		'    sudo apt-get install -y chromium',
		'',
		other
	]);

console.log("Installing Debian's Chromium for the browser tests (about 30 s)…");
if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', 'chromium']) || !executable(DEBIAN_PATH)) {
	stop([`Installing Chromium failed (see above). Install it with \`apt-get install -y chromium\`, ${other}`]);
}
