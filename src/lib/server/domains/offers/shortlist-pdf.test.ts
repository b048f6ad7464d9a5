import { describe, expect, it } from 'vitest';
import { createTranslator } from '$lib/i18n';
import { pdfPages } from '$tests/pdf-text';
import { shortlistPdf } from './shortlist-pdf';
import type { ShortlistOffer } from './list-shortlist';

const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India'];
const offer = (name: string, i: number): ShortlistOffer => ({
	id: `00000000-0000-4000-8000-00000000000${i}`,
	title: `Elternkurs ${name}`,
	summary: `Ein Kurs für Eltern mit Babys im ersten Lebensjahr. ${'Wir sprechen über Schlaf, Essen, Weinen und Spielen, und Sie lernen andere Eltern aus dem Stadtteil kennen. '.repeat(3 + (i % 3))}`,
	translations: {},
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

describe('Merkliste PDF', () => {
	it('keeps each entry on one page and carries the network name and the demo note on every page', async () => {
		const offers = NAMES.map(offer);
		const pdf = await shortlistPdf({
			brand: {
				networkName: 'Netzwerk Frühe Hilfen Beispielstadt',
				colour: '#1d5c8f',
				logo: null,
				note: 'Beispieldaten: Alle Personen, Organisationen, Adressen und Nummern auf dieser Seite sind erfunden.'
			},
			offers,
			t: createTranslator('de'),
			locale: 'de',
			offerUrl: url
		});
		const pages = pdfPages(pdf);
		expect(pages.length).toBeGreaterThan(1);
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
});
