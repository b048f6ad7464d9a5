// `npm run backup [FILE]`: the database (a snapshot from the running server, or the data directory
// itself while no server runs; pg_dump on PostgreSQL) and the files directory as one .tar.gz with a
// manifest (ADR 0030).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import * as tar from 'tar';
import type { Config } from '../config';
import { APP_SECRET_FILE } from '../app-secret';
import { secretBox } from '../domains/shared/crypto';
import { claimDataDir, controlSocketPath } from './control-socket';
import { copyDatabaseFiles } from './snapshot-database';
import {
	appliedMigrations,
	appVersion,
	BACKUP_FORMAT,
	countRows,
	listDirectories,
	listFiles,
	openDataDirCopy,
	sha256File,
	type BackupManifest,
	type FileEntry
} from './backup-manifest';

export type BackupOptions = {
	config: Config;
	/** The archive to write (must not exist yet). */
	out: string;
	/** Put the key file (DATA_DIR/app-secret) into the archive too. */
	withKey?: boolean;
	log?: (line: string) => void;
};

type Snapshot = { dir: string; takenFrom: 'running-server' | 'stopped-server'; release: () => Promise<void> };

/** Asks the server on DATA_DIR's socket for a snapshot; null when no server answers there. */
export function requestSnapshot(socketPath: string, timeoutMs = 120_000): Promise<Snapshot | null> {
	return new Promise((resolve, reject) => {
		const socket = net.connect({ path: socketPath });
		let buffer = '';
		const timer = setTimeout(() => {
			socket.destroy();
			reject(new Error('Der Server hat nicht rechtzeitig geantwortet. / The server did not answer in time.'));
		}, timeoutMs);
		socket.setEncoding('utf8');
		socket.once('error', (e: NodeJS.ErrnoException) => {
			clearTimeout(timer);
			if (e.code === 'ENOENT' || e.code === 'ECONNREFUSED') resolve(null);
			else reject(e);
		});
		socket.once('connect', () => socket.write(`${JSON.stringify({ command: 'snapshot' })}\n`));
		socket.on('data', (chunk: string) => {
			buffer += chunk;
			if (!buffer.includes('\n')) return;
			clearTimeout(timer);
			const answer = JSON.parse(buffer.slice(0, buffer.indexOf('\n'))) as { ok: boolean; dir?: string; error?: string };
			if (!answer.ok || !answer.dir) {
				socket.destroy();
				return reject(
					new Error(`Der Server lehnt die Sicherung ab: ${answer.error} / The server refused: ${answer.error}`)
				);
			}
			const closed = new Promise<void>((r) => socket.once('close', () => r()));
			resolve({
				dir: answer.dir,
				takenFrom: 'running-server',
				release: async () => {
					socket.end();
					await closed;
				}
			});
		});
	});
}

/** The snapshot: from the running server, or — no server on the socket — the data directory, claimed meanwhile. */
async function takeSnapshot(dataDir: string): Promise<Snapshot> {
	if (!fs.existsSync(path.join(dataDir, 'PG_VERSION')))
		throw new Error(`In DATA_DIR ${dataDir} liegt keine Datenbank. / No database in DATA_DIR ${dataDir}.`);
	const socketPath = controlSocketPath(dataDir);
	if (!socketPath)
		throw new Error(
			'Der Pfad von DATA_DIR ist zu lang für den Steuer-Socket (höchstens 107 Bytes mit „/control.sock“). ' +
				'/ The DATA_DIR path is too long for the control socket.'
		);
	const fromServer = await requestSnapshot(socketPath);
	if (fromServer) return fromServer;
	// No server: this process takes the directory, so a server that starts now waits for nobody and stops.
	const claim = await claimDataDir(dataDir);
	try {
		const dir = copyDatabaseFiles(dataDir);
		return {
			dir,
			takenFrom: 'stopped-server',
			release: async () => {
				fs.rmSync(dir, { recursive: true, force: true });
				await claim.close();
			}
		};
	} catch (e) {
		await claim.close();
		throw e;
	}
}

/** Row counts and migrations, read from the copy itself: the manifest describes exactly what is archived. */
async function describeCopy(dir: string) {
	const client = await openDataDirCopy(dir);
	try {
		return { rowCounts: await countRows(client), migrations: await appliedMigrations(client) };
	} finally {
		await client.close();
	}
}

function keyOf(config: Config, withKey: boolean): { keyId: string | null; file: string | null } {
	const file = path.join(config.dataDir, APP_SECRET_FILE);
	const secret = config.appSecret ?? (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null);
	return {
		keyId: secret ? secretBox(secret).keyId : null,
		file: withKey && !config.appSecret && fs.existsSync(file) ? file : null
	};
}

/** pg_dump of DATABASE_URL into `dir/database.dump` when pg_dump is installed; null when it is not. */
function dumpPostgres(databaseUrl: string, dir: string, log: (line: string) => void): FileEntry[] | null {
	if (spawnSync('pg_dump', ['--version']).status !== 0) {
		log(
			'[backup] pg_dump ist nicht installiert: nur die Dateien werden gesichert (docs/operations.md: pg_dump, PITR).'
		);
		return null;
	}
	const result = spawnSync('pg_dump', ['--format=custom', '--file', path.join(dir, 'database.dump'), databaseUrl], {
		encoding: 'utf8'
	});
	if (result.status !== 0) throw new Error(`pg_dump ist fehlgeschlagen / pg_dump failed:\n${result.stderr}`);
	const stat = fs.statSync(path.join(dir, 'database.dump'));
	return [{ path: 'database.dump', size: stat.size, sha256: '' }];
}

export function defaultBackupName(now = new Date()): string {
	return `nfh-backup-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z.tar.gz`;
}

/** Writes the archive (first as `FILE.partial`, renamed when complete) and returns its manifest. */
export async function writeBackup(options: BackupOptions): Promise<BackupManifest> {
	const { config, out } = options;
	const log = options.log ?? (() => undefined);
	if (fs.existsSync(out)) throw new Error(`${out} gibt es schon. / ${out} exists already.`);
	const staging = path.join(path.dirname(out), `.${path.basename(out)}.${randomBytes(4).toString('hex')}`);
	fs.mkdirSync(staging, { mode: 0o700 });
	let snapshot: Snapshot | null = null;
	try {
		const key = keyOf(config, options.withKey ?? false);
		let database: BackupManifest['database'];
		let described: Awaited<ReturnType<typeof describeCopy>> | null = null;
		if (config.databaseUrl) {
			log('[backup] PostgreSQL: für die Datenbank sind pg_dump / pg_restore und PITR der Weg (docs/operations.md).');
			const dumped = dumpPostgres(config.databaseUrl, staging, log);
			for (const entry of dumped ?? []) entry.sha256 = await sha256File(path.join(staging, entry.path));
			database = { kind: 'postgres', takenFrom: dumped ? 'pg_dump' : 'none', files: dumped ?? [], directories: [] };
		} else {
			snapshot = await takeSnapshot(config.dataDir);
			described = await describeCopy(snapshot.dir);
			database = {
				kind: 'pglite',
				takenFrom: snapshot.takenFrom,
				files: await listFiles(snapshot.dir),
				directories: listDirectories(snapshot.dir)
			};
			fs.symlinkSync(snapshot.dir, path.join(staging, 'database'));
		}
		const files = config.s3 ? null : await listFiles(config.filesDir);
		if (files) fs.symlinkSync(config.filesDir, path.join(staging, 'files'));
		if (key.file) fs.symlinkSync(key.file, path.join(staging, APP_SECRET_FILE));
		const manifest: BackupManifest = {
			format: BACKUP_FORMAT,
			formatVersion: 1,
			app: appVersion(),
			createdAt: new Date().toISOString(),
			database,
			migrations: described?.migrations ?? null,
			rowCounts: described?.rowCounts ?? null,
			files,
			key: { keyId: key.keyId, included: key.file !== null }
		};
		fs.writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
		const entries = [
			'manifest.json',
			...(database.kind === 'pglite'
				? ['database', ...database.directories, ...database.files.map((f) => f.path)].map((p) =>
						p === 'database' ? p : `database/${p}`
					)
				: database.files.map((f) => f.path)),
			...(files ?? []).map((f) => `files/${f.path}`),
			...(key.file ? [APP_SECRET_FILE] : [])
		];
		const partial = `${out}.partial`;
		// Personal data: readable by the owner only (tar writes into the file created here).
		fs.writeFileSync(partial, '', { mode: 0o600, flag: 'wx' });
		// noDirRecurse: a folder entry is the folder alone; its files are listed one by one (exactly the manifest).
		await tar.create(
			{ gzip: true, portable: true, follow: true, noDirRecurse: true, cwd: staging, file: partial },
			entries
		);
		fs.renameSync(partial, out);
		return manifest;
	} finally {
		await snapshot?.release();
		fs.rmSync(staging, { recursive: true, force: true });
		fs.rmSync(`${out}.partial`, { force: true });
	}
}
