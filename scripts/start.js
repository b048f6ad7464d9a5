// `npm start`: builds when the build is missing or older than the sources, then
// serves the production build (adapter-node) on PORT/HOST with the embedded
// database unless DATABASE_URL is set. WEB_CONCURRENCY=N runs N app processes on the one port
// (Node's cluster: the first process builds and watches, the others serve).
import { spawnSync } from 'node:child_process';
import cluster from 'node:cluster';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { admissionLimits, createAdmission } from './admission.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);

function newestMtime(dir) {
	let newest = 0;
	if (!fs.existsSync(dir)) return newest;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		const m = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
		if (m > newest) newest = m;
	}
	return newest;
}

const built = path.join(root, 'build', 'index.js');
const outdated = () => {
	const sources = Math.max(
		newestMtime(path.join(root, 'src')),
		newestMtime(path.join(root, 'static')),
		fs.statSync(path.join(root, 'package.json')).mtimeMs,
		fs.statSync(path.join(root, 'svelte.config.js')).mtimeMs
	);
	return !fs.existsSync(built) || fs.statSync(built).mtimeMs < sources;
};

// Several processes may start at once (a test run, a process manager): one builds, the others
// wait for it and use its build. The lock is a folder (mkdir is atomic); a lock older than 15
// minutes is left over from a killed build and is taken over.
const lock = path.join(root, '.build-lock');
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
function takeBuildLock() {
	for (;;) {
		try {
			fs.mkdirSync(lock);
			return;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			try {
				if (Date.now() - fs.statSync(lock).mtimeMs > 15 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
			} catch {
				/* released meanwhile */
			}
			sleep(500);
		}
	}
}

if (cluster.isPrimary && outdated()) {
	takeBuildLock();
	let status = 0;
	try {
		if (outdated()) {
			console.log('[start] building …');
			const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
				stdio: 'inherit'
			});
			status = result.status ?? 1;
		}
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
	if (status !== 0) process.exit(status);
}

process.env.PORT ||= '3000';
process.env.HOST ||= '0.0.0.0';
// Form posts are checked against ORIGIN (CSRF); default to the local address.
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
// Request bodies: 2 MB for forms (above the 1 MB logo limit, so the form can answer with a field
// message), 21 MB for spreadsheet imports (20 MB files), MAX_UPLOAD_MB + 1 for pages that take
// documents, agreement PDFs and scans; network archives on /betrieb/archiv like spreadsheet imports
// (larger ones: `npm run import-archive`, docs/operations.md). Larger posts are drained and answered here, before
// SvelteKit reads them: upload pages show their message (?zu-gross=1), other pages a short 413.
const FORM_BODY = 2 * 1024 * 1024;
const IMPORT_BODY = 21 * 1024 * 1024;
const UPLOAD_BODY = (Number(process.env.MAX_UPLOAD_MB || 10) + 1) * 1024 * 1024;
const UPLOAD_PATHS = /^\/intern\/(dokumente|vereinbarungen|gremien\/[^/?]+\/sitzungen\/[^/?]+)/;
process.env.BODY_SIZE_LIMIT ||= '21M';

function refuseLargeBody(req, res) {
	if (req.method !== 'POST') return false;
	const length = Number(req.headers['content-length'] || 0);
	const url = req.url || '';
	const isArchive = url.startsWith('/betrieb/archiv');
	const isImport = url.startsWith('/intern/import') || isArchive;
	const isUpload = UPLOAD_PATHS.test(url);
	if (length <= (isImport ? IMPORT_BODY : isUpload ? UPLOAD_BODY : FORM_BODY)) return false;
	req.resume();
	req.on('end', () => {
		if (isImport || isUpload) {
			res.writeHead(303, {
				location: `${isArchive ? '/betrieb/archiv' : isImport ? '/intern/import' : url.split('?')[0]}?zu-gross=1`,
				'cache-control': 'no-store'
			});
			res.end();
		} else {
			res.writeHead(413, { 'content-type': 'text/html; charset=utf-8' });
			res.end(
				'<!doctype html><html lang="de"><meta charset="utf-8"><title>Zu groß</title><p>Die gesendeten Daten sind zu groß. Bitte gehen Sie zurück und wählen Sie eine kleinere Datei.</p></html>'
			);
		}
	});
	return true;
}

async function serve() {
	// adapter-node's handler behind our own HTTP server, so cached public portal pages are
	// answered before SvelteKit builds a request (see src/lib/server/http/page-cache.ts).
	// Importing the handler starts the app (database, migrations, key for secrets at rest): a setting
	// that keeps it from starting (StartupError, e.g. DATABASE_URL without APP_SECRET) is one clear line.
	let handler;
	try {
		({ handler } = await import(path.join(root, 'build', 'handler.js')));
	} catch (e) {
		if (e?.name !== 'StartupError') throw e;
		console.error(`[start] ${e.message}`);
		process.exit(1);
	}
	const http = await import('node:http');
	// Cached pages are answered at once; what must render waits for a place, or gets a 503 (admission.js).
	const { admit } = createAdmission(admissionLimits());
	const server = http.createServer((req, res) => {
		const serveCached = globalThis.__nfhServeCached;
		if (serveCached && serveCached(req, res)) return;
		if (refuseLargeBody(req, res)) return;
		admit(req, res, () =>
			handler(req, res, () => {
				res.statusCode = 404;
				res.end('Not found');
			})
		);
	});
	server.keepAliveTimeout = 5_000;
	server.listen(Number(process.env.PORT), process.env.HOST, () => {
		console.log(`[start] ${process.env.ORIGIN} (listening on ${process.env.HOST}:${process.env.PORT})`);
	});

	let stopping = false;
	function shutdown(signal) {
		if (stopping) return;
		stopping = true;
		server.close(() => {
			// Lets the app close the database cleanly (see hooks.server.ts init).
			process.emit('sveltekit:shutdown', signal);
		});
		server.closeIdleConnections();
		setTimeout(() => server.closeAllConnections(), 10_000).unref();
	}
	process.on('SIGTERM', () => shutdown('SIGTERM'));
	process.on('SIGINT', () => shutdown('SIGINT'));
}

/**
 * How many app processes: WEB_CONCURRENCY, else one per core on PostgreSQL and one on the
 * embedded database (PGlite keeps its data in one process and cannot be shared).
 */
function processCount() {
	const raw = process.env.WEB_CONCURRENCY;
	if (!raw) return process.env.DATABASE_URL ? os.availableParallelism() : 1;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1 || n > 64) {
		console.error(`[start] WEB_CONCURRENCY=${raw}: bitte eine ganze Zahl von 1 bis 64.`);
		process.exit(1);
	}
	if (n > 1 && !process.env.DATABASE_URL) {
		console.warn(
			`[start] WEB_CONCURRENCY=${n} braucht DATABASE_URL: die eingebettete Datenbank läuft in einem Prozess, es startet einer.`
		);
		return 1;
	}
	return n;
}

/**
 * The first process starts `count` app processes and starts a new one when one ends unexpectedly.
 * One that ends before it listened (a setting stops the start, e.g. APP_SECRET missing) ends all:
 * the same clear message and exit code as with one process.
 */
function supervise(count) {
	console.log(`[start] ${count} App-Prozesse (WEB_CONCURRENCY=${count})`);
	let stopping = false;
	let alive = 0;
	const listening = new Set();
	const fork = () => {
		const worker = cluster.fork();
		alive++;
		worker.on('listening', () => listening.add(worker.id));
	};
	const stopAll = (signal) => {
		for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
		// Workers close their connections within 10 s (see serve); never hang the shutdown.
		setTimeout(() => process.exit(process.exitCode ?? 0), 15_000).unref();
	};
	cluster.on('exit', (worker, code, signal) => {
		alive--;
		if (!stopping && !listening.has(worker.id)) {
			stopping = true;
			process.exitCode = code || 1;
			console.error('[start] Ein App-Prozess hat beim Start aufgehört: alle werden beendet.');
			stopAll('SIGTERM');
		} else if (!stopping) {
			console.error(`[start] App-Prozess ${worker.process.pid} beendet (${signal ?? code}): ein neuer startet.`);
			fork();
		}
		if (stopping && alive === 0) process.exit(process.exitCode ?? 0);
	});
	for (let i = 0; i < count; i++) fork();
	const shutdown = (signal) => {
		if (stopping) return;
		stopping = true;
		stopAll(signal);
	};
	process.on('SIGTERM', () => shutdown('SIGTERM'));
	process.on('SIGINT', () => shutdown('SIGINT'));
}

const count = cluster.isPrimary ? processCount() : 1;
if (cluster.isPrimary && count > 1) supervise(count);
else await serve();
