import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';

describe('guidance cards "Was jetzt wichtig ist"', () => {
	const h = e2eHarness();

	it('the coordinator edits a card, bad input keeps what was typed, and the home page shows the change leading to its search', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.wilhelmshaven@example.org');
		await page.getByRole('link', { name: 'Startseite', exact: true }).click();
		await page.waitForURL(/\/intern\/startseite$/);
		await s.checkA11y();
		await page.getByRole('link', { name: /^Bearbeiten\s*: Hebamme finden$/ }).click();
		await page.waitForURL(/\/intern\/startseite\/[0-9a-f-]{36}$/);
		await s.checkA11y();

		// An empty title is refused next to the field and in the summary; the new text stays.
		await page.getByLabel('Titel (Deutsch)').fill('');
		await page
			.getByLabel('Kurzer Text (Deutsch)')
			.fill('Die Hebammenzentrale Wilhelmshaven vermittelt freie Hebammen.');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('alert').textContent()).toContain('Titel (Deutsch)');
		expect(await page.getByLabel('Kurzer Text (Deutsch)').inputValue()).toBe(
			'Die Hebammenzentrale Wilhelmshaven vermittelt freie Hebammen.'
		);

		await page.getByLabel('Titel (Deutsch)').fill('Hebamme in Wilhelmshaven finden');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.waitForURL(/\/intern\/startseite(\?|$)/);
		await s.checkA11y();
		expect(await page.getByRole('status').first().textContent()).toContain('Karte gespeichert.');

		// The family's home page: the edited card, leading to a prefilled search.
		await s.visit(`${h.server.url}/wilhelmshaven`);
		const guidance = page.getByRole('region', { name: 'Was jetzt wichtig ist' });
		expect(await guidance.getByText('Die Hebammenzentrale Wilhelmshaven vermittelt freie Hebammen.').count()).toBe(1);
		await guidance.getByRole('link', { name: 'Hebamme in Wilhelmshaven finden' }).click();
		await page.waitForURL(/\/wilhelmshaven\/angebote\?q=Hebamme&lebensphase=schwangerschaft/);
		await s.checkA11y();
		expect(await page.getByRole('searchbox', { name: 'Suchbegriff' }).inputValue()).toBe('Hebamme');
		// The Turkish page keeps the card's Turkish translation (the edit changed the German text only).
		await s.visit(`${h.server.url}/wilhelmshaven/tr`);
		const edited = page.getByRole('link', { name: 'Hebamme in Wilhelmshaven finden' });
		expect(await edited.count()).toBe(0);
		s.assertAllChecked();
		await s.close();
	});
});
