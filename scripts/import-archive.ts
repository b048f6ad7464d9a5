// `npm run import-archive -- FILE [address]`: checks a network archive (dry run) and prints what it holds;
// with `--ja` at the end it imports it as a new network, all or nothing (ADR 0031). For archives too large
// for the upload on /betrieb/archiv: the file is read from disk as a stream. With the embedded database
// (no DATABASE_URL) stop the server first, PGlite is opened by one process only.
import fs from 'node:fs';
import { openDatabase } from '../src/lib/server/db/client';
import { readConfig } from '../src/lib/server/config';
import { openFileStore } from '../src/lib/server/domains/documents/file-store';
import { checkNetworkArchive, importNetworkArchive } from '../src/lib/server/domains/archive/import-network-archive';
import { isAppError } from '../src/lib/server/errors';
import { de } from '../src/lib/i18n/messages/de';

const args = process.argv.slice(2);
const confirm = args.at(-1) === '--ja';
const [file, slug] = args.filter((a) => a !== '--ja');
if (!file || !fs.existsSync(file)) {
	console.error('Aufruf: npm run import-archive -- archiv.zip [adresse] [--ja]');
	process.exit(2);
}
const config = readConfig();
const database = await openDatabase({
	databaseUrl: config.databaseUrl,
	dataDir: config.databaseUrl ? undefined : config.dataDir
});
// The person at the server's console acts as the operator; the import writes no audit entry of its own.
const ctx = {
	db: database.db,
	files: openFileStore(config),
	actor: {
		userId: '',
		email: '',
		name: 'Konsole',
		grants: [{ role: 'operator' as const, networkId: null, organisationId: null }]
	}
};
try {
	const summary = await checkNetworkArchive(ctx, file, slug ?? null);
	console.log(`${summary.network.name} (/${summary.slug}), erstellt ${summary.createdAt}`);
	for (const t of summary.tables) console.log(`  ${t.name}: ${t.rows}`);
	console.log(`  Dateien: ${summary.files} (${summary.fileBytes} Bytes), fehlend: ${summary.missingFiles}`);
	if (confirm) {
		await importNetworkArchive(ctx, file, summary.slug);
		console.log('Übernommen. Laden Sie jetzt die Netzwerkkoordination ein.');
	} else console.log('Prüfung bestanden. Zum Übernehmen den Befehl mit --ja am Ende wiederholen.');
} catch (e) {
	if (!isAppError(e)) throw e;
	const key = String(e.details.message ?? e.code);
	console.error((de as Record<string, string>)[key] ?? key);
	process.exitCode = 1;
} finally {
	await database.close();
}
