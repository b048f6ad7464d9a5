// `npm run restore FILE`: a backup into an empty DATA_DIR (and FILES_DIR), checked before anything is moved into place (ADR 0030).
import path from 'node:path';
import { readConfig } from '../src/lib/server/config';
import { restoreBackup } from '../src/lib/server/ops/restore-backup';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file) {
	console.error('Aufruf / usage: npm run restore -- SICHERUNG.tar.gz   (DATA_DIR muss leer sein / must be empty)');
	process.exit(2);
}
const config = readConfig();
try {
	const manifest = await restoreBackup({ config, file: path.resolve(file), log: (line) => console.log(line) });
	console.log(
		`[restore] ${config.dataDir}: Sicherung vom ${manifest.createdAt} (Version ${manifest.app.version}) zurückgespielt und geprüft` +
			`${manifest.rowCounts ? ` (${Object.keys(manifest.rowCounts).length} Tabellen` : ' ('}${manifest.files ? `, ${manifest.files.length} Dateien)` : ')'}.`
	);
} catch (e) {
	console.error(`[restore] ${e instanceof Error ? e.message : e}`);
	if (process.env.DEBUG) console.error(e);
	process.exit(1);
}
