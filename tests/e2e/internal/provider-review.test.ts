import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';
import { linkIn } from '../../support/smtp';

const PROVIDER = 'anbieter.mettmann@example.org';
const COORDINATOR = 'koordination.mettmann@example.org';

describe('provider self-service, review and freshness', () => {
	const h = e2eHarness({ smtp: true });

	it('the "still current" link from the reminder mail confirms the offer once', async () => {
		// The freshness job runs when the server starts: the demo provider has an offer due in a few days.
		const mail = await h.smtp.waitFor(PROVIDER, /Sind Ihre Angaben noch aktuell/);
		expect(mail.text).toContain('Krabbelgruppe Sonnenblume');
		const link = linkIn(mail.text, '/bestaetigen/');
		const s = await openSession(h.browser);
		await s.visit(link);
		expect(await s.page.getByRole('main').textContent()).toContain('Ist das Angebot „Krabbelgruppe Sonnenblume“');
		await s.page.getByRole('button', { name: 'Ja, alles ist noch aktuell' }).click();
		await s.page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await s.page.getByRole('status').textContent()).toContain('ist als aktuell bestätigt');
		await s.visit(link);
		expect(await s.page.getByRole('alert').textContent()).toContain('bereits verwendet');
		expect(await s.page.getByRole('link', { name: 'Anmelden und Angebote prüfen' }).count()).toBe(1);
		await s.visit(`${h.server.url}/bestaetigen/gefaelscht-gefaelscht-gefaelscht`);
		expect(await s.page.getByRole('alert').textContent()).toContain('ungültig');

		// The provider sees today's date as "zuletzt geprüft".
		await logInAs(s, h.server.url, PROVIDER);
		await s.visit(`${h.server.url}/intern/anbieter`);
		const today = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(
			new Date()
		);
		expect(await s.page.getByRole('row', { name: /Krabbelgruppe Sonnenblume/ }).textContent()).toContain(today);
		// The network's agreement and where the own organisation stands.
		expect(await s.page.getByRole('main').textContent()).toContain(
			'Kooperationsvereinbarung Netzwerk Frühe Hilfen Mettmann, Fassung 2'
		);
		s.assertAllChecked();
		await s.close();
	});

	it('a provider change waits for review, the coordinator sees the diff and approves; a change sent back reaches the provider by mail', async () => {
		const provider = await openSession(h.browser);
		await logInAs(provider, h.server.url, PROVIDER);
		await provider.page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Meine Angebote' })
			.click();
		await provider.page.waitForURL(/\/intern\/anbieter$/);
		await provider.checkA11y();
		await provider.page.getByRole('link', { name: 'Familienfrühstück' }).click();
		await provider.page.waitForURL(/\/intern\/anbieter\/angebote\/[0-9a-f-]{36}$/);
		await provider.checkA11y();
		const offerId = provider.page.url().split('/').pop()!;
		expect(await provider.page.getByLabel('Anbieter').count()).toBe(0); // providers cannot move offers to another organisation
		await provider.page
			.getByLabel('Kurzbeschreibung', { exact: false })
			.first()
			.fill('Jeden Mittwoch und Freitag gemeinsam frühstücken.');
		await provider.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
		await provider.page.waitForURL(/eingereicht=1$/);
		await provider.checkA11y();
		expect(await provider.page.getByRole('status').textContent()).toContain('zur Prüfung eingereicht');

		// Until approval the portal shows the published text.
		const visitor = await openSession(h.browser);
		await visitor.visit(`${h.server.url}/mettmann/angebote/${offerId}`);
		expect(await visitor.page.getByRole('main').textContent()).not.toContain('Mittwoch und Freitag');

		const coordinator = await openSession(h.browser);
		await logInAs(coordinator, h.server.url, COORDINATOR);
		await coordinator.page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Prüfung' })
			.click();
		await coordinator.page.waitForURL(/\/intern\/pruefung$/);
		await coordinator.checkA11y();
		await coordinator.page.getByRole('link', { name: 'Familienfrühstück' }).click();
		await coordinator.page.waitForURL(/\/intern\/pruefung\/[0-9a-f-]{36}$/);
		await coordinator.checkA11y();
		const row = coordinator.page.getByRole('row', { name: /Kurzbeschreibung/ });
		expect(await row.locator('del').textContent()).toContain('Jeden Mittwoch gemeinsam frühstücken');
		expect(await row.locator('ins').textContent()).toBe('Jeden Mittwoch und Freitag gemeinsam frühstücken.');
		await coordinator.page.getByRole('button', { name: 'Freigeben' }).click();
		await coordinator.page.waitForURL(/\/intern\/pruefung\?freigegeben=/);
		await coordinator.checkA11y();
		expect(await coordinator.page.getByText('Nichts zu prüfen.').count()).toBe(1);

		await visitor.visit(`${h.server.url}/mettmann/angebote/${offerId}`);
		expect(await visitor.page.getByRole('main').textContent()).toContain(
			'Jeden Mittwoch und Freitag gemeinsam frühstücken.'
		);
		await h.smtp.waitFor(PROVIDER, /Freigegeben: „Familienfrühstück“/);

		// A second change is sent back with a comment.
		await provider.visit(`${h.server.url}/intern/anbieter/angebote/${offerId}`);
		await provider.page.getByLabel('Mittwoch').fill('09:30-11:00');
		await provider.page.getByLabel('Freitag').fill('9 bis 11');
		await provider.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
		await provider.page.getByRole('alert').waitFor();
		await provider.checkA11y();
		expect(await provider.page.getByRole('alert').textContent()).toContain('Freitag');
		expect(await provider.page.getByLabel('Freitag').inputValue()).toBe('9 bis 11');
		await provider.page.getByLabel('Freitag').fill('09:30-11:00');
		await provider.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
		await provider.page.waitForURL(/eingereicht=1$/);

		await coordinator.visit(`${h.server.url}/intern/pruefung`);
		await coordinator.page.getByRole('link', { name: 'Familienfrühstück' }).click();
		await coordinator.page.waitForURL(/\/intern\/pruefung\/[0-9a-f-]{36}$/);
		await coordinator.checkA11y();
		expect(
			await coordinator.page
				.getByRole('row', { name: /Freitag/ })
				.locator('ins')
				.textContent()
		).toBe('09:30-11:00');
		await coordinator.page.getByRole('button', { name: 'Mit Hinweis zurückgeben' }).click();
		await coordinator.page.getByRole('alert').waitFor();
		await coordinator.checkA11y();
		expect(await coordinator.page.getByRole('alert').textContent()).toContain(
			'Bitte schreiben Sie, was noch geändert werden soll.'
		);
		await coordinator.page
			.getByLabel('Hinweis an den Anbieter', { exact: false })
			.fill('Freitags ist das Familienzentrum geschlossen – bitte prüfen.');
		await coordinator.page.getByRole('button', { name: 'Mit Hinweis zurückgeben' }).click();
		await coordinator.page.waitForURL(/zurueckgegeben=/);
		await coordinator.checkA11y();

		const returned = await h.smtp.waitFor(PROVIDER, /Ihre Änderung braucht noch etwas/);
		expect(returned.text).toContain('Freitags ist das Familienzentrum geschlossen – bitte prüfen.');
		await provider.visit(linkIn(returned.text, '/intern/anbieter/angebote/'));
		expect(await provider.page.getByRole('main').textContent()).toContain(
			'Freitags ist das Familienzentrum geschlossen'
		);
		expect(await provider.page.getByLabel('Freitag').inputValue()).toBe('09:30-11:00');

		// The history lists every version.
		await coordinator.visit(`${h.server.url}/intern/angebote/${offerId}/verlauf`);
		const history = await coordinator.page.getByRole('main').textContent();
		expect(history).toContain('Freigegeben');
		expect(history).toContain('Zurückgegeben');
		for (const s of [provider, visitor, coordinator]) {
			s.assertAllChecked();
			await s.close();
		}
	});

	it('two people edit the same offer: the second save is refused with both versions and keeps the input', async () => {
		const first = await openSession(h.browser);
		const second = await openSession(h.browser);
		await logInAs(first, h.server.url, COORDINATOR);
		await logInAs(second, h.server.url, COORDINATOR);
		await first.visit(`${h.server.url}/intern/angebote?q=Elterncaf`);
		await first.page.getByRole('link', { name: 'Elterncafé' }).first().click();
		await first.page.waitForURL(/\/intern\/angebote\/[0-9a-f-]{36}$/);
		await first.checkA11y();
		await second.visit(first.page.url());
		await first.page.getByLabel('Titel', { exact: false }).first().fill('Elterncafé am Markt');
		await first.page.getByRole('button', { name: 'Speichern' }).click();
		await first.page.waitForURL(/gespeichert=1$/);
		await second.page.getByLabel('Titel', { exact: false }).first().fill('Elterncafé im Stadtteilbüro');
		await second.page.getByRole('button', { name: 'Speichern' }).click();
		await second.page.getByRole('heading', { name: 'Inzwischen geändert' }).waitFor();
		await second.checkA11y();
		const conflictRow = second.page.getByRole('row', { name: /Titel/ }).first();
		expect(await conflictRow.textContent()).toContain('Elterncafé am Markt');
		expect(await conflictRow.textContent()).toContain('Elterncafé im Stadtteilbüro');
		expect(await second.page.getByLabel('Titel', { exact: false }).first().inputValue()).toBe(
			'Elterncafé im Stadtteilbüro'
		);
		// Saving again is a deliberate overwrite.
		await second.page.getByRole('button', { name: 'Speichern' }).click();
		await second.page.waitForURL(/gespeichert=1$/);
		expect(await second.page.getByLabel('Titel', { exact: false }).first().inputValue()).toBe(
			'Elterncafé im Stadtteilbüro'
		);
		for (const s of [first, second]) {
			s.assertAllChecked();
			await s.close();
		}
	});

	it('an overdue offer leaves the portal when the grace period is over', async () => {
		const s = await openSession(h.browser);
		await logInAs(s, h.server.url, 'koordination.herten@example.org');
		await s.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Aktualität' }).click();
		await s.page.waitForURL(/\/intern\/aktualitaet$/);
		await s.checkA11y();
		const overdue = s.page.locator('section', { has: s.page.getByRole('heading', { name: /^Überfällig/ }) });
		const link = overdue.getByRole('link').first();
		const title = (await link.textContent())!.trim();
		const offerId = (await link.getAttribute('href'))!.split('/').pop()!;
		await s.visit(`${h.server.url}/herten/angebote/${offerId}`);
		expect(await s.page.getByRole('heading', { level: 1 }).textContent()).toContain(title);

		await s.visit(`${h.server.url}/intern/einstellungen`);
		await s.page.getByLabel('Nachfrist in Tagen').fill('-3');
		await s.page.getByRole('button', { name: 'Speichern' }).first().click();
		await s.page.getByRole('alert').waitFor();
		expect(await s.page.getByRole('alert').textContent()).toContain('0 bis 365 Tagen');
		await s.page.getByLabel('Nachfrist in Tagen').fill('0');
		await s.page.getByRole('button', { name: 'Speichern' }).first().click();
		await s.page.getByRole('status').waitFor();
		await s.checkA11y();
		const response = await s.page.goto(`${h.server.url}/herten/angebote/${offerId}`);
		expect(response?.status()).toBe(404);
		await s.checkA11y();
		await s.visit(`${h.server.url}/intern/aktualitaet`);
		expect(
			await s.page.locator('section', { has: s.page.getByRole('heading', { name: /^Ausgeblendet/ }) }).textContent()
		).toContain(title);
		s.assertAllChecked();
		await s.close();
	});
});
