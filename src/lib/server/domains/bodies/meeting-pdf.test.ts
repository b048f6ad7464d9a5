import { describe, expect, it } from 'vitest';
import { pdfContent, pdfPages } from '$tests/pdf-text';
import { attendanceSheetPdf, minutesPdf } from './meeting-pdf';

describe('meeting PDFs', () => {
	const m = {
		networkName: 'Netzwerk Frühe Hilfen Beispielstadt',
		bodyName: 'AG',
		title: 'Sitzung',
		startsAt: new Date('2026-05-01T13:00:00Z'),
		endsAt: new Date('2026-05-01T15:00:00Z'),
		place: 'Rathaus',
		onlineUrl: '',
		agenda: 'Begrüßung',
		minutes: 'Anwesend: 2 Personen aus 1 Organisation.\n\nBeschluss: Flyer'
	};
	const LOGO = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
		'base64'
	);
	const demo = {
		networkName: 'Netzwerk Frühe Hilfen Beispielstadt',
		colour: '#123456',
		logo: { data: LOGO, type: 'image/png' },
		note: 'Beispieldaten: Alle Personen, Organisationen, Adressen und Nummern auf dieser Seite sind erfunden.'
	};
	const longName =
		'Jugendamt Herten – Allgemeiner Sozialer Dienst, Fachbereich Frühe Hilfen und Familienbildung (Beispiel)';

	it('wraps long organisation names on the sign-in sheet and repeats the column titles on every page', async () => {
		const people = Array.from({ length: 40 }, (_, i) => ({
			name: `Person ${i}`,
			organisationName: i === 3 || i === 30 ? longName : 'Kita Beispiel',
			answer: i % 2 ? 'yes' : null
		}));
		const pages = pdfPages(await attendanceSheetPdf(m, people, demo));
		expect(pages.length).toBeGreaterThan(1); // 40 people need a second page
		expect(pages[0]).toContain(longName);
		expect(pages.join(' ')).not.toContain('…');
		expect(pages.join(' ').split(longName)).toHaveLength(3);
		for (const page of pages) expect(page).toContain('Name Organisation Zusage Unterschrift');
		for (const page of pages) expect(page).toContain('Netzwerk Frühe Hilfen Beispielstadt Beispieldaten');
	});

	it('carries the network name, logo and brand colour, and the sample-data note only for demo networks', async () => {
		const minutes = await minutesPdf(
			m,
			[{ title: 'Flyer', owner: 'Koordination', dueDate: '2026-06-01', status: 'open' }],
			demo
		);
		const [page] = pdfPages(minutes);
		expect(page).toContain('Netzwerk Frühe Hilfen Beispielstadt Beispieldaten: Alle Personen');
		expect(page).toContain('Anwesend: 2 Personen aus 1 Organisation.');
		expect(minutes.toString('latin1')).toContain('/Subtype /Image');
		expect(pdfContent(minutes)).toMatch(/0\.0705\d* 0\.2039\d* 0\.3372\d* SCN/); // #123456 (18, 52, 86) as the stroke colour of the rule
		const real = pdfPages(await minutesPdf(m, [], { ...demo, logo: null, note: null }))[0]!;
		expect(real).toContain('Netzwerk Frühe Hilfen Beispielstadt');
		expect(real).not.toContain('Beispieldaten');
	});
});
