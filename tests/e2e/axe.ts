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
	const violations = javaScriptEnabled ? await scan(page, exclude) : await scanCopyOf(page);
	const report = violations.map((v) => {
		const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
		return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
	});
	expect(report, `accessibility violations on ${page.url()}:\n${report.join('\n')}`).toEqual([]);
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
