import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { linkIn, type ReceivedMail } from '../../support/smtp';

const COURSE_DE = 'Babymassage-Kurs für Eltern mit Babys bis 6 Monate';
const COURSE_TR = 'Bebek masajı kursu (6 aya kadar bebekler)';
const QUESTION = 'Wie alt ist Ihr Baby (in Wochen)?';
const PARENT = 'ayse.beispiel@example.org';
const WAITING = 'jonas.beispiel@example.org';

/** The VEVENTs of an iCalendar text, read with an independent parser (ical.js). */
function vevents(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return {
		method: calendar.getFirstPropertyValue('method'),
		events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
	};
}
const icsOf = (mail: ReceivedMail) => {
	const attachment = mail.parsed.attachments.find((a) => a.filename?.endsWith('.ics'));
	expect(attachment, 'an .ics attachment').toBeDefined();
	return attachment!.content.toString('utf-8');
};
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('events in the portal: find, register without an account and without JavaScript, cancel by the personal link', () => {
	const h = e2eHarness({ smtp: true });

	it('a parent finds a Babymassage course in Turkish, registers, gets the mail with .ics, cancels by the link; the next on the waiting list moves up', async () => {
		// A phone, JavaScript off: the whole way works with plain forms.
		const parent = await openSession(h.browser, { withoutScripts: true, viewport: { width: 360, height: 740 } });
		const page = parent.page;
		await parent.visit(`${h.server.url}/herten/tr/angebote?q=Babymassage`);
		// One search box finds both: the offers first, then the dated courses ("Termine").
		const dates = page.getByRole('region', { name: 'Aramanıza uygun etkinlikler' });
		await dates.getByRole('link', { name: COURSE_TR }).click();
		await page.waitForURL(/\/herten\/tr\/veranstaltungen\/[0-9a-f-]{36}$/);
		await parent.checkA11y();
		const eventUrl = page.url();
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(COURSE_TR);
		expect(await page.locator('.glance').textContent()).toContain('1 yer boş');
		const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
		expect(jsonLd).toMatchObject({
			'@type': 'Event',
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
			offers: { price: '40.00', priceCurrency: 'EUR' }
		});
		// The organisers' question stays German, marked as such on the Turkish page.
		expect(await page.getByText(QUESTION, { exact: true }).getAttribute('lang')).toBe('de');

		// A bad submission: no e-mail, the required question unanswered. Messages in Turkish, input kept.
		await page.getByLabel('Adınız ve soyadınız', { exact: false }).fill('Ayşe Beispiel');
		await page.getByLabel('Kabul ediyorum.').check();
		await page.getByRole('button', { name: 'Kesin olarak kaydol' }).click();
		await page.getByRole('alert').waitFor();
		await parent.checkA11y();
		const summary = await page.getByRole('alert').textContent();
		expect(summary).toContain('Lütfen girdiğiniz bilgileri kontrol edin');
		expect(summary).toContain('Lütfen e-posta adresinizi yazın.');
		expect(summary).toContain(`${QUESTION}: Lütfen bu soruyu yanıtlayın.`);
		expect(await page.getByLabel('Adınız ve soyadınız', { exact: false }).inputValue()).toBe('Ayşe Beispiel');
		expect(await page.getByLabel('Kabul ediyorum.').isChecked()).toBe(true);

		await page.getByLabel('E-posta adresi', { exact: false }).fill(PARENT);
		await page.getByLabel(QUESTION, { exact: false }).fill('10');
		await page.getByRole('button', { name: 'Kesin olarak kaydol' }).click();
		await page.waitForURL(/\?anmeldung=angemeldet#antwort$/);
		await parent.checkA11y();
		expect(await page.getByRole('status').textContent()).toContain('Kaydınız yapıldı.');

		// The confirmation, in Turkish, with one calendar entry per session and the personal link.
		const confirmation = await h.smtp.waitFor(PARENT, /^Kayıt onaylandı: Bebek masajı kursu/);
		expect(confirmation.text).toContain('Merhaba Ayşe Beispiel,');
		const ics = vevents(icsOf(confirmation));
		expect(ics.method).toBe('PUBLISH');
		expect(ics.events).toHaveLength(4);
		expect(new Set(ics.events.map((e) => e.uid)).size).toBe(4);
		expect(ics.events[0]!.summary).toBe(`${COURSE_TR} (1/4)`);
		expect(
			ics.events[0]!.startDate.toJSDate().toLocaleTimeString('de-DE', {
				timeZone: 'Europe/Berlin',
				hour: '2-digit',
				minute: '2-digit'
			})
		).toBe('10:00');
		const link = linkIn(confirmation.text, '/anmeldung/herten/');

		// Someone else, on a wide screen in German, now lands on the waiting list.
		const other = await openSession(h.browser, { withoutScripts: true, viewport: { width: 1280, height: 900 } });
		await other.visit(eventUrl.replace('/herten/tr/', '/herten/'));
		expect(await other.page.locator('.glance').textContent()).toContain('Ausgebucht – Warteliste');
		await other.page.getByLabel('Vor- und Nachname', { exact: false }).fill('Jonas Beispiel');
		await other.page.getByLabel('E-Mail-Adresse', { exact: false }).fill(WAITING);
		await other.page.getByLabel(QUESTION, { exact: false }).fill('14');
		await other.page.getByLabel('Ich bin einverstanden.').check();
		await other.page.getByRole('button', { name: 'Auf die Warteliste setzen' }).click();
		await other.page.waitForURL(/\?anmeldung=warteliste&platz=1#antwort$/);
		await other.checkA11y();
		expect(await other.page.getByRole('status').textContent()).toContain('Sie stehen auf Platz 1 der Warteliste.');
		await h.smtp.waitFor(WAITING, /^Warteliste: Babymassage-Kurs/);

		// A bot fills in the hidden field: nothing is stored, the next person is still second on the list.
		await other.visit(eventUrl.replace('/herten/tr/', '/herten/'));
		await other.page.getByLabel('Vor- und Nachname', { exact: false }).fill('Spam Bot');
		await other.page.getByLabel('E-Mail-Adresse', { exact: false }).fill('bot@example.org');
		await other.page.getByLabel(QUESTION, { exact: false }).fill('1');
		await other.page.getByLabel('Ich bin einverstanden.').check();
		await other.page
			.locator('#field-website')
			.evaluate((el) => ((el as HTMLInputElement).value = 'https://spam.example'));
		await other.page.getByRole('button', { name: 'Auf die Warteliste setzen' }).click();
		await other.page.getByRole('alert').waitFor();
		await other.checkA11y();
		expect(await other.page.getByRole('alert').textContent()).toContain(
			'Ihre Anmeldung konnte nicht angenommen werden.'
		);
		await other.page.getByLabel('E-Mail-Adresse', { exact: false }).fill('greta.beispiel@example.org');
		await other.page.getByLabel('Vor- und Nachname', { exact: false }).fill('Greta Beispiel');
		await other.page.locator('#field-website').evaluate((el) => ((el as HTMLInputElement).value = ''));
		await other.page.getByRole('button', { name: 'Auf die Warteliste setzen' }).click();
		await other.page.waitForURL(/\?anmeldung=warteliste&platz=2#antwort$/);
		await other.checkA11y();
		expect(h.smtp.mails.some((m) => m.to.includes('bot@example.org'))).toBe(false);

		// The personal link, in the language of the registration: the registration, then the cancellation.
		await parent.visit(link);
		expect(await page.locator('html').getAttribute('lang')).toBe('de');
		expect(await page.locator('main [lang="tr"]').first().textContent()).toContain('Kaydınız');
		expect(await page.getByRole('main').textContent()).toContain('Kaydınız yapıldı.');
		expect(await page.getByRole('main').textContent()).toContain(COURSE_TR);
		await page.getByRole('button', { name: 'Kaydımı kesin olarak iptal et' }).click();
		await page.getByRole('status').waitFor();
		await parent.checkA11y();
		expect(await page.getByRole('status').textContent()).toContain('Kaydınız iptal edildi.');
		expect(await page.getByRole('button', { name: 'Kaydımı kesin olarak iptal et' }).count()).toBe(0);
		const cancelled = await h.smtp.waitFor(PARENT, /^Kayıt iptali onaylandı/);
		expect(vevents(icsOf(cancelled)).method).toBe('CANCEL');

		// The first on the waiting list has the seat now, and a mail with the calendar entries.
		const promoted = await h.smtp.waitFor(WAITING, /^Sie haben einen Platz: Babymassage-Kurs/);
		expect(promoted.subject).toContain(COURSE_DE);
		expect(vevents(icsOf(promoted)).events).toHaveLength(4);
		await other.visit(linkIn(promoted.text, '/anmeldung/herten/'));
		expect(await other.page.getByRole('main').textContent()).toContain('Sie sind angemeldet.');

		// A forged link explains itself.
		await other.visit(`${h.server.url}/anmeldung/herten/${'x'.repeat(43)}`);
		expect(await other.page.getByRole('alert').textContent()).toContain('Dieser Link ist ungültig.');
		parent.assertAllChecked();
		other.assertAllChecked();
		await parent.close();
		await other.close();
	});

	it('lists family events and professionals’ trainings (filters without JavaScript) and links them from the home page', async () => {
		for (const width of [360, 1280]) {
			const s = await openSession(h.browser, { withoutScripts: true, viewport: { width, height: 800 } });
			await s.visit(`${h.server.url}/wilhelmshaven`);
			await s.page.getByRole('link', { name: 'Fortbildungen für Fachkräfte' }).click();
			await s.page.waitForURL(/\/wilhelmshaven\/fortbildungen$/);
			await s.checkA11y();
			expect(await sideways(s.page)).toBeLessThanOrEqual(0);
			const list = s.page.getByRole('region', { name: /Termine? gefunden/ });
			expect(await list.textContent()).toContain('Frühe Hilfen im Sozialraum');
			expect(await list.textContent()).toContain('Ausgebucht – Warteliste');
			// Members-only and drafts are not shown to visitors.
			expect(await list.textContent()).not.toContain('Netzwerktreffen der Mitglieder');
			await s.page.getByRole('link', { name: 'Frühe Hilfen im Sozialraum' }).click();
			await s.page.waitForURL(/\/wilhelmshaven\/veranstaltungen\/[0-9a-f-]{36}$/);
			await s.checkA11y();
			expect(await s.page.getByRole('main').textContent()).toContain('6 Unterrichtseinheiten');
			expect(await s.page.getByLabel('Einrichtung oder Organisation (freiwillig)').count()).toBe(1);
			expect(await s.page.getByLabel('Anzahl der Personen').count()).toBe(0);

			await s.visit(`${h.server.url}/wilhelmshaven/ar/veranstaltungen`);
			expect(await s.page.locator('html').getAttribute('dir')).toBe('rtl');
			expect(await sideways(s.page)).toBeLessThanOrEqual(0);
			await s.page.getByLabel('المرحلة العمرية').selectOption('schwangerschaft');
			await s.page.getByRole('button', { name: 'عرض' }).click();
			await s.page.waitForURL(/lebensphase=schwangerschaft/);
			await s.checkA11y();
			const found = await s.page.getByRole('region', { name: /العثور/ }).textContent();
			expect(found).toContain('Geburtsvorbereitungskurs für Paare');
			expect(found).not.toContain('Babymassage');
			s.assertAllChecked();
			await s.close();
		}
	});

	it('publishes the network’s public events as an iCal feed: one VEVENT per session, stable UIDs', async () => {
		const res = await fetch(`${h.server.url}/herten/veranstaltungen.ics`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		const text = await res.text();
		const { events } = vevents(text);
		const course = events.filter((e) => e.summary.startsWith('Geburtsvorbereitungskurs für Paare'));
		expect(course.map((e) => e.summary)).toEqual(
			[1, 2, 3, 4, 5, 6].map((i) => `Geburtsvorbereitungskurs für Paare (${i}/6)`)
		);
		expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
		expect(events.map((e) => e.summary)).not.toContain('Netzwerktreffen der Mitglieder: Jahresplanung');
		const again = vevents(await (await fetch(`${h.server.url}/herten/veranstaltungen.ics`)).text());
		expect(again.events.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort());
	});
});
