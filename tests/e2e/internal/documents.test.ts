import { describe, expect, it } from 'vitest';
import { openSession, type Session } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

async function upload(
	s: Session,
	title: string,
	body: string,
	access: string,
	file: { name: string; mimeType: string; buffer: Buffer }
) {
	const form = s.page.locator('form[action="?/uploadDocument"]');
	await form.getByLabel('Titel', { exact: false }).fill(title);
	if (body) await form.getByLabel('Gehört zu').selectOption({ label: body });
	await form.getByLabel('Wer darf es sehen?').selectOption({ label: access });
	await form.getByLabel('Datei', { exact: true }).setInputFiles(file);
	await form.getByRole('button', { name: 'Hochladen' }).click();
}

describe('documents', () => {
	const h = e2eHarness();

	it('the coordinator uploads documents with access levels; a member and a provider see only what they may, and bad files are refused', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.mettmann@example.org');
		await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Dokumente' }).click();
		await page.waitForURL(/\/intern\/dokumente$/);
		await s.checkA11y();

		// A program renamed to .pdf is refused by its content; the title stays.
		await upload(s, 'Verdächtige Datei', '', 'alle im Netzwerk', {
			name: 'rechnung.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00')
		});
		await page.getByText('Diese Datei ist kein PDF, DOCX, XLSX, PNG oder JPEG.').first().waitFor();
		await s.checkA11y();
		expect(
			await page.locator('form[action="?/uploadDocument"]').getByLabel('Titel', { exact: false }).inputValue()
		).toBe('Verdächtige Datei');

		await upload(s, 'Einladungsflyer Herbstfest', '', 'alle im Netzwerk', {
			name: 'flyer.pdf',
			mimeType: 'application/pdf',
			buffer: PDF
		});
		await page.getByRole('status').waitFor();
		await upload(s, 'Protokollentwurf Steuerungsgruppe', 'Steuerungsgruppe', 'nur die Mitglieder des Gremiums', {
			name: 'entwurf.pdf',
			mimeType: 'application/pdf',
			buffer: PDF
		});
		await page.getByRole('status').waitFor();
		await upload(s, 'Haushaltsplanung', '', 'nur die Koordination', {
			name: 'haushalt.pdf',
			mimeType: 'application/pdf',
			buffer: PDF
		});
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		const main = await page.getByRole('main').textContent();
		for (const title of ['Einladungsflyer Herbstfest', 'Protokollentwurf Steuerungsgruppe', 'Haushaltsplanung'])
			expect(main).toContain(title);
		const secretHref = await page.getByRole('link', { name: 'Haushaltsplanung' }).getAttribute('href');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Einladungsflyer Herbstfest' }).click()
		]);
		expect(download.suggestedFilename()).toBe('flyer.pdf');

		// A member of the network (not in the Steuerungsgruppe) and a provider editor.
		for (const email of ['mitglied.mettmann@example.org', 'anbieter.mettmann@example.org']) {
			const m = await openSession(h.browser);
			await logInAs(m, h.server.url, email, undefined, null);
			await m.visit(`${h.server.url}/intern/dokumente`);
			const text = await m.page.getByRole('main').textContent();
			expect(text).toContain('Einladungsflyer Herbstfest');
			expect(text).not.toContain('Protokollentwurf Steuerungsgruppe');
			expect(text).not.toContain('Haushaltsplanung');
			expect(text).toContain('Flyer Frühe Hilfen für Eltern'); // demo documents: for everyone …
			expect(text).not.toContain('Jahresplanung'); // … for the Steuerungsgruppe only
			expect(text).not.toContain('Telefonliste'); // … for the coordination only
			expect(await m.page.getByRole('button', { name: 'Hochladen' }).count()).toBe(0);
			const forbidden = await m.page.request.get(`${h.server.url}${secretHref}`);
			expect(forbidden.status()).toBe(404);
			// Meetings: the provider's organisation is a member, so the Netzwerkkonferenz (all members) is hers; the member account has no body.
			await m.page
				.getByRole('navigation', { name: 'Hauptnavigation' })
				.getByRole('link', { name: 'Sitzungen' })
				.click();
			await m.page.waitForURL(/\/intern\/sitzungen$/);
			await m.checkA11y();
			const meetings = await m.page.getByRole('main').textContent();
			if (email.startsWith('anbieter')) {
				expect(meetings).toContain('Netzwerkkonferenz Frühe Hilfen Mettmann: Herbstkonferenz');
				await m.page.getByRole('link', { name: /Frühjahrskonferenz/ }).click();
				await m.page.waitForURL(/\/intern\/sitzungen\/[0-9a-f-]{36}$/);
				await m.checkA11y();
				expect(await m.page.getByRole('region', { name: 'Protokoll' }).textContent()).toContain(
					'Beschluss: Die Übersicht der Angebote wird bis zur nächsten Sitzung aktualisiert.'
				);
			} else {
				expect(meetings).not.toContain('Netzwerkkonferenz');
			}
			m.assertAllChecked();
			await m.close();
		}

		// Too large: just over the limit is answered next to the field, far over it before the request is read.
		await upload(s, 'Großer Scan', '', 'alle im Netzwerk', {
			name: 'gross.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.concat([PDF, Buffer.alloc(10.5 * 1024 * 1024)])
		});
		await page.getByText('Die Datei ist zu groß: höchstens 10 MB.').first().waitFor();
		await s.checkA11y();
		const huge = await fetch(`${h.server.url}/intern/dokumente?/uploadDocument`, {
			method: 'POST',
			body: new Uint8Array(30 * 1024 * 1024),
			headers: { 'content-type': 'application/octet-stream', origin: h.server.url },
			redirect: 'manual'
		});
		expect(huge.status).toBe(303);
		expect(huge.headers.get('location')).toBe('/intern/dokumente?zu-gross=1');
		await s.visit(`${h.server.url}/intern/dokumente?zu-gross=1`);
		expect(await page.getByRole('alert').first().textContent()).toContain('Die Datei ist zu groß');

		// Deleting removes it for everyone.
		await page.getByRole('button', { name: '„Haushaltsplanung“ löschen' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('main').textContent()).not.toContain('Haushaltsplanung');
		s.assertAllChecked();
		await s.close();
	});
});
