// A load balancer in a few lines: each request goes to the next server in turn, whatever
// connection it came on, so one person's consecutive requests land on different processes. Each
// answer says which one served it (x-served-by: the server's port), for the tests to check.
import http from 'node:http';

/** Listens on `port` and forwards to `targets` (ports on 127.0.0.1) in turn; resolves to the server. */
export function startRoundRobin(port, targets) {
	// A new connection per request: a kept-alive one that the server closes (its keep-alive timeout)
	// just as the next request is written fails that request, and a POST must not be sent twice.
	const agent = new http.Agent({ keepAlive: false });
	let next = 0;
	const server = http.createServer((request, response) => {
		const target = targets[next++ % targets.length];
		const upstream = http.request({ host: '127.0.0.1', port: target, method: request.method, path: request.url, headers: request.headers, agent }, (answer) => {
			response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': String(target) });
			answer.pipe(response);
		});
		upstream.on('error', (error) => {
			if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
			response.end(`round-robin: server ${target} failed: ${error.message}`);
		});
		request.pipe(upstream);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}
