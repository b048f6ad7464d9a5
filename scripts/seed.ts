// `npm run seed`: loads the demo networks into the configured database (idempotent).
import { openDatabase } from '../src/lib/server/db/client';
import { readConfig } from '../src/lib/server/config';
import { claimDataDir } from '../src/lib/server/ops/control-socket';
import { seedDemoData } from '../src/lib/server/demo/seed-demo-data';
import { openFileStore } from '../src/lib/server/domains/documents/file-store';
import { loadAppSecret } from '../src/lib/server/app-secret';
import { secretBox } from '../src/lib/server/domains/shared/crypto';
import { sealStoredTotpSecrets } from '../src/lib/server/domains/accounts/totp-secret';
import fs from 'node:fs';

const config = readConfig();
if (!config.databaseUrl) fs.mkdirSync(config.dataDir, { recursive: true });
// The same key as the app's (APP_SECRET or DATA_DIR/app-secret): the demo TOTP secrets are stored encrypted.
const secrets = secretBox(loadAppSecret(config).secret);
// The embedded database's directory: this process's alone while it runs (a running server refuses it, ADR 0030).
const claim = config.databaseUrl
	? undefined
	: await claimDataDir(config.dataDir).catch((e: unknown) => {
			console.error(e instanceof Error ? e.message : e);
			process.exit(1);
		});
const database = await openDatabase({
	databaseUrl: config.databaseUrl,
	dataDir: config.databaseUrl ? undefined : config.dataDir
});
await seedDemoData(database.db, { files: openFileStore(config) });
await sealStoredTotpSecrets(database.db, secrets);
await database.close();
await claim?.close();
console.log(`[seed] Beispieldaten geladen (${database.kind}).`);
