// `npm run seed`: loads the demo networks into the configured database (idempotent).
import { openDatabase } from '../src/lib/server/db/client';
import { readConfig } from '../src/lib/server/config';
import { seedDemoData } from '../src/lib/server/demo/seed-demo-data';
import { openFileStore } from '../src/lib/server/domains/documents/file-store';
import fs from 'node:fs';

const config = readConfig();
if (!config.databaseUrl) fs.mkdirSync(config.dataDir, { recursive: true });
const database = await openDatabase({
	databaseUrl: config.databaseUrl,
	dataDir: config.databaseUrl ? undefined : config.dataDir
});
await seedDemoData(database.db, { files: openFileStore(config) });
await database.close();
console.log(`[seed] Beispieldaten geladen (${database.kind}).`);
