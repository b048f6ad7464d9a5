import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A data directory the first server of the run seeded with demo data (seeded-data-dir.ts). */
		seededDataDir: string;
	}
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
		srv.on('error', reject);
	});
}

/** The key for secrets at rest when an e2e server runs on PostgreSQL (parallel processes share it). */
export const E2E_APP_SECRET = 'e2e-nur-fuer-tests-kein-echter-schluessel-0123';

export type TestServer = {
	url: string;
	/** The `npm start` process (with WEB_CONCURRENCY > 1 the cluster's first process). */
	pid: number;
	dataDir: string;
	/** Stops the server; the data directory is removed unless `keepData`. */
	stop: (keepData?: boolean) => Promise<void>;
	output: () => string;
};

export type StartOptions = {
	smtpUrl?: string;
	env?: Record<string, string>;
	startTimeoutMs?: number;
	/**
	 * Start on an empty data directory, as on a first start (migrations, key file, demo data). Without
	 * it an embedded-database server starts on a copy of the directory seeded once for the run: the same
	 * `npm start` on the same demo data, ~25 s less per file. Always fresh with a DATABASE_URL.
	 */
	fresh?: boolean;
	/** Start again on the data directory of a server stopped with `stop(true)` (embedded database only). */
	dataDir?: string;
	/** Options for Node itself, e.g. `--cpu-prof` (`bench:profile`). */
	nodeArgs?: string[];
};

/**
 * Starts the production build (`build/`) through `npm start`'s script, on a free port with
 * a fresh embedded database and demo data, mail going to `smtpUrl`. On the embedded database the
 * key for secrets at rest is created in the data directory as on a first start; with a
 * DATABASE_URL in `env` (and no APP_SECRET there) it gets E2E_APP_SECRET.
 */
export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
	const root = path.resolve(import.meta.dirname, '../../..');
	if (!fs.existsSync(path.join(root, 'build', 'handler.js')))
		throw new Error('No production build found: run `npm run build` first (npm test does).');
	// Exactly what `npm start` runs (it rebuilds only when sources are newer than the build).
	const entry = path.join(root, 'scripts', 'start.js');
	const port = await freePort();
	const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-e2e-'));
	const seeded = opts.dataDir || opts.fresh || opts.env?.DATABASE_URL ? undefined : seededDataDir();
	// Sockets cannot be copied (a control.sock left by a killed seed server, ADR 0030).
	if (seeded) fs.cpSync(seeded, dataDir, { recursive: true, filter: (src) => !fs.lstatSync(src).isSocket() });
	const url = `http://127.0.0.1:${port}`;
	let log = '';
	const child: ChildProcess = spawn(process.execPath, [...(opts.nodeArgs ?? []), entry], {
		cwd: root,
		env: {
			...process.env,
			DATABASE_URL: '',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			DATA_DIR: dataDir,
			DEMO_DATA: 'on',
			SMTP_URL: opts.smtpUrl ?? '',
			OUTBOX_INTERVAL_MS: '250',
			APP_SECRET: opts.env?.DATABASE_URL ? E2E_APP_SECRET : '',
			...opts.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (d) => (log += d));
	child.stderr?.on('data', (d) => (log += d));
	const deadline = Date.now() + (opts.startTimeoutMs ?? 120_000);
	for (;;) {
		if (child.exitCode !== null) {
			fs.rmSync(dataDir, { recursive: true, force: true });
			throw new Error(`server exited early:\n${log}`);
		}
		try {
			const res = await fetch(`${url}/healthz`);
			if (res.ok) break;
		} catch {
			/* not up yet */
		}
		if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${log}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		pid: child.pid!,
		dataDir,
		output: () => log,
		stop: async (keepData = false) => {
			if (child.exitCode === null) {
				const exited = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
				if (child.exitCode === null) child.kill('SIGKILL');
			}
			if (!keepData) fs.rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

function seededDataDir(): string | undefined {
	try {
		const dir = inject('seededDataDir');
		return dir && fs.existsSync(dir) ? dir : undefined;
	} catch {
		return undefined; // not run by the e2e project (no global setup)
	}
}
