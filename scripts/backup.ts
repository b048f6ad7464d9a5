// `npm run backup [FILE] [-- --with-key]`: database + files as one .tar.gz, also while the server runs (ADR 0030).
import path from 'node:path';
import { readConfig } from '../src/lib/server/config';
import { defaultBackupName, writeBackup } from '../src/lib/server/ops/write-backup';

const args = process.argv.slice(2);
const withKey = args.includes('--with-key');
const out = path.resolve(args.find((a) => !a.startsWith('--')) ?? defaultBackupName());
try {
	const manifest = await writeBackup({ config: readConfig(), out, withKey, log: (line) => console.log(line) });
	const rows = Object.values(manifest.rowCounts ?? {}).reduce((a, b) => a + b, 0);
	console.log(
		`[backup] ${out}: Datenbank (${manifest.database.kind}, ${manifest.database.takenFrom}), ` +
			`${manifest.rowCounts ? `${Object.keys(manifest.rowCounts).length} Tabellen, ${rows} Zeilen, ` : ''}` +
			`${manifest.files ? `${manifest.files.length} Dateien` : 'Dateien im S3-Bucket (nicht im Archiv)'}.`
	);
	if (!manifest.key.included && manifest.key.keyId)
		console.log(
			`[backup] Der Schlüssel (Kennung ${manifest.key.keyId}) ist nicht im Archiv: bewahren Sie app-secret bzw. APP_SECRET getrennt auf (oder --with-key).`
		);
} catch (e) {
	console.error(`[backup] ${e instanceof Error ? e.message : e}`);
	if (process.env.DEBUG) console.error(e);
	process.exit(1);
}
