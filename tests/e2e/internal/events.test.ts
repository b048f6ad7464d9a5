import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';
import { pdfPages } from '../../support/pdf-text';
import type { ReceivedMail } from '../../support/smtp';

const COORDINATOR = 'koordination.wilhelmshaven@example.org';
const PEOPLE = [
	{ name: 'Paula Beispiel', email: 'paula.beispiel@example.org', organisation: 'Kita Regenbogen (Beispiel)' },
	{ name: 'Quirin Muster', email: 'quirin.muster@example.org', organisation: 'Jugendamt (Beispiel)' },
	{ name: 'Rosa Übermaß-Lüdenscheidt', email: 'rosa.uebermass@example.org', organisation: 'Hebammenpraxis (Beispiel)' }
];

/** A day this many days ahead, as the date field takes it (Berlin calendar). */
const dayAhead = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/** Clicks a download link and returns the file's bytes. */
async function download(page: Page, name: string | RegExp): Promise<Buffer> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
	const chunks: Buffer[] = [];
	for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
	return Buffer.concat(chunks);
}

function calendarOf(mail: ReceivedMail) {
	const attachment = mail.parsed.attachments.find((a) => a.filename?.endsWith('.ics'));
	expect(attachment, 'an .ics attachment').toBeDefined();
	const component = new ICAL.Component(ICAL.parse(attachment!.content.toString('utf-8')));
	return {
		method: component.getFirstPropertyValue('method'),
		events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
	};
}

describe('events for the coordination', () => {
	const h = e2eHarness({ smtp: true });

	it('creates an event with two sessions, publishes it, fills it by hand, raises the capacity, exports the lists and cancels it', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, COORDINATOR);
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Veranstaltungen' })
			.click();
		await page.waitForURL(/\/intern\/veranstaltungen$/);
		await s.checkA11y();
		await page.getByRole('link', { name: 'Neue Veranstaltung' }).click();
		await page.waitForURL(/\/intern\/veranstaltungen\/neu$/);
		await s.checkA11y();

		// A first try with mistakes: the summary names them, nothing typed is lost.
		const first = dayAhead(30);
		const second = dayAhead(31);
		await page.getByLabel('Art', { exact: true }).selectOption('fortbildung');
		await page.getByLabel('Titel', { exact: false }).fill('Kinderschutz nach § 8a – Grundlagen (Beispiel)');
		await page.getByLabel('Kurzbeschreibung').fill('Zwei Vormittage für Fachkräfte aus Kita und Beratung.');
		await page.getByLabel('Datum (Termin 1)').fill(first);
		await page.getByLabel('Beginn (Termin 1)').fill('18:00');
		await page.getByLabel('Ende (Termin 1)').fill('17:00');
		await page.getByLabel('Ort (Termin 1)').fill('Rathaus Wilhelmshaven, Raum 12 (Beispiel)');
		await page.getByLabel('Datum (Termin 2)').fill(second);
		await page.getByLabel('Beginn (Termin 2)').fill('09:00');
		await page.getByLabel('Ende (Termin 2)').fill('12:00');
		await page.getByLabel('Link zur Online-Teilnahme (Termin 2)').fill('https://video.example.org/kinderschutz');
		await page.getByLabel(/^Plätze/).fill('0');
		await page.getByLabel('Text der Frage 1').fill('Aus welchem Arbeitsfeld kommen Sie?');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		const summary = await page.getByRole('alert').textContent();
		expect(summary).toContain('Ende (Termin 1): Das Ende muss nach dem Beginn liegen.');
		expect(summary).toContain('Plätze: Bitte geben Sie die Zahl der Plätze als ganze Zahl ab 1 ein.');
		expect(await page.getByLabel('Titel', { exact: false }).inputValue()).toBe(
			'Kinderschutz nach § 8a – Grundlagen (Beispiel)'
		);
		expect(await page.getByLabel('Datum (Termin 2)').inputValue()).toBe(second);
		expect(await page.getByLabel('Text der Frage 1').inputValue()).toBe('Aus welchem Arbeitsfeld kommen Sie?');

		// More session rows without JavaScript: the form comes back with what was typed and empty rows.
		await page.getByRole('button', { name: 'Weitere Termine hinzufügen' }).click();
		await page.getByLabel('Datum (Termin 5)').waitFor();
		await s.checkA11y();
		expect(await page.getByLabel('Ort (Termin 1)').inputValue()).toBe('Rathaus Wilhelmshaven, Raum 12 (Beispiel)');

		await page.getByLabel('Ende (Termin 1)').fill('20:00');
		await page.getByLabel(/^Plätze/).fill('2');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.waitForURL(/\/intern\/veranstaltungen\/[0-9a-f-]{36}\?gespeichert=1$/);
		await s.checkA11y();
		const eventUrl = page.url().split('?')[0]!;
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('(Entwurf)');
		expect(await page.getByRole('main').textContent()).toContain('0 von 2 Plätzen belegt');

		await page.getByRole('button', { name: 'Veröffentlichen' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('(veröffentlicht)');

		// Added by hand until full: the third one lands on the waiting list.
		await page.getByRole('link', { name: 'Teilnehmende', exact: true }).click();
		await page.waitForURL(/\/teilnehmende$/);
		await s.checkA11y();
		for (const p of PEOPLE) {
			await page.getByLabel(/^Name/).fill(p.name);
			await page.getByLabel('E-Mail', { exact: true }).fill(p.email);
			await page.getByLabel('Organisation', { exact: true }).fill(p.organisation);
			await page.getByRole('button', { name: 'Hinzufügen' }).click();
			await page.getByRole('status').filter({ hasText: p.name }).waitFor();
		}
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toContain(
			'Rosa Übermaß-Lüdenscheidt steht auf Platz 1 der Warteliste.'
		);
		expect(await page.getByRole('row', { name: /Rosa Übermaß/ }).textContent()).toContain('Platz 1 der Warteliste');
		expect(await page.getByRole('main').textContent()).toContain('2 von 2 Plätzen belegt');

		// One more seat: the first on the waiting list moves up in the same save and is mailed.
		await s.visit(eventUrl);
		await page.getByLabel(/^Plätze/).fill('3');
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		await page.waitForURL(/nachgerueckt=1/);
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toContain('1 Person ist von der Warteliste nachgerückt');
		const promoted = await h.smtp.waitFor(PEOPLE[2]!.email, /^Sie haben einen Platz: Kinderschutz nach § 8a/);
		expect(promoted.text).toContain('/anmeldung/wilhelmshaven/');

		// The lists: XLSX opens with everyone in it, the sign-in PDF of the first session names the seated.
		await page.getByRole('link', { name: 'Teilnehmende', exact: true }).click();
		await page.waitForURL(/\/teilnehmende$/);
		await s.checkA11y();
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await download(page, 'Teilnehmendenliste (XLSX)')) as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0]!;
		const names = sheet.getColumn(4).values.slice(2);
		expect(names).toEqual(PEOPLE.map((p) => p.name));
		expect((sheet.getRow(1).values as unknown[]).slice(1)).toContain('Aus welchem Arbeitsfeld kommen Sie?');
		const pdf = pdfPages(await download(page, /^Unterschriftenliste Termin 1/)).join(' ');
		expect(pdf).toContain('Unterschriftenliste');
		expect(pdf).toContain('Kinderschutz nach § 8a – Grundlagen (Beispiel)');
		for (const p of PEOPLE) expect(pdf.replace(/\s/g, '')).toContain(p.name.replace(/\s/g, ''));

		// Cancelling asks for the tick first, then mails everyone the calendar's CANCEL.
		await s.visit(eventUrl);
		await page.getByRole('button', { name: 'Veranstaltung absagen' }).click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('alert').textContent()).toContain('Bitte bestätigen Sie die Absage');
		await page.getByLabel('Ja, absagen und alle benachrichtigen').check();
		await page.getByRole('button', { name: 'Veranstaltung absagen' }).click();
		await page.getByRole('heading', { level: 1, name: /abgesagt/ }).waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toContain('3 Personen erhalten eine Absage.');
		for (const p of PEOPLE) {
			const mail = await h.smtp.waitFor(p.email, /^Abgesagt: Kinderschutz nach § 8a/);
			const calendar = calendarOf(mail);
			expect(calendar.method).toBe('CANCEL');
			expect(calendar.events).toHaveLength(2);
			expect(calendar.events.every((e) => e.sequence >= 1)).toBe(true);
		}

		// The list on a phone: no sideways scrolling; the cancelled event is in its section.
		await page.setViewportSize({ width: 360, height: 640 });
		await s.visit(`${h.server.url}/intern/veranstaltungen`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		expect(await page.locator('#abgesagt').textContent()).toContain('Kinderschutz nach § 8a – Grundlagen (Beispiel)');
		s.assertAllChecked();
		await s.close();
	});

	it("a provider's family event waits for review, goes back with a comment by mail, and is published by the coordination", async () => {
		const provider = await openSession(h.browser);
		await logInAs(provider, h.server.url, 'anbieter.mettmann@example.org');
		const p = provider.page;
		await p.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Veranstaltungen' }).click();
		await p.waitForURL(/\/intern\/veranstaltungen$/);
		await provider.checkA11y();
		await p.getByRole('link', { name: 'Neue Veranstaltung' }).click();
		await p.waitForURL(/\/neu$/);
		await provider.checkA11y();
		expect(await p.getByLabel('Zielgruppe').count()).toBe(0); // providers make family events of their own organisation
		expect(await p.getByRole('main').textContent()).toContain('Veranstalter: Familienzentrum Sonnenblume (Beispiel)');
		await p.getByLabel('Art', { exact: true }).selectOption('kurs');
		await p.getByLabel('Titel', { exact: false }).fill('Babymassage am Vormittag (Beispiel)');
		await p
			.getByRole('group', { name: /Lebensphasen/ })
			.getByLabel('Baby (0–1 Jahr)')
			.check();
		await p.getByLabel('Datum (Termin 1)').fill(dayAhead(20));
		await p.getByLabel('Beginn (Termin 1)').fill('10:00');
		await p.getByLabel('Ende (Termin 1)').fill('11:00');
		await p.getByLabel('Ort (Termin 1)').fill('Familienzentrum Sonnenblume, Bewegungsraum');
		await p.getByLabel(/^Plätze/).fill('8');
		await p.getByRole('button', { name: 'Speichern' }).click();
		await p.waitForURL(/\/intern\/veranstaltungen\/[0-9a-f-]{36}\?gespeichert=1$/);
		await provider.checkA11y();
		const eventPath = new URL(p.url()).pathname;
		expect(await p.getByRole('status').textContent()).toContain('wartet auf die Prüfung');
		expect(await p.getByRole('button', { name: 'Veröffentlichen' }).count()).toBe(0);

		const coordinator = await openSession(h.browser);
		await logInAs(coordinator, h.server.url, 'koordination.mettmann@example.org');
		const c = coordinator.page;
		expect(await c.getByRole('main').textContent()).toContain('1 Veranstaltung wartet auf Prüfung.');
		await c.getByRole('link', { name: '1 Veranstaltung wartet auf Prüfung.' }).click();
		await c.waitForURL(/\/intern\/veranstaltungen#pruefung$/);
		await coordinator.checkA11y();
		await c.locator('#pruefung').getByRole('link', { name: 'Babymassage am Vormittag (Beispiel)' }).click();
		await c.waitForURL(/\/intern\/veranstaltungen\/[0-9a-f-]{36}$/);
		await coordinator.checkA11y();
		await c.getByRole('button', { name: 'Mit Hinweis zurückgeben' }).click();
		await c.getByRole('alert').waitFor();
		await coordinator.checkA11y();
		await c.getByLabel('Hinweis an den Anbieter').fill('Bitte geben Sie an, was die Eltern mitbringen sollen.');
		await c.getByRole('button', { name: 'Mit Hinweis zurückgeben' }).click();
		await c.getByRole('status').waitFor();
		await coordinator.checkA11y();
		const returned = await h.smtp.waitFor('anbieter.mettmann@example.org', /^Veranstaltung zurückgegeben/);
		expect(returned.text).toContain('Bitte geben Sie an, was die Eltern mitbringen sollen.');

		await provider.visit(`${h.server.url}${eventPath}`);
		expect(await p.getByRole('note').textContent()).toContain('was die Eltern mitbringen sollen');
		await p.getByLabel('Ausführliche Beschreibung').fill('Bitte ein Handtuch und ein Öl ohne Duftstoffe mitbringen.');
		await p.getByRole('button', { name: 'Speichern', exact: true }).click();
		await p.waitForURL(/gespeichert=1/);
		await provider.checkA11y();

		await coordinator.visit(`${h.server.url}${eventPath}`);
		await c.getByRole('button', { name: 'Veröffentlichen' }).click();
		await c.getByRole('status').waitFor();
		await coordinator.checkA11y();
		expect(await c.getByRole('heading', { level: 1 }).textContent()).toContain('(veröffentlicht)');
		await h.smtp.waitFor('anbieter.mettmann@example.org', /^Veranstaltung veröffentlicht/);
		for (const x of [provider, coordinator]) {
			x.assertAllChecked();
			await x.close();
		}
	});
});
