import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createTranslator } from '$lib/i18n';
import { pdfPages } from '$tests/pdf-text';
import { NATIONWIDE_HELP_NUMBERS } from '$lib/server/domains/tenancy/help-numbers';
import { canPrintHtml } from '$lib/server/pdf/html-pdf';
import { shortlistPdf } from './shortlist-pdf';
import type { ShortlistOffer } from './list-shortlist';

const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India'];
const offer = (name: string, i: number): ShortlistOffer => ({
	id: `00000000-0000-4000-8000-00000000000${i}`,
	title: `Elternkurs ${name}`,
	summary: `Ein Kurs für Eltern mit Babys im ersten Lebensjahr. ${'Wir sprechen über Schlaf, Essen, Weinen und Spielen, und Sie lernen andere Eltern aus dem Stadtteil kennen. '.repeat(3 + (i % 3))}`,
	translations: i === 0 ? { ar: { title: 'دورة للوالدين مع الرضع', summary: 'نتحدث عن النوم والطعام.' } } : {},
	offerType: 'kurs',
	costFree: i % 2 === 0,
	costText: i % 2 === 0 ? '' : '20 € für fünf Termine',
	contactPhone: '0221 4710 001',
	contactEmail: 'kurs@example.org',
	schedule: { weekly: [{ day: 2, opens: '09:00', closes: '11:00' }] },
	provider: 'Familienzentrum Beispiel',
	locations: [
		{
			offerId: `00000000-0000-4000-8000-00000000000${i}`,
			street: 'Musterweg 1',
			postcode: '45699',
			city: 'Beispielstadt',
			district: 'Mitte'
		}
	]
});
const url = (id: string) => `https://portal.example.org/beispiel/angebote/${id}`;
const brand = {
	networkName: 'Netzwerk Frühe Hilfen Beispielstadt',
	colour: '#1d5c8f',
	logo: null,
	note: 'Beispieldaten: Alle Personen, Organisationen, Adressen und Nummern auf dieser Seite sind erfunden.'
};
const helpNumbers = [{ label: 'Familienbüro Beispielstadt', number: '030 23125 900' }, ...NATIONWIDE_HELP_NUMBERS];

/**
 * pdftotext's reading order (it orders right-to-left lines logically), bidi control marks
 * removed. Poppler writes a lam-alef ligature's two letters the wrong way round ("األ" for
 * "الأ", also in PDFs from other producers): put back in order so the text compares.
 */
const logicalText = (pdf: Buffer) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
		.toString('utf8')
		.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
		.replace(/\s+/g, ' ')
		.replace(/ا([أإآ])ل/g, 'ال$1');

describe.runIf(canPrintHtml())('Merkliste PDF', () => {
	it('has the help numbers, keeps each entry on one page and carries the network name and the demo note on every page', async () => {
		const offers = NAMES.map(offer);
		const pdf = await shortlistPdf({
			brand,
			offers,
			helpNumbers,
			t: createTranslator('de'),
			locale: 'de',
			offerUrl: url
		});
		const pages = pdfPages(pdf);
		expect(pages.length).toBeGreaterThan(1);
		expect(pages[0]).toContain('Hilfe und Notfall');
		expect(pages[0]).toContain('030 23125 900');
		expect(pages[0]).toContain('0800 111 0 550');
		for (const o of offers) {
			const titlePage = pages.findIndex((p) => p.includes(o.title));
			expect(titlePage, o.title).toBeGreaterThanOrEqual(0);
			// The last line is the link to the offer page (pdftotext may break it at a slash; the id ends it).
			expect(
				pages.findIndex((p) => p.includes(o.id)),
				`${o.title}: last line on the same page`
			).toBe(titlePage);
		}
		for (const page of pages) expect(page).toContain('Netzwerk Frühe Hilfen Beispielstadt Beispieldaten');
	});

	it('prints an Arabic list right to left, shaped and in logical order, German text marked as such', async () => {
		const pdf = await shortlistPdf({
			brand,
			offers: NAMES.slice(0, 2).map(offer),
			helpNumbers,
			t: createTranslator('ar'),
			locale: 'ar',
			offerUrl: url
		});
		const text = logicalText(pdf);
		expect(text).toContain('قائمة');
		expect(text).toContain('دورة للوالدين مع الرضع');
		expect(text).toContain('Elternkurs Bravo');
		expect(text).toContain('Elternkurs Bravo بالألمانية فقط');
		expect(text).toContain('116 016');
	});
});
