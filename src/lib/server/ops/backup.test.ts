import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { openDatabase } from '../db/client';
import { TEST_DATABASE_KINDS } from '../db/testing';
import { seedDemoData } from '../demo/seed-demo-data';
import { localFileStore } from '../domains/documents/local-file-store';
import { countRows, listFiles, openDataDirCopy, type BackupManifest } from './backup-manifest';
import { claimDataDir } from './control-socket';
import { restoreBackup, RestoreRefused } from './restore-backup';
import { holdableFileStore, serverSnapshotHandlers } from './snapshot-database';
import { writeBackup } from './write-backup';

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const configFor = (env: Record<string, string>) => readConfig({ ...env, APP_SECRET: undefined });

async function pgliteRowCounts(dataDir: string) {
	const client = await openDataDirCopy(dataDir);
	try {
		return await countRows(client);
	} finally {
		await client.close();
	}
}

/** What a restore must not leave behind: the target stays empty and no temporary folder remains beside it. */
function expectNothingWritten(target: string) {
	expect(fs.existsSync(target) ? fs.readdirSync(target) : []).toEqual([]);
	expect(fs.readdirSync(path.dirname(target)).filter((n) => n.includes('.restore-'))).toEqual([]);
}

describe.each(TEST_DATABASE_KINDS)('backup and restore (%s)', (kind) => {
	let work: string;
	let dataDir: string;
	let databaseUrl = '';
	let admin: pg.Client | undefined;
	const createdDatabases: string[] = [];

	async function newServerDatabase(): Promise<string> {
		const name = `nfh_test_${randomBytes(6).toString('hex')}`;
		await admin!.query(`CREATE DATABASE ${name}`);
		createdDatabases.push(name);
		const url = new URL(process.env.TEST_DATABASE_URL!);
		url.pathname = `/${name}`;
		return url.toString();
	}

	async function serverRowCounts(url: string) {
		const client = new pg.Client({ connectionString: url }); // the superuser: RLS does not apply
		await client.connect();
		try {
			const tables = await client.query<{ t: string }>(
				`select quote_ident(table_schema) || '.' || quote_ident(table_name) as t from information_schema.tables
				 where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1`
			);
			const counts: Record<string, number> = {};
			for (const { t } of tables.rows)
				counts[t] = (await client.query<{ n: number }>(`select count(*)::int as n from ${t}`)).rows[0]!.n;
			return counts;
		} finally {
			await client.end();
		}
	}

	beforeAll(async () => {
		work = tmp('nfh-backup-test-');
		dataDir = path.join(work, 'data');
		if (kind === 'postgres') {
			admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
			await admin.connect();
			databaseUrl = await newServerDatabase();
		}
		const database = await openDatabase(kind === 'pglite' ? { dataDir } : { databaseUrl });
		// The demo networks: every domain's tables have rows, and documents, agreements and scans have files.
		await seedDemoData(database.db, { files: localFileStore(path.join(dataDir, 'files')) });
		await database.close();
	}, 240_000);

	afterAll(async () => {
		for (const name of createdDatabases) await admin?.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await admin?.end();
		fs.rmSync(work, { recursive: true, force: true });
	});

	it('backs up database and files, restores into an empty DATA_DIR with the same rows in every table and the same files', async () => {
		const archive = path.join(work, 'first.tar.gz');
		const manifest = await writeBackup({
			config: configFor({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl }),
			out: archive
		});
		expect(manifest.files!.length).toBeGreaterThan(0);
		expect(fs.statSync(archive).mode & 0o077).toBe(0); // personal data: the owner's only
		const target = path.join(work, 'restored');
		await restoreBackup({ config: configFor({ DATA_DIR: target, DATABASE_URL: databaseUrl }), file: archive });

		expect(await listFiles(path.join(target, 'files'))).toEqual(await listFiles(path.join(dataDir, 'files')));
		if (kind === 'pglite') {
			const original = await pgliteRowCounts(dataDir);
			expect(Object.keys(original)).toContain('public.offers');
			expect(original['public.offers']).toBeGreaterThan(0);
			expect(await pgliteRowCounts(target)).toEqual(original);
			expect(manifest.rowCounts).toEqual(original);
		} else {
			// The documented way for PostgreSQL: the archive's pg_dump into a new database with pg_restore.
			expect(manifest.database.takenFrom).toBe('pg_dump');
			const dump = path.join(work, 'database.dump');
			await tar.extract({ file: archive, cwd: work }, ['database.dump']);
			const restoredUrl = await newServerDatabase();
			const result = spawnSync('pg_restore', ['--no-owner', '--dbname', restoredUrl, dump], { encoding: 'utf8' });
			expect(result.stderr).toBe('');
			const original = await serverRowCounts(databaseUrl);
			expect(original['public.offers']).toBeGreaterThan(0);
			expect(await serverRowCounts(restoredUrl)).toEqual(original);
		}
	}, 240_000);

	it.runIf(kind === 'pglite')(
		'takes the snapshot from the server that has the data directory open, while it serves',
		async () => {
			const claim = await claimDataDir(dataDir);
			const database = await openDatabase({ dataDir });
			try {
				const files = holdableFileStore(localFileStore(path.join(dataDir, 'files')));
				claim.serve(serverSnapshotHandlers(database, dataDir, files));
				// A second opener is refused while the server holds the directory.
				await expect(claimDataDir(dataDir)).rejects.toThrow(/wird schon von einem anderen Prozess benutzt/);
				const archive = path.join(work, 'online.tar.gz');
				const manifest = await writeBackup({ config: configFor({ DATA_DIR: dataDir }), out: archive });
				expect(manifest.database.takenFrom).toBe('running-server');
				expect(fs.readdirSync(dataDir).filter((n) => n.startsWith('.backup-'))).toEqual([]);
				const target = path.join(work, 'restored-online');
				await restoreBackup({ config: configFor({ DATA_DIR: target }), file: archive });
				expect(await pgliteRowCounts(target)).toEqual(manifest.rowCounts);
			} finally {
				await database.close();
				await claim.close();
			}
		},
		240_000
	);

	it('refuses a non-empty DATA_DIR, a damaged archive and an archive whose file does not match its checksum', async () => {
		const archive = path.join(work, 'refusals.tar.gz');
		const config = configFor({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
		await writeBackup({ config, out: archive });

		await expect(restoreBackup({ config, file: archive })).rejects.toThrow(/ist nicht leer/);

		const damaged = path.join(work, 'damaged.tar.gz');
		const bytes = fs.readFileSync(archive);
		bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
		fs.writeFileSync(damaged, bytes);
		const target = path.join(work, 'never');
		const restore = (file: string) =>
			restoreBackup({ config: configFor({ DATA_DIR: target, DATABASE_URL: databaseUrl }), file });
		await expect(restore(damaged)).rejects.toThrow(RestoreRefused);
		expectNothingWritten(target);

		// A well-formed archive with one file changed after the manifest was written.
		const unpacked = tmp('nfh-backup-tamper-');
		await tar.extract({ file: archive, cwd: unpacked });
		const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')) as BackupManifest;
		fs.appendFileSync(path.join(unpacked, 'files', manifest.files![0]!.path), 'x');
		const tampered = path.join(work, 'tampered.tar.gz');
		await tar.create({ gzip: true, cwd: unpacked, file: tampered }, fs.readdirSync(unpacked));
		fs.rmSync(unpacked, { recursive: true, force: true });
		await expect(restore(tampered)).rejects.toThrow(/Prüfsumme falsch/);
		expectNothingWritten(target);

		const foreign = path.join(work, 'foreign.tar.gz');
		fs.writeFileSync(path.join(work, 'manifest.json'), '{"format":"something-else"}');
		await tar.create({ gzip: true, cwd: work, file: foreign }, ['manifest.json']);
		await expect(restore(foreign)).rejects.toThrow(/keine Sicherung dieser Anwendung/);
		expectNothingWritten(target);
	}, 240_000);
});
