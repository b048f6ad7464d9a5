import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm start`'s script with these settings until it exits; its exit code and output. */
async function startAndWaitForExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
	const root = path.resolve(import.meta.dirname, '../../..');
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-e2e-secret-'));
	try {
		const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.js')], {
			cwd: root,
			env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_DATA: 'off', ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
		const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
		clearTimeout(timer);
		return { code, output };
	} finally {
		fs.rmSync(dataDir, { recursive: true, force: true });
	}
}

describe('npm start refuses to run without a usable key for secrets at rest', () => {
	it('with DATABASE_URL and without APP_SECRET: exits with a clear German/English message', async () => {
		// Checked before the database is asked: no PostgreSQL server is needed for this.
		const { code, output } = await startAndWaitForExit({
			DATABASE_URL: 'postgres://nfh@127.0.0.1:9/nfh',
			APP_SECRET: ''
		});
		expect(code).toBe(1);
		expect(output).toContain('[start] APP_SECRET fehlt: Mit DATABASE_URL muss APP_SECRET gesetzt sein');
		expect(output).toContain('APP_SECRET is missing');
		expect(output).not.toMatch(/\n\s+at /); // one message, no stack trace
	});

	it('with an APP_SECRET shorter than 32 characters: exits with a clear message', async () => {
		const { code, output } = await startAndWaitForExit({ DATABASE_URL: '', APP_SECRET: 'zu-kurz' });
		expect(code).toBe(1);
		expect(output).toContain('[start] APP_SECRET ist zu kurz: mindestens 32 Zeichen');
	});
});
