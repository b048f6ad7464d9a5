import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs, totpCode } from '../support/auth';
import { linkIn } from '../../support/smtp';

describe('operator creates a network and the invited coordinator signs up', () => {
	const h = e2eHarness({ smtp: true });

	it('creates a network, invites, and the coordinator sets a password, enrols TOTP and gets in', async () => {
		const operator = await openSession(h.browser);
		await logInAs(operator, h.server.url, 'betrieb@example.org');
		expect(new URL(operator.page.url()).pathname).toBe('/betrieb');
		const page = operator.page;

		// Bad input first: reserved address, missing name.
		await page.getByLabel('Adresse', { exact: false }).fill('intern');
		await page.getByRole('button', { name: 'Neues Netzwerk anlegen' }).click();
		await page.getByRole('alert').waitFor();
		expect(await page.getByRole('alert').textContent()).toContain('Diese Adresse ist reserviert');
		expect(await page.getByRole('alert').textContent()).toContain('Bitte füllen Sie dieses Feld aus.');
		await operator.checkA11y();

		await page.getByLabel('Name des Netzwerks').fill('Netzwerk Frühe Hilfen Kreis Musterland');
		await page.getByRole('textbox', { name: /^Kommune/ }).fill('Kreis Musterland');
		await page.getByLabel('Art der Kommune').selectOption('kreis');
		await page.getByLabel('Adresse', { exact: false }).fill('musterland');
		await page.getByRole('button', { name: 'Neues Netzwerk anlegen' }).click();
		await page.waitForURL(/\/betrieb\/netzwerke\//);
		await operator.checkA11y();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Netzwerk Frühe Hilfen Kreis Musterland');

		await page.getByLabel('Name', { exact: false }).first().fill('Karla Koordinatorin');
		await page.getByLabel('E-Mail-Adresse').fill('karla.koordination@example.org');
		await page.getByRole('button', { name: 'Einladung senden' }).click();
		await page.getByText('Die Einladung an karla.koordination@example.org liegt im Postausgang.').waitFor();
		await operator.checkA11y();

		const mail = await h.smtp.waitFor('karla.koordination@example.org', /Einladung/);
		expect(mail.subject).toContain('Netzwerk Frühe Hilfen Kreis Musterland');
		expect(mail.html).toContain('Einladung annehmen');
		const link = linkIn(mail.text, '/einladung/');

		// The operator's Postausgang shows the mail as sent.
		await operator.visit(`${h.server.url}/betrieb/postausgang`);
		expect(await page.locator('main').textContent()).toContain('versendet');
		operator.assertAllChecked();
		await operator.close();

		const coordinator = await openSession(h.browser);
		await coordinator.visit(link);
		expect(await coordinator.page.locator('main').textContent()).toContain('Willkommen, Karla Koordinatorin');
		await coordinator.page.getByLabel('Neues Passwort', { exact: false }).first().fill('Karlas sicheres Passwort');
		await coordinator.page.getByLabel('Neues Passwort wiederholen').fill('Karlas sicheres Passwort');
		await coordinator.page.getByRole('button', { name: 'Passwort speichern' }).click();
		await coordinator.page.waitForURL(/zwei-faktor-einrichten/);
		await coordinator.checkA11y();
		expect(
			await coordinator.page.getByRole('img', { name: 'QR-Code zum Einrichten der Authenticator-App' }).count()
		).toBe(1);
		const secret = (await coordinator.page.getByTestId('totp-secret').textContent())!;
		await coordinator.page.getByLabel('Code aus der App').fill('123456');
		await coordinator.page.getByRole('button', { name: 'Einrichtung abschließen' }).click();
		await coordinator.page.getByText('Der Code ist falsch oder abgelaufen').first().waitFor();
		await coordinator.checkA11y();
		await coordinator.page.getByLabel('Code aus der App').fill(totpCode(secret));
		await coordinator.page.getByRole('button', { name: 'Einrichtung abschließen' }).click();
		await coordinator.page.getByRole('heading', { name: 'Ihre Wiederherstellungscodes' }).waitFor();
		await coordinator.checkA11y();
		expect(await coordinator.page.getByTestId('recovery-codes').locator('li').count()).toBe(10);
		await coordinator.page.getByRole('link', { name: /Codes gesichert/ }).click();
		await coordinator.page.waitForURL(/\/intern$/);
		await coordinator.checkA11y();
		expect(await coordinator.page.getByText('Netzwerk Frühe Hilfen Kreis Musterland').count()).toBeGreaterThan(0);

		// The invitation link cannot be used twice.
		await coordinator.visit(link);
		expect(await coordinator.page.getByRole('alert').textContent()).toContain(
			'abgelaufen oder wurde bereits verwendet'
		);

		// The new network's public page exists and has no demo banner.
		await coordinator.visit(`${h.server.url}/musterland`);
		expect(await coordinator.page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Hilfe und Angebote für Familien'
		);
		expect(await coordinator.page.getByRole('banner').textContent()).toContain(
			'Netzwerk Frühe Hilfen Kreis Musterland'
		);
		expect(await coordinator.page.getByText('Beispieldaten:').count()).toBe(0);
		coordinator.assertAllChecked();
		await coordinator.close();
	});

	it('deactivates an account so that its sessions end at once', async () => {
		const member = await openSession(h.browser);
		await logInAs(member, h.server.url, 'mitglied.mettmann@example.org', undefined, null);
		const operator = await openSession(h.browser);
		await logInAs(operator, h.server.url, 'betrieb@example.org');
		await operator.page.getByRole('link', { name: 'Konten' }).click();
		await operator.page.waitForURL(/konten/);
		await operator.checkA11y();
		await operator.page
			.getByRole('row', { name: /Mia Mitglied/ })
			.getByRole('button', { name: /Deaktivieren/ })
			.click();
		await operator.page.getByText('Das Konto wurde geändert.').waitFor();
		await operator.checkA11y();
		expect(await operator.page.getByRole('row', { name: /Mia Mitglied/ }).textContent()).toContain('deaktiviert');

		await member.page.goto(`${h.server.url}/intern`);
		expect(new URL(member.page.url()).pathname).toBe('/anmelden');
		await member.checkA11y();
		member.assertAllChecked();
		operator.assertAllChecked();
		await member.close();
		await operator.close();
	});
});
