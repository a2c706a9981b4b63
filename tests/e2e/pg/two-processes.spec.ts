import { accounts, expect, signInByRequest, test } from '../fixtures';

// Behind the round-robin proxy of playwright.pg.config.ts: one signed-in trainee's requests
// alternate between the two processes, and each knows the session the other made.
test('a trainee signed in on one process is signed in on the other, request after request', async ({ request, baseURL }) => {
	await signInByRequest(request, baseURL!, accounts.trainee);
	const servedBy = new Set<string>();
	let previous = '';
	for (let i = 0; i < 6; i++) {
		const response = await request.get('/courses/social-media-bootcamp/welcome', { maxRedirects: 0 });
		expect(response.status(), 'the module page, signed in').toBe(200);
		const server = response.headers()['x-served-by'];
		expect(server, 'consecutive requests go to the other process').not.toBe(previous);
		previous = server;
		servedBy.add(server);
	}
	expect(servedBy.size).toBe(2);
});
