// A real SMTP server on loopback (nodemailer's smtp-server) that keeps every message it accepts,
// parsed by mailparser, for the integration and browser tests. It can refuse the next messages
// with a temporary error, as a mail server that is down or overloaded would.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	to: string;
	from: string;
	subject: string;
	text: string;
	html: string;
	messageId: string;
	language: string | null;
}

export interface TestSmtpServer {
	/** smtp://127.0.0.1:<port>, for SMTP_URL. */
	url: string;
	received: ReceivedMail[];
	/** Refuses the next `count` messages with "451 try again later". */
	failNext(count: number): void;
	/** The first message received (or already there) that `match` accepts. */
	waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
	close(): Promise<void>;
}

export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
	const received: ReceivedMail[] = [];
	const waiting = new Set<() => unknown>();
	let failures = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, _session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', async () => {
				if (failures > 0) {
					failures--;
					return callback(Object.assign(new Error('Mail server busy, try again later'), { responseCode: 451 }));
				}
				const parsed = await simpleParser(Buffer.concat(chunks));
				const html = typeof parsed.html === 'string' ? parsed.html : '';
				received.push({
					to: Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? ''),
					from: parsed.from?.text ?? '',
					subject: parsed.subject ?? '',
					text: parsed.text ?? '',
					html,
					messageId: parsed.messageId ?? '',
					language: /<html lang="([a-z-]+)"/i.exec(html)?.[1] ?? null
				});
				callback();
				for (const wake of waiting) wake();
			});
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	const address = server.server.address() as AddressInfo;
	return {
		url: `smtp://127.0.0.1:${address.port}`,
		received,
		failNext(count) {
			failures = count;
		},
		waitFor(match, timeoutMs = 10_000) {
			return new Promise((resolve, reject) => {
				const check = () => {
					const mail = received.find(match);
					if (!mail) return false;
					waiting.delete(check);
					clearTimeout(timer);
					resolve(mail);
					return true;
				};
				const timer = setTimeout(() => {
					waiting.delete(check);
					reject(new Error(`no matching email within ${timeoutMs} ms (received ${received.length})`));
				}, timeoutMs);
				if (!check()) waiting.add(check);
			});
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
