import { describe, expect, it } from 'vitest';
import { openSession, type Session } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';
import { pdfPages } from '../../support/pdf-text';

const COORDINATOR = 'koordination.mettmann@example.org';

/** The composition table as the coordinator reads it: category → persons at the year's Netzwerkkonferenzen. */
async function conferenceAttendees(s: Session): Promise<Map<string, number>> {
	const rows = await s.page
		.locator('table tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [
				tr.querySelector('th')?.textContent?.trim() ?? '',
				tr.querySelectorAll('td')[5]?.textContent?.trim() ?? ''
			])
		);
	return new Map(rows.map(([name, n]) => [name!, Number(n)]));
}

describe('planning: composition, demand signals and monitoring', () => {
	const h = e2eHarness();

	it('records attendance on a meeting (without JavaScript) and the composition shows the category participation', async () => {
		const s = await openSession(h.browser, { withoutScripts: true });
		const page = s.page;
		await logInAs(s, h.server.url, COORDINATOR);
		await s.visit(`${h.server.url}/intern/planung/zusammensetzung`);
		await s.checkA11y();
		expect(await page.getByRole('main').textContent()).toMatch(
			/\d+ von \d+ Partnerkategorien sind mit Mitgliedern vertreten/
		);
		const before = await conferenceAttendees(s);

		await s.visit(`${h.server.url}/intern/gremien`);
		await page.getByRole('link', { name: 'Netzwerkkonferenz Frühe Hilfen Mettmann' }).click();
		await page.waitForURL(/\/intern\/gremien\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		await page.getByRole('link', { name: /Frühjahrskonferenz/ }).click();
		await page.waitForURL(/\/sitzungen\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		const meetingUrl = page.url();
		const attendance = page.getByRole('region', { name: 'Anwesenheit' });
		const listed = await attendance.getByRole('listitem').count();

		// Nothing chosen and no name: a message next to the field and in the summary.
		await page.getByRole('button', { name: 'Als anwesend eintragen' }).click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('alert').textContent()).toContain(
			'Bitte wählen Sie eine Ansprechperson oder geben Sie einen Namen ein.'
		);

		// A contact of a member organisation who came without RSVP.
		const contact = page.getByLabel('Ansprechperson einer Mitgliedsorganisation');
		const option = contact.locator('option').nth(1);
		const label = (await option.textContent())!.trim();
		await contact.selectOption({ index: 1 });
		await page.getByRole('button', { name: 'Als anwesend eintragen' }).click();
		await page.getByRole('status').first().waitFor();
		await s.checkA11y();
		const name = label.replace(/ \(.*\)$/, '');
		expect(await page.getByRole('status').first().textContent()).toContain(`${name} wurde als anwesend eingetragen.`);
		expect(await attendance.getByRole('listitem').count()).toBe(listed + 1);
		expect(await attendance.getByRole('list').textContent()).toContain(label);

		// The composition counts one person more, in exactly one category (or "ohne Kategorie").
		const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
		await s.visit(`${h.server.url}/intern/planung/zusammensetzung`);
		const added = await conferenceAttendees(s);
		expect(total(added)).toBe(total(before) + 1);
		expect([...added].filter(([k, v]) => v !== before.get(k)).map(([k, v]) => v - before.get(k)!)).toEqual([1]);

		// Unticking one person of the RSVP list takes that person off again.
		await s.visit(meetingUrl);
		const ticked = attendance
			.getByRole('group', { name: 'Anwesend aus der Einladungsliste' })
			.getByRole('checkbox', { checked: true });
		const tickedBefore = await ticked.count();
		expect(tickedBefore).toBeGreaterThan(0);
		await ticked.first().uncheck();
		await page.getByRole('button', { name: 'Anwesenheit speichern' }).click();
		await page.getByRole('status').first().waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').first().textContent()).toContain(`${tickedBefore - 1} Person`);
		expect(await attendance.getByRole('listitem').count()).toBe(listed);

		// The minutes PDF lists who attended.
		const pdf = await page.request.get(`${meetingUrl}/pdf?art=protokoll`);
		expect(pdf.status()).toBe(200);
		const text = pdfPages(Buffer.from(await pdf.body())).join(' ');
		expect(text).toContain(`Anwesend (${listed})`);
		expect(text).toContain(name);

		await s.visit(`${h.server.url}/intern/planung/zusammensetzung`);
		expect(total(await conferenceAttendees(s))).toBe(total(before));
		expect(await page.getByRole('heading', { name: 'Fehlende Partnerkategorien' }).count()).toBe(1);
		s.assertAllChecked();
	});

	it('notes a search term as a gap and adds another as a synonym from the demand page; the dashboard shows unanswered searches', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, COORDINATOR);
		expect(await page.getByRole('region', { name: 'Suchen ohne Treffer (letzte 30 Tage)' }).textContent()).toContain(
			'babyschwimmen'
		);
		await s.checkA11y();
		await page.getByRole('region', { name: 'Suchen ohne Treffer (letzte 30 Tage)' }).getByRole('link').first().click();
		await page.waitForURL(/\/intern\/planung\/nachfrage/);
		await s.checkA11y();
		const none = page.getByRole('region', { name: /^Suchbegriffe ohne Treffer/ });
		// The page opens on the newest month; early in a month the last 30 days lie mostly in the one before
		// (on the 4th to 6th the demo's "babyschwimmen" is in this month and "sonntag stillcafe" in the last).
		const shown = (await none.textContent())!;
		if (!shown.includes('babyschwimmen') || !shown.includes('sonntag stillcafe')) {
			await page.getByLabel('Monat').selectOption({ index: 1 });
			await page.getByRole('button', { name: 'Anzeigen' }).click();
			await page.waitForURL(/monat=\d{4}-\d{2}/);
			await s.checkA11y();
		}
		expect(await none.textContent()).toContain('babyschwimmen');
		expect(await none.textContent()).toContain('sonntag stillcafe');
		const monthUrl = page.url();

		const row = none.getByRole('row', { name: /babyschwimmen/ });
		await row.getByText('Aktionen für „babyschwimmen“').click();
		await row.getByLabel('Notiz zur Lücke').fill('Schwimmbad Mettmann fragen (Beispiel)');
		await row.getByRole('button', { name: 'Als Lücke notieren' }).click();
		await page.getByRole('status').first().waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').first().textContent()).toContain('„babyschwimmen“ wurde als Lücke notiert.');
		const gaps = page.getByRole('region', { name: 'Notierte Lücken' });
		expect(await gaps.textContent()).toContain('babyschwimmen – Schwimmbad Mettmann fragen (Beispiel)');

		// A new group without a partner term is refused next to the field; then with one it is saved.
		const stillcafe = page
			.getByRole('region', { name: /^Suchbegriffe ohne Treffer/ })
			.getByRole('row', { name: /sonntag stillcafe/ });
		await stillcafe.getByText('Aktionen für „sonntag stillcafe“').click();
		await stillcafe.getByRole('button', { name: 'Als Synonym hinzufügen' }).click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('alert').textContent()).toContain(
			'Bitte wählen Sie eine Gruppe oder geben Sie einen Begriff'
		);
		const again = page
			.getByRole('region', { name: /^Suchbegriffe ohne Treffer/ })
			.getByRole('row', { name: /sonntag stillcafe/ });
		await again.getByLabel('Begriff für die neue Gruppe').fill('Stillgruppe');
		await again.getByRole('button', { name: 'Als Synonym hinzufügen' }).click();
		await page.getByRole('status').first().waitFor();
		expect(await page.getByRole('status').first().textContent()).toContain('stillgruppe, sonntag stillcafe');
		await s.visit(`${h.server.url}/intern/synonyme`);
		await s.checkA11y();
		expect(await page.getByRole('textbox').first().inputValue()).toContain('stillgruppe, sonntag stillcafe');

		// Closing the gap.
		await s.visit(monthUrl);
		await page.getByRole('button', { name: 'Lücke „babyschwimmen“ schließen' }).click();
		await page.getByRole('status').first().waitFor();
		await s.checkA11y();
		expect(await page.getByRole('region', { name: 'Notierte Lücken' }).textContent()).toContain('geschlossen am');
		s.assertAllChecked();
	});

	it('the monitoring section shows the year’s figures, each leading to its list', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, COORDINATOR);
		await s.visit(`${h.server.url}/intern/berichte`);
		await s.checkA11y();
		const monitoring = page.getByRole('region', { name: /^Monitoring \d{4}$/ });
		expect(await monitoring.textContent()).toMatch(/\d+ von \d+ Partnerkategorien beteiligt/);

		// Home visits: the figure and the list behind it agree.
		const homeVisits = monitoring.getByRole('link', { name: /mit Hausbesuchen/ });
		const count = Number((await homeVisits.textContent())!.match(/\d+/)![0]);
		await homeVisits.click();
		await page.waitForURL(/\/intern\/berichte\/liste\?.*art=hausbesuch/);
		await s.checkA11y();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Hausbesuch');
		expect(await page.locator('tbody tr').count()).toBe(count);

		// Meetings of the Netzwerkkonferenz held this year, with their attendance.
		await page.goBack();
		const conferenceRow = monitoring.getByRole('row', { name: /^Netzwerkkonferenz/ });
		const meetingsHeld = Number(await conferenceRow.getByRole('link').nth(1).textContent());
		await conferenceRow.getByRole('link').nth(1).click();
		await page.waitForURL(/liste=sitzungen/);
		await s.checkA11y();
		expect(await page.locator('tbody tr').count()).toBe(meetingsHeld);

		// A cell of the life stage × prevention level table.
		await page.goBack();
		const cell = monitoring.getByRole('link', { name: /Angebote: Baby \(0–1 Jahr\), Für alle Familien/ });
		const n = Number(await cell.textContent());
		await cell.click();
		await page.waitForURL(/lebensphase=0-1/);
		await s.checkA11y();
		expect(await page.locator('tbody tr').count()).toBe(n);
		s.assertAllChecked();
	});
});
