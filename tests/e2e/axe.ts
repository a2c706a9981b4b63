import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Scans the page with axe for WCAG 2.1 A and AA (and skipped heading levels) and fails with one line per broken rule and
 * the elements that break it. axe runs inside the page, so a page opened with JavaScript
 * disabled (`javaScriptEnabled: false`) is scanned through a copy of its markup instead.
 */
export async function expectNoA11yViolations(
	page: Page,
	{ javaScriptEnabled = true, exclude }: { javaScriptEnabled?: boolean; exclude?: string } = {}
): Promise<void> {
	if (javaScriptEnabled) await expectTextCompressed(page);
	const violations = javaScriptEnabled ? await scan(page, exclude) : await scanCopyOf(page);
	const report = violations.map((v) => {
		const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
		return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
	});
	expect(report, `accessibility violations on ${page.url()}:\n${report.join('\n')}`).toEqual([]);
}

/** Formats already compressed, which Lighthouse's text-compression audit leaves aside too. */
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|pdf|zip)(\?|$)/i;

/**
 * Lighthouse's "Enable text compression" audit, on the page's own resources as the browser
 * received them (Resource Timing): the document and every text resource over 1,400 bytes must
 * have come compressed (fewer bytes on the wire than decoded). Runs with every scan above.
 */
export async function expectTextCompressed(page: Page): Promise<void> {
	const origin = new URL(page.url()).origin;
	const entries = await page.evaluate(() =>
		[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
			const timing = e as PerformanceResourceTiming;
			return { name: timing.name, encoded: timing.encodedBodySize, decoded: timing.decodedBodySize };
		})
	);
	const uncompressed = entries
		.filter((e) => e.name.startsWith(origin) && !BINARY.test(e.name) && e.decoded >= 1400 && e.encoded >= e.decoded)
		.map((e) => `${e.name} (${e.decoded} bytes)`);
	expect(uncompressed, `sent without compression on ${page.url()}`).toEqual([]);
}

/**
 * WCAG 2.1 A and AA, plus axe's best-practice `heading-order` (off under the WCAG tags): a page
 * whose headings skip a level (an h4 right after an h2) fails too.
 */
async function scan(page: Page, exclude?: string) {
	const builder = new AxeBuilder({ page }).options({ rules: { 'heading-order': { enabled: true } } }).withTags(WCAG_21_AA);
	// An excluded frame is not entered: a sandboxed frame without scripts would make axe wait forever.
	if (exclude) builder.exclude(exclude);
	return (await builder.analyze()).violations;
}

/**
 * Without JavaScript the DOM is exactly what the server sent: serve that markup (minus its
 * scripts, so nothing hydrates) at the same address in a scriptable page, with the real styles.
 */
async function scanCopyOf(page: Page) {
	const url = page.url();
	const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
	const context = await page.context().browser()!.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
	try {
		const copy = await context.newPage();
		await copy.route(
			(address) => address.href === url,
			(route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
		);
		await copy.goto(url);
		return await scan(copy);
	} finally {
		await context.close();
	}
}
