// `npm run restore FILE`: unpacks a backup into a temporary folder beside the empty DATA_DIR, checks
// it against its manifest (every file's checksum, the migrations, the row count of every table),
// and only then renames it into place: a refused or failed restore leaves nothing behind (ADR 0030).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import type { Config } from '../config';
import { APP_SECRET_FILE } from '../app-secret';
import { secretBox } from '../domains/shared/crypto';
import {
	countRows,
	manifestSchema,
	openDataDirCopy,
	sha256File,
	shippedMigrationHashes,
	type BackupManifest,
	type FileEntry
} from './backup-manifest';

export class RestoreRefused extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'RestoreRefused';
	}
}

export type RestoreOptions = { config: Config; file: string; log?: (line: string) => void };

const ALLOWED = /^(manifest\.json|app-secret|database\.dump|database(\/.*)?|files(\/.*)?)$/;

function isEmptyOrMissing(dir: string): boolean {
	return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

function refuseNonEmpty(config: Config) {
	const dirs = [config.dataDir, ...(config.s3 ? [] : [config.filesDir])];
	for (const dir of dirs)
		if (!isEmptyOrMissing(dir))
			throw new RestoreRefused(
				`${dir} ist nicht leer: zurückgespielt wird nur in ein leeres Verzeichnis (DATA_DIR bzw. FILES_DIR). ` +
					`/ ${dir} is not empty: a backup is restored into an empty directory only.`
			);
}

const broken = (detail: string) =>
	new RestoreRefused(
		`Das Archiv ist beschädigt oder keine Sicherung dieser Anwendung (${detail}). Nichts wurde geschrieben. ` +
			`/ The archive is damaged or not a backup of this application (${detail}). Nothing was written.`
	);

async function unpack(file: string, into: string) {
	if (!fs.existsSync(file)) throw new RestoreRefused(`${file} gibt es nicht. / ${file} does not exist.`);
	try {
		await tar.extract({
			file,
			cwd: into,
			strict: true,
			// Only our own layout, only files and folders: no links, no devices, nothing outside `into`.
			filter: (p, entry) =>
				ALLOWED.test(p.replace(/\/$/, '')) && 'type' in entry && /^(File|Directory)$/.test(entry.type)
		});
	} catch (e) {
		throw broken(e instanceof Error ? e.message : String(e));
	}
}

function readManifest(dir: string): BackupManifest {
	const file = path.join(dir, 'manifest.json');
	if (!fs.existsSync(file)) throw broken('manifest.json fehlt / missing');
	let parsed: unknown;
	try {
		parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		throw broken('manifest.json ist kein JSON / not JSON');
	}
	const result = manifestSchema.safeParse(parsed);
	if (!result.success) throw broken(`manifest.json: ${result.error.issues[0]?.message ?? 'ungültig'}`);
	return result.data;
}

/** Exactly the listed files, each with its size and checksum. */
async function checkFiles(dir: string, listed: FileEntry[], label: string) {
	const found = new Set<string>();
	if (fs.existsSync(dir))
		for (const name of fs.readdirSync(dir, { recursive: true }) as string[])
			if (fs.lstatSync(path.join(dir, name)).isFile()) found.add(name.split(path.sep).join('/'));
	for (const entry of listed) {
		const full = path.join(dir, ...entry.path.split('/'));
		if (!found.delete(entry.path)) throw broken(`${label}/${entry.path} fehlt / missing`);
		if (fs.statSync(full).size !== entry.size || (await sha256File(full)) !== entry.sha256)
			throw broken(`${label}/${entry.path}: Prüfsumme falsch / checksum mismatch`);
	}
	if (found.size) throw broken(`${label}/${[...found][0]} steht nicht im Manifest / not in the manifest`);
}

function checkMigrations(manifest: BackupManifest) {
	if (!manifest.migrations) return;
	const shipped = shippedMigrationHashes();
	const { count, lastHash } = manifest.migrations;
	if (count > shipped.length)
		throw new RestoreRefused(
			`Die Sicherung stammt von einer neueren Version (${count} Migrationen, diese Version kennt ${shipped.length}). ` +
				`Spielen Sie sie mit dieser oder einer neueren Version zurück. / The backup is from a newer version (${count} migrations, this one has ${shipped.length}).`
		);
	if (count > 0 && shipped[count - 1] !== lastHash)
		throw new RestoreRefused(
			`Die Migrationen der Sicherung passen nicht zu dieser Version (Migration ${count} unterscheidet sich). ` +
				`/ The backup's migrations do not match this version (migration ${count} differs).`
		);
}

/** Opens the unpacked database and compares the row count of every table with the manifest. */
async function checkRowCounts(dir: string, expected: Record<string, number>) {
	let actual: Record<string, number>;
	const client = await openDataDirCopy(dir).catch((e: unknown) => {
		throw broken(`Datenbank lässt sich nicht öffnen / database does not open: ${e instanceof Error ? e.message : e}`);
	});
	try {
		actual = await countRows(client);
	} finally {
		await client.close();
	}
	const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
	for (const table of tables)
		if (expected[table] !== actual[table])
			throw broken(
				`${table}: ${actual[table] ?? 'fehlt'} Zeilen statt ${expected[table] ?? 'keiner'} / row count differs`
			);
}

function keyAdvice(manifest: BackupManifest, config: Config, log: (line: string) => void) {
	if (manifest.key.included || !manifest.key.keyId) return;
	if (config.appSecret) {
		const id = secretBox(config.appSecret).keyId;
		if (id !== manifest.key.keyId)
			log(
				`[restore] Achtung: APP_SECRET hat die Kennung ${id}, die Sicherung wurde mit ${manifest.key.keyId} gemacht – zweite Faktoren lassen sich so nicht prüfen.`
			);
		return;
	}
	log(
		`[restore] Der Schlüssel ist nicht in der Sicherung: legen Sie Ihre Kopie von app-secret (Kennung ${manifest.key.keyId}) ` +
			`vor dem ersten Start nach ${path.join(config.dataDir, APP_SECRET_FILE)} (Modus 0600) oder setzen Sie APP_SECRET.`
	);
}

/** Moves `from` to the empty or missing `to` (a rename: all or nothing). */
function moveInto(from: string, to: string) {
	fs.mkdirSync(path.dirname(to), { recursive: true });
	if (fs.existsSync(to)) fs.rmdirSync(to); // empty, checked above
	fs.renameSync(from, to);
}

export async function restoreBackup(options: RestoreOptions): Promise<BackupManifest> {
	const { config, file } = options;
	const log = options.log ?? (() => undefined);
	refuseNonEmpty(config);
	const parent = path.dirname(config.dataDir);
	fs.mkdirSync(parent, { recursive: true });
	const work = fs.mkdtempSync(path.join(parent, `.${path.basename(config.dataDir)}.restore-`));
	try {
		await unpack(file, work);
		const manifest = readManifest(work);
		if (manifest.database.kind === 'pglite') {
			if (config.databaseUrl)
				throw new RestoreRefused(
					'Die Sicherung enthält die eingebettete Datenbank, DATABASE_URL ist aber gesetzt. / The backup holds the embedded database, but DATABASE_URL is set.'
				);
			await checkFiles(path.join(work, 'database'), manifest.database.files, 'database');
			checkMigrations(manifest);
			if (manifest.rowCounts) await checkRowCounts(path.join(work, 'database'), manifest.rowCounts);
		} else {
			const dump = manifest.database.files.filter((f) => f.path === 'database.dump');
			const dumpDir = path.join(work, 'dump');
			if (dump.length && !fs.existsSync(path.join(work, 'database.dump')))
				throw broken('database.dump fehlt / missing');
			if (dump.length) moveInto(path.join(work, 'database.dump'), path.join(dumpDir, 'database.dump'));
			await checkFiles(dumpDir, dump, 'dump');
		}
		if (manifest.files) await checkFiles(path.join(work, 'files'), manifest.files, 'files');
		return await install(work, manifest, config, log);
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

/** Everything checked: the unpacked folders take their places. */
async function install(work: string, manifest: BackupManifest, config: Config, log: (line: string) => void) {
	const data = path.join(work, manifest.database.kind === 'pglite' ? 'database' : 'data');
	fs.mkdirSync(data, { recursive: true, mode: 0o700 });
	if (manifest.key.included) {
		fs.renameSync(path.join(work, APP_SECRET_FILE), path.join(data, APP_SECRET_FILE));
		fs.chmodSync(path.join(data, APP_SECRET_FILE), 0o600);
	}
	const files = path.join(work, 'files');
	const filesInside = path.relative(config.dataDir, config.filesDir);
	const filesInData = !filesInside.startsWith('..') && !path.isAbsolute(filesInside);
	if (manifest.files && fs.existsSync(files)) {
		if (filesInData) moveInto(files, path.join(data, filesInside));
		else {
			// Another file system perhaps: copy beside FILES_DIR first, then rename there.
			const beside = `${config.filesDir}.restore-${randomBytes(4).toString('hex')}`;
			fs.cpSync(files, beside, { recursive: true });
			moveInto(beside, config.filesDir);
		}
	}
	if (manifest.database.kind === 'postgres')
		log(
			'[restore] Die Dateien sind zurückgespielt. Die Datenbank (PostgreSQL) spielen Sie mit pg_restore zurück: ' +
				'`tar -xzf SICHERUNG.tar.gz database.dump && pg_restore --no-owner --dbname "$DATABASE_URL" database.dump` (docs/operations.md).'
		);
	if (manifest.database.kind === 'postgres' && !filesInData) return manifest;
	moveInto(data, config.dataDir);
	keyAdvice(manifest, config, log);
	return manifest;
}
