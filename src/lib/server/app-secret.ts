import fs from 'node:fs';
import path from 'node:path';
import { randomToken } from './domains/shared/crypto';
import type { Config } from './config';

/** Shortest APP_SECRET accepted (characters). */
export const MIN_APP_SECRET_LENGTH = 32;
/** The key file on the embedded database, in DATA_DIR (created on first start, mode 0600). */
export const APP_SECRET_FILE = 'app-secret';

/** A setting that keeps the app from starting; `npm start` prints only the message and exits. */
export class StartupError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StartupError';
	}
}

const TOO_SHORT =
	`APP_SECRET ist zu kurz: mindestens ${MIN_APP_SECRET_LENGTH} Zeichen (z. B. \`openssl rand -base64 48\`). ` +
	`/ APP_SECRET is too short: at least ${MIN_APP_SECRET_LENGTH} characters (e.g. \`openssl rand -base64 48\`).`;
const MISSING =
	'APP_SECRET fehlt: Mit DATABASE_URL muss APP_SECRET gesetzt sein (mindestens 32 Zeichen, z. B. `openssl rand -base64 48`; ' +
	'bei jedem Start derselbe Wert, sonst lässt sich der zweite Faktor nicht mehr prüfen). ' +
	'/ APP_SECRET is missing: with DATABASE_URL, set APP_SECRET (at least 32 characters, the same value on every start and in every process).';

/**
 * The key material for secrets at rest: APP_SECRET when set; on the embedded database without it a
 * random key in DATA_DIR/app-secret (created once, mode 0600, reused); with DATABASE_URL and
 * without APP_SECRET the app refuses to start (several processes and a database server elsewhere
 * must all share one key, which a file on one machine cannot promise).
 */
export function loadAppSecret(config: Pick<Config, 'appSecret' | 'databaseUrl' | 'dataDir'>): {
	secret: string;
	source: 'APP_SECRET' | 'created' | 'file';
	file?: string;
} {
	if (config.appSecret !== undefined) {
		if (config.appSecret.length < MIN_APP_SECRET_LENGTH) throw new StartupError(TOO_SHORT);
		return { secret: config.appSecret, source: 'APP_SECRET' };
	}
	if (config.databaseUrl) throw new StartupError(MISSING);
	const file = path.join(config.dataDir, APP_SECRET_FILE);
	fs.mkdirSync(config.dataDir, { recursive: true });
	try {
		fs.writeFileSync(file, `${randomToken(48)}\n`, { mode: 0o600, flag: 'wx' });
		return { secret: readKeyFile(file), source: 'created', file };
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
	}
	return { secret: readKeyFile(file), source: 'file', file };
}

function readKeyFile(file: string): string {
	const secret = fs.readFileSync(file, 'utf8').trim();
	if (secret.length < MIN_APP_SECRET_LENGTH)
		throw new StartupError(
			`Die Schlüsseldatei ${file} ist beschädigt (weniger als ${MIN_APP_SECRET_LENGTH} Zeichen). Spielen Sie sie aus der Sicherung zurück. ` +
				`/ The key file ${file} is damaged (fewer than ${MIN_APP_SECRET_LENGTH} characters): restore it from the backup.`
		);
	return secret;
}
