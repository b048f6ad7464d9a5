import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { DEMO_PASSWORD, logInAs } from '../support/auth';
import { linkIn } from '../../support/smtp';

describe('login, second factor, lockout and password reset', () => {
	const h = e2eHarness({ smtp: true });

	it('logs a coordinator in with password and TOTP code, and out again', async () => {
		const s = await openSession(h.browser);
		await logInAs(s, h.server.url, 'koordination.sonneberg@example.org');
		expect(new URL(s.page.url()).pathname).toBe('/intern');
		expect(await s.page.getByRole('heading', { level: 1 }).textContent()).toBe('Übersicht');
		expect(await s.page.getByText('Netzwerk Frühe Hilfen Landkreis Sonneberg').count()).toBeGreaterThan(0);
		const [cookie] = await s.context.cookies();
		expect(cookie).toMatchObject({ name: 'nfh_session', httpOnly: true, sameSite: 'Lax' });
		await s.page.getByRole('button', { name: 'Abmelden' }).click();
		await s.page.waitForURL(/\/anmelden$/);
		await s.checkA11y();
		await s.visit(`${h.server.url}/intern`);
		expect(new URL(s.page.url()).pathname).toBe('/anmelden');
		s.assertAllChecked();
		await s.close();
	});

	it('rejects a wrong TOTP code with a message', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/anmelden`);
		await s.page.getByLabel('E-Mail-Adresse').fill('koordination.herten@example.org');
		await s.page.getByLabel('Passwort').fill(DEMO_PASSWORD);
		await s.page.getByRole('button', { name: 'Anmelden' }).click();
		await s.page.waitForURL(/zwei-faktor/);
		await s.checkA11y();
		await s.page.getByLabel('Code').fill('000000');
		await s.page.getByRole('button', { name: 'Bestätigen' }).click();
		await s.page.getByText('Der Code ist falsch oder abgelaufen').first().waitFor();
		await s.checkA11y();
		// Without the second factor the internal area stays closed.
		await s.page.goto(`${h.server.url}/intern`);
		expect(new URL(s.page.url()).pathname).toBe('/anmelden/zwei-faktor');
		s.assertAllChecked();
		await s.close();
	});

	it('shows a message for a wrong password and keeps the e-mail address', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/anmelden`);
		await s.page.getByLabel('E-Mail-Adresse').fill('anbieter.mettmann@example.org');
		await s.page.getByLabel('Passwort').fill('falsches-passwort');
		await s.page.getByRole('button', { name: 'Anmelden' }).click();
		await s.page.getByRole('alert').waitFor();
		expect(await s.page.getByRole('alert').textContent()).toContain('E-Mail-Adresse oder Passwort ist falsch.');
		expect(await s.page.getByLabel('E-Mail-Adresse').inputValue()).toBe('anbieter.mettmann@example.org');
		await s.checkA11y();
		s.assertAllChecked();
		await s.close();
	});

	it('shows validation errors in a summary with links to the fields', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/anmelden`);
		await s.page.getByLabel('E-Mail-Adresse').fill('kein-at-zeichen');
		await s.page.getByRole('button', { name: 'Anmelden' }).click();
		await s.page.getByRole('alert').waitFor();
		const summary = s.page.getByRole('alert');
		expect(
			await summary
				.getByRole('link', { name: /E-Mail-Adresse: Bitte geben Sie eine E-Mail-Adresse/ })
				.getAttribute('href')
		).toBe('#field-email');
		expect(await summary.getByRole('link', { name: /Passwort: Bitte geben Sie Ihr Passwort ein/ }).count()).toBe(1);
		expect(await s.page.getByLabel('E-Mail-Adresse').inputValue()).toBe('kein-at-zeichen');
		await s.checkA11y();
		s.assertAllChecked();
		await s.close();
	});

	it('slows down five wrong passwords from this browser, for an existing account exactly as for an unknown address', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/anmelden`);
		const answers = async (email: string) => {
			const seen: string[] = [];
			for (let i = 0; i < 6; i++) {
				await s.page.getByLabel('E-Mail-Adresse').fill(email);
				// The last try is the right password (of the demo account): refused too while the delay runs.
				await s.page.getByLabel('Passwort').fill(i < 5 ? `falsch-${i}` : DEMO_PASSWORD);
				const [response] = await Promise.all([
					s.page.waitForResponse((r) => r.request().method() === 'POST'),
					s.page.getByRole('button', { name: 'Anmelden' }).click()
				]);
				// The form is enhanced: the old alert stays on the page until the answer is applied, so wait
				// for the whole answer and the page's next frames before reading it (raced on a busy machine).
				await response.finished();
				await s.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
				await s.page.getByRole('alert').waitFor();
				seen.push(`${response.status()} ${await s.page.getByRole('alert').textContent()}`);
			}
			return seen;
		};
		const existing = await answers('mitglied.mettmann@example.org');
		expect(existing.at(-1)).toContain('Zu viele Fehlversuche mit dieser E-Mail-Adresse');
		expect(existing.at(-2)).toContain('E-Mail-Adresse oder Passwort ist falsch.');
		expect(new URL(s.page.url()).pathname).toBe('/anmelden');
		expect(await answers('niemand.mettmann@example.org')).toEqual(existing);
		await s.checkA11y();
		s.assertAllChecked();
		await s.close();
	});

	it('resets a password from the link in the mail received by the SMTP server', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/anmelden`);
		await s.page.getByRole('link', { name: 'Passwort vergessen?' }).click();
		await s.page.waitForURL(/passwort-vergessen/);
		await s.checkA11y();
		await s.page.getByLabel('E-Mail-Adresse').fill('anbieter.mettmann@example.org');
		await s.page.getByRole('button', { name: 'Link senden' }).click();
		await s.page.getByRole('status').waitFor();
		await s.checkA11y();

		const mail = await h.smtp.waitFor('anbieter.mettmann@example.org', /Passwort zurücksetzen/);
		expect(mail.subject).toContain('Mettmann');
		const link = linkIn(mail.text, '/passwort-zuruecksetzen/');
		await s.visit(link);
		await s.page.getByLabel('Neues Passwort', { exact: false }).first().fill('kurz');
		await s.page.getByLabel('Neues Passwort wiederholen').fill('kurz');
		await s.page.getByRole('button', { name: 'Passwort speichern' }).click();
		await s.page.getByText('mindestens 12 Zeichen').first().waitFor();
		await s.checkA11y();
		await s.page.getByLabel('Neues Passwort', { exact: false }).first().fill('ein neues langes Passwort');
		await s.page.getByLabel('Neues Passwort wiederholen').fill('ein neues langes Passwort');
		await s.page.getByRole('button', { name: 'Passwort speichern' }).click();
		await s.page.waitForURL((u) => u.pathname === '/intern');
		await s.checkA11y();
		await h.smtp.waitFor('anbieter.mettmann@example.org', /Passwort wurde geändert/);

		// The link works only once.
		await s.visit(link);
		expect(await s.page.getByRole('alert').textContent()).toContain('abgelaufen oder wurde bereits verwendet');

		// The new password works, the old one does not.
		await s.context.clearCookies();
		await logInAs(s, h.server.url, 'anbieter.mettmann@example.org', 'ein neues langes Passwort', null);
		expect(new URL(s.page.url()).pathname).toBe('/intern');
		s.assertAllChecked();
		await s.close();
	});

	it('shows the coordinator account mails without their links, and logs out on every device', async () => {
		const first = await openSession(h.browser);
		const second = await openSession(h.browser);
		await logInAs(first, h.server.url, 'koordination.mettmann@example.org');
		await logInAs(second, h.server.url, 'koordination.mettmann@example.org');

		expect(await first.page.getByText('Keine E-Mails warten im Postausgang.').count()).toBe(1);
		await first.page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Postausgang' })
			.click();
		await first.page.waitForURL(/\/intern\/postausgang$/);
		await first.checkA11y();
		// The reset mail of the provider (earlier test) is listed, but its login link is not shown.
		const mail = first.page.getByRole('listitem').filter({ hasText: 'Passwort zurücksetzen' });
		expect(await mail.count()).toBe(1);
		expect(await mail.textContent()).toContain('Inhalt vertraulich');
		expect(await mail.textContent()).not.toContain('/passwort-zuruecksetzen/');

		await first.page.getByRole('link', { name: 'Jana Beispielfrau' }).click();
		await first.page.waitForURL(/\/konto$/);
		await first.checkA11y();
		await first.page.getByRole('button', { name: 'Auf allen Geräten abmelden' }).click();
		await first.page.waitForURL(/\/anmelden$/);
		await first.checkA11y();

		await second.page.goto(`${h.server.url}/intern`);
		expect(new URL(second.page.url()).pathname).toBe('/anmelden');
		await second.checkA11y();
		first.assertAllChecked();
		second.assertAllChecked();
		await first.close();
		await second.close();
	});
});
