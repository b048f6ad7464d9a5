import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_SECRET_FILE, loadAppSecret, StartupError } from './app-secret';

describe('loadAppSecret', () => {
	const dirs: string[] = [];
	const tempDir = () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-secret-'));
		dirs.push(dir);
		return dir;
	};
	afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

	it('takes APP_SECRET when it is long enough and refuses a short one with a clear message', () => {
		const secret = 'x'.repeat(32);
		expect(loadAppSecret({ appSecret: secret, databaseUrl: 'postgres://db/x', dataDir: tempDir() })).toEqual({
			secret,
			source: 'APP_SECRET'
		});
		const short = () => loadAppSecret({ appSecret: 'zu-kurz', databaseUrl: undefined, dataDir: tempDir() });
		expect(short).toThrow(StartupError);
		expect(short).toThrow(/APP_SECRET ist zu kurz: mindestens 32 Zeichen/);
	});

	it('refuses to start with DATABASE_URL and without APP_SECRET (German and English)', () => {
		const dataDir = tempDir();
		const missing = () => loadAppSecret({ appSecret: undefined, databaseUrl: 'postgres://db/x', dataDir });
		expect(missing).toThrow(StartupError);
		expect(missing).toThrow(/APP_SECRET fehlt.*APP_SECRET is missing/s);
		expect(fs.existsSync(path.join(dataDir, APP_SECRET_FILE))).toBe(false);
	});

	it('creates a random key file (0600) in DATA_DIR on the embedded database and reuses it', () => {
		const dataDir = path.join(tempDir(), 'neu');
		const first = loadAppSecret({ appSecret: undefined, databaseUrl: undefined, dataDir });
		expect(first.source).toBe('created');
		expect(first.secret.length).toBeGreaterThanOrEqual(32);
		const file = path.join(dataDir, APP_SECRET_FILE);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		const again = loadAppSecret({ appSecret: undefined, databaseUrl: undefined, dataDir });
		expect(again).toMatchObject({ source: 'file', secret: first.secret });
		expect(loadAppSecret({ appSecret: undefined, databaseUrl: undefined, dataDir: tempDir() }).secret).not.toBe(
			first.secret
		);
		fs.writeFileSync(file, 'kurz\n');
		expect(() => loadAppSecret({ appSecret: undefined, databaseUrl: undefined, dataDir })).toThrow(/beschädigt/);
	});
});
