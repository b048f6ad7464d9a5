import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';

// A member of the network sees the professionals' events under /intern, the members-only one
// included, and registers with the account's name and address already in the form (issue 14, item 11).

describe('events for network members', () => {
	const h = e2eHarness({ smtp: true });

	it('lists the trainings, members-only included, and registers with the account prefilled', async () => {
		const s = await openSession(h.browser, { viewport: { width: 360, height: 740 } });
		const page = s.page;
		await logInAs(s, h.server.url, 'mitglied.mettmann@example.org');
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Fortbildungen' })
			.click();
		await page.waitForURL(/\/intern\/fortbildungen$/);
		await s.checkA11y();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		const item = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: 'Netzwerktreffen der Mitglieder: Jahresplanung' }) });
		expect(await item.getByText('nur für Mitglieder').count()).toBe(1);

		await page.getByRole('link', { name: 'Netzwerktreffen der Mitglieder: Jahresplanung' }).click();
		await page.waitForURL(/\/mettmann\/veranstaltungen\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		expect(await page.getByLabel('Vor- und Nachname').inputValue()).toBe('Mia Mitglied');
		expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe('mitglied.mettmann@example.org');
		await page.getByRole('checkbox', { name: /Ich bin einverstanden/ }).check();
		await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
		await page.waitForURL(/anmeldung=angemeldet/);
		await s.checkA11y();
		const mail = await h.smtp.waitFor('mitglied.mettmann@example.org', /Netzwerktreffen der Mitglieder/);
		expect(mail.text).toContain('/anmeldung/mettmann/');

		// Without a login the members-only event is not there.
		const visitor = await openSession(h.browser, { withoutScripts: true });
		await visitor.visit(`${h.server.url}/mettmann/fortbildungen`);
		expect(await visitor.page.getByText('Netzwerktreffen der Mitglieder').count()).toBe(0);
		visitor.assertAllChecked();
		await visitor.close();
		s.assertAllChecked();
		await s.close();
	});
});
