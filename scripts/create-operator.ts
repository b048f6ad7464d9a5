// `npm run create-operator -- "Name" email@example.org`: first operator of a new installation.
// Prints a single-use link (72 h) to set the password and enrol the second factor.
import fs from 'node:fs';
import { openDatabase } from '../src/lib/server/db/client';
import { readConfig } from '../src/lib/server/config';
import { claimDataDir } from '../src/lib/server/ops/control-socket';
import { createOperator } from '../src/lib/server/domains/accounts/create-operator';

const [name, email] = process.argv.slice(2);
if (!name || !email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
	console.error('Aufruf: npm run create-operator -- "Vorname Nachname" name@example.org');
	process.exit(2);
}
const config = readConfig();
if (!config.databaseUrl) fs.mkdirSync(config.dataDir, { recursive: true });
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
const link = await createOperator(database.db, { name, email, baseUrl: config.publicUrl });
await database.close();
await claim?.close();
console.log(`Betriebskonto für ${email} angelegt. Einladungslink (72 Stunden gültig, einmalig):\n${link}`);
