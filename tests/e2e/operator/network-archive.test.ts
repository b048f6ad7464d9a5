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
	const dir = tempDir('nfh-archive-e2e-');

	it('the coordinator downloads the archive, the operator is refused a corrupted one and a network already here', async () => {
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
		fs.rmSync(dir, { recursive: true, force: true });
	});
});
