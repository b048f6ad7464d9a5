import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { countRows, openDataDirCopy, type BackupManifest } from '../../../src/lib/server/ops/backup-manifest';

const root = path.resolve(import.meta.dirname, '../../..');

/** Runs a command in the repository with these settings until it exits. */
function run(
	command: string,
	args: string[],
	env: Record<string, string>
): Promise<{ code: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(command, args, {
			cwd: root,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
		child.once('close', (code) => {
			clearTimeout(timer);
			resolve({ code, output });
		});
	});
}

const embedded = (dataDir: string) => ({ DATA_DIR: dataDir, DATABASE_URL: '', APP_SECRET: '', FILES_DIR: '' });

async function rowCounts(dataDir: string) {
	const client = await openDataDirCopy(dataDir);
	try {
		return await countRows(client);
	} finally {
		await client.close();
	}
}

describe('npm run backup while the server serves, npm run restore into an empty DATA_DIR', () => {
	const servers: TestServer[] = [];
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-e2e-backup-'));
	afterAll(async () => {
		await Promise.all(servers.map((s) => s.stop()));
		fs.rmSync(work, { recursive: true, force: true });
	});

	it('the backup is taken by the running server, restores with the same rows and files, and the restored copy serves', async () => {
		const server = await startServer();
		servers.push(server);
		const page = await (await fetch(`${server.url}/herten`)).text();
		expect(page).toContain('Frühe Hilfen');

		// Visitors keep coming while the backup runs.
		let serving = true;
		const answers: number[] = [];
		const load = (async () => {
			while (serving) answers.push((await fetch(`${server.url}/herten?q=beratung+${answers.length % 5}`)).status);
		})();

		// A second process on the same data directory is refused (it would corrupt the embedded database).
		const second = await run(process.execPath, ['scripts/start.js'], {
			...embedded(server.dataDir),
			PORT: '0',
			HOST: '127.0.0.1'
		});
		expect(second.code).toBe(1);
		expect(second.output).toContain('wird schon von einem anderen Prozess benutzt');

		const archive = path.join(work, 'sicherung.tar.gz');
		const backup = await run('npm', ['run', 'backup', '--', archive, '--with-key'], embedded(server.dataDir));
		serving = false;
		await load;
		expect(backup.output).toContain('Datenbank (pglite, running-server)');
		expect(backup.code).toBe(0);
		expect(answers.length).toBeGreaterThan(0);
		expect(answers.filter((s) => s !== 200)).toEqual([]);
		expect(fs.readdirSync(server.dataDir).filter((n) => n.startsWith('.backup-'))).toEqual([]);

		const restored = path.join(work, 'restored');
		const restore = await run('npm', ['run', 'restore', '--', archive], embedded(restored));
		expect(restore.output).toContain('zurückgespielt und geprüft');
		expect(restore.code).toBe(0);

		await tar.extract({ file: archive, cwd: work }, ['manifest.json']);
		const manifest = JSON.parse(fs.readFileSync(path.join(work, 'manifest.json'), 'utf8')) as BackupManifest;
		const counts = await rowCounts(restored);
		expect(Object.keys(counts).length).toBeGreaterThan(40);
		expect(counts).toEqual(manifest.rowCounts);
		// The content the visitors did not change is the server's own.
		await server.stop(true);
		const original = await rowCounts(server.dataDir);
		for (const table of [
			'public.networks',
			'public.offers',
			'public.organisations',
			'public.documents',
			'public.users'
		])
			expect([table, counts[table]]).toEqual([table, original[table]]);

		const again = await startServer({ env: { DATA_DIR: restored } });
		servers.push(again);
		expect(await (await fetch(`${again.url}/herten`)).text()).toContain('Frühe Hilfen');
		expect(again.output()).not.toContain('nicht entschlüsseln');
		expect(again.output()).not.toContain('Neuer Schlüssel');

		// A restore into the directory that now holds data is refused.
		const refused = await run('npm', ['run', 'restore', '--', archive], embedded(restored));
		expect(refused.code).toBe(1);
		expect(refused.output).toContain('ist nicht leer');
	}, 480_000);
});
