import fs from 'node:fs';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export type PrintFormat = 'A4' | 'A5';

/** Whether the print path (headless Chromium) is there. */
export function canPrintHtml(): boolean {
	return fs.existsSync(CHROMIUM);
}

/**
 * A self-contained print page (no external requests: inline SVG, system fonts) as a PDF,
 * laid out by headless Chromium, which shapes Arabic and Persian and orders mixed
 * right-to-left text by the Unicode bidi algorithm (ADR 0024). The page is loaded
 * offline: every request it would make is refused.
 */
export function htmlToPdf(html: string, format: PrintFormat, header = ''): Promise<Buffer> {
	// One browser at a time per process (~150 MB each): a burst of Merkliste PDFs waits in line
	// instead of starting a Chromium per request.
	const run = queue.then(() => renderPdf(html, format, header));
	queue = run.then(
		() => undefined,
		() => undefined
	);
	return run;
}

let queue: Promise<void> = Promise.resolve();

async function renderPdf(html: string, format: PrintFormat, header: string): Promise<Buffer> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
		await context.route('**/*', (route) => route.abort());
		const page = await context.newPage();
		await page.setContent(html, { waitUntil: 'load' });
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({
			format,
			printBackground: true,
			margin: { top: header ? '22mm' : '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
			displayHeaderFooter: Boolean(header),
			headerTemplate: header || '<span></span>',
			footerTemplate:
				'<div style="font-size:7pt;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
			tagged: true,
			outline: false
		});
		return Buffer.from(pdf);
	} finally {
		await browser.close();
	}
}
