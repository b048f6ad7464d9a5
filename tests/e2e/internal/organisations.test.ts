import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';
import { linkIn } from '../../support/smtp';

describe('organisations and the public network page', () => {
	const h = e2eHarness({ smtp: true });

	it('records a new member with category and dated status, and lists it on the public network page', async () => {
		const visitor = await openSession(h.browser);
		await visitor.visit(`${h.server.url}/sonneberg/netzwerk`);
		expect(await visitor.page.getByRole('heading', { level: 2, name: 'Jugendamt / ASD' }).count()).toBe(1);
		expect(await visitor.page.getByRole('main').textContent()).not.toContain('Suchtberatung'); // "ruhend": not listed

		const s = await openSession(h.browser);
		await logInAs(s, h.server.url, 'koordination.sonneberg@example.org');
		await s.page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Organisationen' })
			.click();
		await s.page.waitForURL(/\/intern\/organisationen$/);
		await s.checkA11y();
		await s.page.getByRole('link', { name: 'Neue Organisation' }).click();
		await s.page.waitForURL(/\/intern\/organisationen\/neu$/);
		await s.checkA11y();
		await s.page.getByLabel('Name der Organisation', { exact: false }).fill('Kita Regenbogen (Beispiel)');
		await s.page.getByLabel('Mitgliedschaft').selectOption('mitglied');
		await s.page.getByRole('button', { name: 'Speichern' }).click();
		await s.page.getByRole('alert').waitFor();
		await s.checkA11y();
		const alert = await s.page.getByRole('alert').textContent();
		expect(alert).toContain('Eine Organisation mit diesem Namen gibt es in diesem Netzwerk schon.');

		await s.page.getByLabel('Name der Organisation', { exact: false }).fill('Waldkindergarten Eichhörnchen (Beispiel)');
		await s.page.getByLabel('Partnerkategorie nach § 3 KKG').selectOption({ label: 'Kitas und Kindertagespflege' });
		await s.page.getByLabel('E-Mail').fill('kita-at-example.org');
		await s.page.getByRole('button', { name: 'Speichern' }).click();
		await s.page.getByRole('alert').waitFor();
		const second = await s.page.getByRole('alert').textContent();
		expect(second).toContain('E-Mail');
		expect(await s.page.getByLabel('Partnerkategorie nach § 3 KKG').inputValue()).not.toBe('');
		await s.page.getByLabel('Gültig ab').fill('2026-09-01');
		await s.page.getByLabel('E-Mail').fill('wald@example.org');
		await s.page.getByLabel('Darf auf der öffentlichen Netzwerkseite genannt werden').check();
		await s.page.getByRole('button', { name: 'Speichern' }).click();
		await s.page.waitForURL(/\/intern\/organisationen\/[0-9a-f-]{36}\?gespeichert=1$/);
		await s.checkA11y();
		expect(await s.page.getByRole('row', { name: /01\.09\.2026/ }).textContent()).toContain('Mitglied');

		// A contact: public visibility needs a recorded consent.
		await s.page.getByRole('link', { name: 'Ansprechperson hinzufügen' }).click();
		await s.page.waitForURL(/\/kontakte\/neu$/);
		await s.checkA11y();
		await s.page.getByLabel('Name', { exact: false }).first().fill('Erika Waldmeister');
		await s.page.getByLabel('Funktion').fill('Leitung');
		await s.page.getByLabel('Wer darf die Angaben sehen?').selectOption('public');
		await s.page.getByRole('button', { name: 'Speichern' }).click();
		await s.page.getByRole('alert').waitFor();
		await s.checkA11y();
		expect(await s.page.getByRole('alert').textContent()).toContain('braucht es eine Einwilligung');
		expect(await s.page.getByLabel('Name', { exact: false }).first().inputValue()).toBe('Erika Waldmeister');
		await s.page.getByLabel('Eingewilligt am').fill('2026-09-01');
		await s.page.getByLabel('Wie eingewilligt').selectOption('schriftlich');
		await s.page.getByRole('button', { name: 'Speichern' }).click();
		await s.page.waitForURL(/\/intern\/organisationen\/[0-9a-f-]{36}\?gespeichert=1/);
		await s.checkA11y();
		expect(await s.page.getByRole('main').textContent()).toContain('Erika Waldmeister');

		// The member directory (every role in the network) and its export for the coordination.
		await s.visit(`${h.server.url}/intern/verzeichnis?q=Waldkindergarten`);
		expect(
			await s.page.getByRole('heading', { level: 2, name: 'Waldkindergarten Eichhörnchen (Beispiel)' }).count()
		).toBe(1);
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('link', { name: 'Als Excel-Datei herunterladen (XLSX)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^mitgliederverzeichnis-sonneberg-\d{4}-\d{2}-\d{2}\.xlsx$/);

		await visitor.visit(`${h.server.url}/sonneberg/netzwerk`);
		expect(await visitor.page.getByRole('main').textContent()).toContain('Erika Waldmeister, Leitung');
		const kitas = visitor.page.locator('section', {
			has: visitor.page.getByRole('heading', { name: 'Kitas und Kindertagespflege' })
		});
		expect(await kitas.textContent()).toContain('Waldkindergarten Eichhörnchen (Beispiel)');
		await visitor.visit(`${h.server.url}/sonneberg/en/netzwerk`);
		expect(await visitor.page.getByRole('heading', { level: 1 }).textContent()).toBe('Who works in the network');
		for (const x of [visitor, s]) {
			x.assertAllChecked();
			await x.close();
		}
	});

	it('invites a contact to an account as network member: the mail arrives, the password is set, the directory opens', async () => {
		const s = await openSession(h.browser);
		await logInAs(s, h.server.url, 'koordination.sonneberg@example.org');
		await s.visit(`${h.server.url}/intern/organisationen?q=Kita+Regenbogen`);
		await s.page.getByRole('link', { name: 'Kita Regenbogen (Beispiel)' }).first().click();
		await s.page.waitForURL(/\/intern\/organisationen\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		await s.page.getByRole('link', { name: 'Paul Platzhalter' }).click();
		await s.page.waitForURL(/\/kontakte\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		expect(await s.page.getByRole('region', { name: 'Zugang zum internen Bereich' }).textContent()).toContain(
			'noch keinen Zugang'
		);
		await s.page.getByRole('radio', { name: /Netzwerkmitglied/ }).check();
		await s.page.getByRole('button', { name: 'Einladung senden' }).click();
		await s.page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await s.page.getByRole('region', { name: 'Zugang zum internen Bereich' }).textContent()).toContain(
			'Eingeladen als Netzwerkmitglied'
		);

		const mail = await h.smtp.waitFor('paul.platzhalter.9@example.org', /Einladung/);
		const person = await openSession(h.browser);
		await person.visit(linkIn(mail.text, '/einladung/'));
		await person.page.getByLabel('Neues Passwort', { exact: false }).first().fill('Pauls sicheres Passwort');
		await person.page.getByLabel('Neues Passwort wiederholen').fill('Pauls sicheres Passwort');
		await person.page.getByRole('button', { name: 'Passwort speichern' }).click();
		await person.page.waitForURL(/\/intern$/);
		await person.checkA11y();
		await person.page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Verzeichnis' })
			.click();
		await person.page.waitForURL(/\/intern\/verzeichnis$/);
		await person.checkA11y();
		expect(
			await person.page
				.getByRole('navigation', { name: 'Hauptnavigation' })
				.getByRole('link', { name: 'Organisationen' })
				.count()
		).toBe(0);

		await s.page.reload();
		await s.checkA11y();
		expect(await s.page.getByRole('region', { name: 'Zugang zum internen Bereich' }).textContent()).toContain(
			'Hat Zugang als Netzwerkmitglied'
		);
		for (const x of [s, person]) {
			x.assertAllChecked();
			await x.close();
		}
	});
});
