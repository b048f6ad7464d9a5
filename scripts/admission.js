// Admission control for `npm start` (issue: "under overload nobody waits 30 s"). Public page
// requests beyond what a process can render in time are not queued without bound: at most
// `inFlight` run at once, at most `queue` wait, none longer than `waitMs`; the rest get a short
// 503 page with Retry-After at once. Requests of signed-in people (a session cookie) and every
// POST always go through — nobody loses a form they filled in — but they count as load.

const SESSION_COOKIE = 'nfh_session=';
/** Cheap answers that never wait: health checks for the load balancer, built assets. */
const EXEMPT = /^\/(healthz(\?|$)|_app\/|favicon)/;

const PAGE = Buffer.from(
	'<!doctype html><html lang="de"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
		'<title>Gerade sehr viel los</title><main><h1>Gerade sehr viel los</h1>' +
		'<p>Im Moment fragen sehr viele Menschen gleichzeitig an. Bitte laden Sie die Seite in ein paar Sekunden neu.</p>' +
		'<p>Im Notfall: Polizei 110, Rettungsdienst 112, Hilfetelefon Gewalt gegen Frauen 116 016, Nummer gegen Kummer 116 111.</p></main></html>'
);

/** The limits from the environment (per process). */
export function admissionLimits(env = process.env) {
	const number = (name, fallback) => {
		const value = Number(env[name] ?? fallback);
		return Number.isFinite(value) && value >= 0 ? value : fallback;
	};
	return {
		inFlight: number('MAX_IN_FLIGHT', 8),
		queue: number('MAX_QUEUE', 16),
		waitMs: number('QUEUE_WAIT_MS', 500),
		retryAfterSeconds: number('RETRY_AFTER_SECONDS', 5)
	};
}

/**
 * Returns `admit(req, res, run)`: runs `run()` now, later (when a place is free within
 * `waitMs`), or answers 503. `inFlight: 0` switches the control off.
 */
export function createAdmission(limits) {
	let running = 0;
	/** @type {{ run: () => void, res: import('node:http').ServerResponse, timer: NodeJS.Timeout }[]} */
	const waiting = [];
	const stats = { admitted: 0, queued: 0, refused: 0 };

	const refuse = (res) => {
		stats.refused++;
		if (res.headersSent || res.destroyed) return;
		res.writeHead(503, {
			'content-type': 'text/html; charset=utf-8',
			'content-length': PAGE.length,
			'retry-after': String(limits.retryAfterSeconds),
			'cache-control': 'no-store'
		});
		res.end(PAGE);
	};
	const start = (run, res) => {
		running++;
		stats.admitted++;
		let done = false;
		const finish = () => {
			if (done) return;
			done = true;
			running--;
			next();
		};
		res.once('finish', finish);
		res.once('close', finish);
		run();
	};
	const next = () => {
		while (running < limits.inFlight && waiting.length > 0) {
			const entry = waiting.shift();
			clearTimeout(entry.timer);
			if (!entry.res.destroyed) start(entry.run, entry.res);
		}
	};
	const sheddable = (req) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') return false;
		if (EXEMPT.test(req.url ?? '/')) return false;
		const cookie = req.headers.cookie;
		return !(Array.isArray(cookie) ? cookie.join(';') : (cookie ?? '')).includes(SESSION_COOKIE);
	};

	function admit(req, res, run) {
		if (!limits.inFlight || !sheddable(req) || running < limits.inFlight) {
			start(run, res);
			return;
		}
		if (waiting.length >= limits.queue) {
			refuse(res);
			return;
		}
		stats.queued++;
		const entry = {
			run,
			res,
			timer: setTimeout(() => {
				const at = waiting.indexOf(entry);
				if (at >= 0) waiting.splice(at, 1);
				refuse(res);
			}, limits.waitMs)
		};
		entry.timer.unref?.();
		// A visitor who gave up leaves the queue.
		res.once('close', () => {
			const at = waiting.indexOf(entry);
			if (at >= 0) {
				waiting.splice(at, 1);
				clearTimeout(entry.timer);
			}
		});
		waiting.push(entry);
	}
	return { admit, stats, running: () => running, waiting: () => waiting.length };
}
