import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';
import { entriesOf, tempDir } from '../../support/archive-fixtures';
import { zipOf } from '../../support/zip-fixtures';

describe('a network as one archive', () => {
	const h = e2eHarness();
	// A second installation (demo data seeded anew: other ids, the same addresses).
	const other = e2eHarness({ fresh: true });
	const dir = tempDir('nfh-archive-e2e-');

	it('the coordinator downloads it; the operator is refused a corrupted one or one already here, and imports it elsewhere', async () => {
		const coordinator = await openSession(h.browser, { acceptDownloads: true });
		await logInAs(coordinator, h.server.url, 'koordination.mettmann@example.org');
		await coordinator.visit(`${h.server.url}/intern/einstellungen`);
		const [download] = await Promise.all([
			coordinator.page.waitForEvent('download'),
			coordinator.page.getByRole('link', { name: 'Archiv herunterladen (ZIP)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^netzwerk-mettmann-\d{4}-\d{2}-\d{2}\.zip$/);
		const archive = path.join(dir, 'mettmann.zip');
		fs.copyFileSync((await download.path())!, archive);
		const entries = await entriesOf(archive);
		const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
		expect(manifest.network.slug).toBe('mettmann');
		for (const table of manifest.tables as { name: string; file: string; rows: number }[])
			expect(JSON.parse(entries.get(table.file)!.toString('utf8')), table.name).toHaveLength(table.rows);
		expect(manifest.tables.find((t: { name: string }) => t.name === 'offers').rows).toBeGreaterThan(0);
		coordinator.assertAllChecked();
		await coordinator.close();

		const operator = await openSession(h.browser);
		await logInAs(operator, h.server.url, 'betrieb@example.org');
		await operator.checkA11y();
		await operator.page.getByRole('link', { name: 'Netzwerk aus einem Archiv übernehmen' }).click();
		await operator.page.waitForURL(/\/betrieb\/archiv$/);
		await operator.checkA11y();
		const corrupted = path.join(dir, 'beschaedigt.zip');
		const changed = (name: string, data: Buffer) =>
			name === 'tables/offers.json' ? Buffer.from(data.toString('utf8').replace('"title": "', '"title": "X')) : data;
		fs.writeFileSync(corrupted, zipOf([...entries].map(([name, data]) => ({ name, data: changed(name, data) }))));
		const upload = async (file: string) => {
			await operator.page.getByLabel('Archiv (ZIP-Datei)').setInputFiles(file);
			await operator.page.getByRole('button', { name: 'Archiv prüfen' }).click();
			await operator.page.getByRole('alert').waitFor();
			await operator.checkA11y();
			return operator.page.getByRole('alert').textContent();
		};
		expect(await upload(corrupted)).toContain('Eine Prüfsumme stimmt nicht');
		expect(await upload(archive)).toContain('Dieses Netzwerk ist bereits in dieser Installation vorhanden.');
		operator.assertAllChecked();
		await operator.close();

		// The other installation takes it as a new network under another address: check, then confirm.
		const elsewhere = await openSession(other.browser);
		await logInAs(elsewhere, other.server.url, 'betrieb@example.org');
		await elsewhere.visit(`${other.server.url}/betrieb/archiv`);
		await elsewhere.page.getByLabel('Archiv (ZIP-Datei)').setInputFiles(archive);
		await elsewhere.page.getByRole('button', { name: 'Archiv prüfen' }).click();
		await elsewhere.page.getByRole('alert').waitFor();
		expect(await elsewhere.page.getByRole('alert').textContent()).toContain('Diese Adresse ist schon vergeben');
		await elsewhere.checkA11y();
		await elsewhere.page.getByLabel('Archiv (ZIP-Datei)').setInputFiles(archive);
		await elsewhere.page.getByLabel('Adresse des Netzwerks').fill('mettmann-archiv');
		await elsewhere.page.getByRole('button', { name: 'Archiv prüfen' }).click();
		await elsewhere.page.getByRole('heading', { name: `Prüfung bestanden: ${manifest.network.name}` }).waitFor();
		await elsewhere.checkA11y();
		await elsewhere.page.getByRole('button', { name: 'Netzwerk jetzt übernehmen' }).click();
		await elsewhere.page.waitForURL(/\/betrieb\/netzwerke\/[0-9a-f-]+\?uebernommen=1$/);
		await elsewhere.checkA11y();
		expect(await elsewhere.page.getByRole('status').textContent()).toContain('wurde übernommen');
		expect(await elsewhere.page.getByRole('link', { name: '/mettmann-archiv' }).count()).toBe(1);
		elsewhere.assertAllChecked();
		await elsewhere.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});
});
