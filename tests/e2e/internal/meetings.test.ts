import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';
import { linkIn, type ReceivedMail } from '../../support/smtp';

/** The .ics attachment of a mail, read with an independent iCalendar parser (ical.js). */
function calendarOf(mail: ReceivedMail) {
	const attachment = mail.parsed.attachments.find((a) => a.filename?.endsWith('.ics'));
	expect(attachment, 'an .ics attachment').toBeDefined();
	const component = new ICAL.Component(ICAL.parse(attachment!.content.toString('utf-8')));
	const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
	return {
		method: component.getFirstPropertyValue('method'),
		uid: event.uid,
		sequence: event.sequence,
		start: event.startDate.toJSDate(),
		end: event.endDate.toJSDate(),
		summary: event.summary,
		description: event.description
	};
}

const INVITEE = 'anna.beispiel.0@example.org'; // demo contact of the Jugendamt (Wilhelmshaven)

describe('bodies and meetings', () => {
	const h = e2eHarness({ smtp: true });

	it('invites a body to a meeting with an .ics file, records an RSVP, mails an update with a higher SEQUENCE and a cancellation', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.wilhelmshaven@example.org');
		await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Gremien' }).click();
		await page.waitForURL(/\/intern\/gremien$/);
		await s.checkA11y();
		await page.getByRole('link', { name: 'Neues Gremium' }).click();
		await page.waitForURL(/\/intern\/gremien\/neu$/);
		await s.checkA11y();
		await page.getByLabel('Name', { exact: false }).first().fill('Fachgremium Kinderschutz');
		await page.getByLabel('Art', { exact: true }).selectOption('fachgremium');
		await page
			.getByLabel('Zweck')
			.fill('Abstimmung zwischen Gesundheit, Jugendhilfe, Justiz, Polizei, Schule und Wirtschaft.');
		await page
			.getByRole('group', { name: 'Mitglieder (Organisationen)' })
			.getByRole('checkbox', { name: /Jugendamt/ })
			.first()
			.check();
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.waitForURL(/\/intern\/gremien\/[0-9a-f-]{36}\?gespeichert=1$/);
		await s.checkA11y();

		await page.getByRole('link', { name: 'Neue Sitzung' }).click();
		await page.waitForURL(/\/sitzungen\/neu$/);
		await s.checkA11y();
		const day = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
		await page.getByLabel('Titel', { exact: false }).fill('Erste Sitzung');
		await page.getByLabel('Datum', { exact: false }).fill(day);
		await page.getByLabel('Beginn (Uhrzeit)', { exact: false }).fill('18:00');
		await page.getByLabel('Ende (Uhrzeit)', { exact: false }).fill('17:00');
		await page.getByLabel('Ort', { exact: true }).fill('Rathaus, Raum 12');
		await page.getByLabel('TOP 1', { exact: true }).fill('Begrüßung');
		await page.getByLabel('Verantwortlich für TOP 1', { exact: true }).fill('Koordination');
		await page.getByLabel('Minuten für TOP 1', { exact: true }).fill('10');
		await page.getByLabel('TOP 2', { exact: true }).fill('Fallbesprechung (anonym)');
		await page.getByLabel('Verantwortlich für TOP 2', { exact: true }).fill('ASD');
		await page.getByLabel('Minuten für TOP 2', { exact: true }).fill('45 Min');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('alert').textContent()).toContain('Das Ende muss nach dem Beginn liegen.');
		expect(await page.getByRole('alert').textContent()).toContain('Bitte die Dauer in ganzen Minuten angeben');
		expect(await page.getByLabel('TOP 2', { exact: true }).inputValue()).toBe('Fallbesprechung (anonym)'); // nothing typed is lost
		await page.getByLabel('Ende (Uhrzeit)', { exact: false }).fill('20:00');
		await page.getByLabel('Minuten für TOP 2', { exact: true }).fill('45');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.waitForURL(/\/sitzungen\/[0-9a-f-]{36}\?gespeichert=1/);
		await s.checkA11y();
		const meetingUrl = page.url().split('?')[0]!;
		const agendaShown = await page.locator('.agenda').textContent();
		expect(agendaShown).toContain('18:00 Begrüßung (Koordination, 10 Min.)');
		expect(agendaShown).toContain('18:10 Fallbesprechung (anonym) (ASD, 45 Min.)');

		await page.getByRole('button', { name: 'Einladungen verschicken' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toMatch(/\d+ Einladungen verschickt/);

		const invitation = await h.smtp.waitFor(INVITEE, /^Einladung: Fachgremium Kinderschutz/);
		const ics = calendarOf(invitation);
		expect(ics.method).toBe('REQUEST');
		expect(ics.sequence).toBe(0);
		expect(ics.start.toLocaleString('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' })).toBe(
			'18:00'
		);
		expect(ics.summary).toBe('Fachgremium Kinderschutz: Erste Sitzung');
		expect(ics.description).toContain('Begrüßung – Koordination – 10 Min.\nFallbesprechung (anonym) – ASD – 45 Min.');

		// The personal link answers without login.
		const rsvp = await openSession(h.browser);
		const link = linkIn(invitation.text, '/antwort/');
		await rsvp.visit(link);
		await rsvp.page.getByRole('button', { name: 'Ich komme', exact: true }).click();
		await rsvp.page.getByRole('status').waitFor();
		await rsvp.checkA11y();
		expect(await rsvp.page.getByRole('status').textContent()).toContain('Ich komme');
		await rsvp.visit(link.replace('/antwort/wilhelmshaven/', '/antwort/herten/'));
		expect(await rsvp.page.getByRole('alert').textContent()).toContain('anderen Netzwerk');
		await rsvp.visit(`${h.server.url}/antwort/wilhelmshaven/gefaelscht-gefaelscht-gefaelscht`);
		expect(await rsvp.page.getByRole('alert').textContent()).toContain('ungültig');

		// The coordinator's open page shows the answer without reloading.
		await page.getByText(/Zusagen: 1\b/).waitFor({ timeout: 25_000 });
		expect(await page.getByRole('row', { name: /Anna Beispiel/ }).textContent()).toContain('Ich komme');
		await s.visit(meetingUrl);
		expect(await page.getByRole('main').textContent()).toContain('Zusagen: 1');

		// A new time: every invitee gets an update with a higher SEQUENCE and the same UID.
		await page.getByLabel('Beginn (Uhrzeit)', { exact: false }).fill('17:30');
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		await page.waitForURL(/aktualisiert=\d+/);
		await s.checkA11y();
		const update = await h.smtp.waitFor(INVITEE, /^Geändert: /);
		const updated = calendarOf(update);
		expect(updated.uid).toBe(ics.uid);
		expect(updated.sequence).toBeGreaterThan(ics.sequence);
		expect(
			updated.start.toLocaleString('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' })
		).toBe('17:30');
		// Each mail carries its own personal link (only hashes are stored); the invitation's link keeps working.
		const updateLink = linkIn(update.text, '/antwort/');
		expect(updateLink).not.toBe(link);
		for (const l of [updateLink, link]) {
			await rsvp.visit(l);
			expect(await rsvp.page.getByRole('main').textContent()).toContain('Ihre bisherige Antwort: Ich komme.');
		}

		await page.getByRole('button', { name: 'Sitzung absagen' }).click();
		await page.getByRole('heading', { level: 1, name: /Abgesagt/ }).waitFor();
		await s.checkA11y();
		const cancel = calendarOf(await h.smtp.waitFor(INVITEE, /^Abgesagt: /));
		expect(cancel.method).toBe('CANCEL');
		expect(cancel.uid).toBe(ics.uid);
		expect(cancel.sequence).toBeGreaterThan(updated.sequence);
		for (const x of [s, rsvp]) {
			x.assertAllChecked();
			await x.close();
		}
	});

	it("writes minutes with a task that appears on the agenda of the body's next meeting", async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.wilhelmshaven@example.org');
		await s.visit(`${h.server.url}/intern/gremien`);
		await page.getByRole('link', { name: 'Fachgremium Frühe Hilfen' }).click();
		await page.waitForURL(/\/intern\/gremien\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		await page.getByRole('link', { name: /Sitzung im Frühjahr/ }).click();
		await page.waitForURL(/\/sitzungen\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		await page
			.getByLabel('Protokoll (Ergebnisse und Beschlüsse)')
			.fill('Beschluss: Ein gemeinsamer Flyer für Geburtskliniken wird erstellt.');
		await page.getByLabel('Aufgabe 1', { exact: true }).fill('Flyer-Entwurf an alle Mitglieder schicken');
		await page.getByLabel('Verantwortlich 1').fill('Koordination');
		await page.getByLabel('Fällig am 1').fill(new Date(Date.now() + 20 * 86_400_000).toLocaleDateString('sv-SE'));
		await page.getByRole('button', { name: 'Protokoll speichern' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toContain('1 Aufgabe angelegt');
		for (const name of ['Protokoll (PDF)', 'Anwesenheitsliste (PDF)']) {
			const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
			const stream = await download.createReadStream();
			const chunks: Buffer[] = [];
			for await (const c of stream) chunks.push(c as Buffer);
			expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
		}
		await page.getByRole('button', { name: 'Protokoll an die Mitglieder des Gremiums senden' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toMatch(/Protokoll an \d+ Person/);
		const minutesMail = await h.smtp.waitFor(INVITEE, /^Protokoll: Fachgremium Frühe Hilfen/);
		expect(minutesMail.text).toContain('Beschluss: Ein gemeinsamer Flyer');
		expect(minutesMail.parsed.attachments.map((a) => a.filename)).toEqual(['protokoll.pdf']);

		await page.getByRole('link', { name: 'Fachgremium Frühe Hilfen' }).click();
		await page.waitForURL(/\/intern\/gremien\/[0-9a-f-]{36}$/);
		await page.getByRole('link', { name: /Sitzung im Herbst/ }).click();
		await page.waitForURL(/\/sitzungen\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		const agenda = await page.locator('.agenda').textContent();
		expect(agenda).toContain('Offene Aufgaben aus früheren Sitzungen');
		expect(agenda).toContain('Flyer-Entwurf an alle Mitglieder schicken (Koordination');

		// The task list of all bodies: done here, it leaves the open list.
		await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Aufgaben' }).click();
		await page.waitForURL(/\/intern\/aufgaben$/);
		await s.checkA11y();
		const row = page.getByRole('row', { name: /Flyer-Entwurf an alle Mitglieder schicken/ });
		expect(await row.textContent()).toContain('Fachgremium Frühe Hilfen: Sitzung im Frühjahr');
		await row.getByRole('button', { name: /Als erledigt markieren/ }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('row', { name: /Flyer-Entwurf an alle Mitglieder schicken/ }).count()).toBe(0);
		await page.getByLabel('Stand').selectOption('done');
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await page.waitForURL(/status=done/);
		await s.checkA11y();
		expect(await page.getByRole('row', { name: /Flyer-Entwurf an alle Mitglieder schicken/ }).count()).toBe(1);
		s.assertAllChecked();
		await s.close();
	});

	it('sends a circular to one category and it reaches exactly that category; the opt-out link works', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.wilhelmshaven@example.org');
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Rundschreiben' })
			.click();
		await page.waitForURL(/\/intern\/rundschreiben$/);
		await s.checkA11y();
		await page.getByRole('button', { name: 'Senden' }).click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('alert').textContent()).toContain('Betreff');
		await page.getByLabel('Betreff', { exact: false }).fill('Neue Ansprechpartnerin bei der Polizei');
		await page
			.getByLabel('Text', { exact: false })
			.fill('Liebe Kolleginnen und Kollegen, ab Januar ist die Präventionsstelle neu besetzt.');
		await page.getByRole('group', { name: 'Partnerkategorie nach § 3 KKG' }).getByLabel('Polizei').check();
		await page.getByRole('button', { name: 'Empfänger anzeigen' }).click();
		await page.getByRole('heading', { name: /Empfänger/ }).waitFor();
		await s.checkA11y();
		const preview = await page.locator('.recipients li').allTextContents();
		expect(preview.length).toBeGreaterThan(0);
		const expected = preview.map((line) => line.split(' – ').pop()!.trim()).sort();
		await page.getByRole('button', { name: 'Senden' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toContain(`an ${expected.length} Person`);
		const mail = await h.smtp.waitFor(expected[0]!, /^Neue Ansprechpartnerin bei der Polizei/);
		await new Promise((r) => setTimeout(r, 1500));
		const received = h.smtp.mails
			.filter((m) => m.subject.startsWith('Neue Ansprechpartnerin bei der Polizei'))
			.flatMap((m) => m.to)
			.sort();
		expect(received).toEqual(expected);

		const optOut = await openSession(h.browser);
		await optOut.visit(linkIn(mail.text, '/abbestellen/'));
		await optOut.page.getByRole('button', { name: 'Abbestellen' }).click();
		await optOut.page.getByRole('status').waitFor();
		await optOut.checkA11y();
		await s.visit(`${h.server.url}/intern/rundschreiben`);
		await page.getByRole('group', { name: 'Partnerkategorie nach § 3 KKG' }).getByLabel('Polizei').check();
		await page.getByRole('button', { name: 'Empfänger anzeigen' }).click();
		await page.getByRole('heading', { name: /Empfänger|Niemand/ }).waitFor();
		expect(await page.locator('.recipients').textContent()).not.toContain(expected[0]!);
		for (const x of [s, optOut]) {
			x.assertAllChecked();
			await x.close();
		}
	});
});
