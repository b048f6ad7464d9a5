import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, totpCode } from '../support/auth';
import {
	CORE_ENCODED,
	HOSTILE_ENCODED,
	LEAK,
	MALFORMED_MULTIPART,
	multipartBody,
	pageParts,
	type FoundForm
} from '../support/hostile';

/**
 * Sends bad values to every public GET route, the internal pages and every form action the
 * crawler reaches (public and as a coordinator): no answer may be a 500, show a stack trace
 * or SQL. Plain HTTP against the production build; no browser needed.
 *
 * To keep the run short, one request carries several values: the whole list is spread over
 * a route's query parameters (or a form's fields), and the values most likely to reach the
 * database unchanged (CORE_ENCODED) go into all of them at once.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const IS_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NETWORKS = ['herten', 'mettmann', 'moenchengladbach', 'sonneberg', 'wilhelmshaven'];
const LOCALES = ['leicht', 'en', 'tr', 'ar', 'ru', 'uk', 'pl', 'fa'];
const TOKEN = 'a'.repeat(43);
const TOKEN_ROUTES = /^\/(antwort|anmeldung|unterschrift|bestaetigen|abbestellen|einladung|passwort-zuruecksetzen)\//;
/** Query parameters read by routes whose pages link to them with other names (or not at all). */
const EXTRA_PARAMS: Record<string, string[]> = {
	'/anmelden': ['weiter'],
	'/:network/angebote': ['q', 'plz'],
	'/:network/veranstaltungen': ['q', 'lebensphase', 'thema', 'sprache'],
	'/:network/veranstaltungen/:id': ['anmeldung', 'platz'],
	'/:network/angebote/:id': ['kontakt', 'merkliste'],
	'/:network/karte': ['q', 'sprache', 'stadtteil', 'merkliste'],
	'/:network/widget': ['q', 'thema', 'seite'],
	'/:network/merkliste': ['merkliste'],
	'/:network/merkliste/pdf': ['merkliste'],
	'/api/v1/:network/services': [
		'page',
		'per_page',
		'q',
		'search',
		'full',
		'modified_after',
		'postcode',
		'proximity',
		'proximity_radius',
		'taxonomy_term_id',
		'taxonomy_id',
		'organization_id',
		'service_area'
	],
	'/api/v1/:network/service_at_locations': [
		'page',
		'per_page',
		'full',
		'modified_after',
		'postcode',
		'proximity',
		'proximity_radius',
		'taxonomy_term_id',
		'taxonomy_id',
		'organization_id',
		'service_area'
	],
	'/api/v1/:network/locations': ['page', 'per_page', 'full'],
	'/api/v1/:network/organizations': ['page', 'per_page', 'q', 'full', 'full_service'],
	'/api/v1/:network/taxonomies': ['page', 'per_page'],
	'/api/v1/:network/taxonomy_terms': ['page', 'per_page', 'taxonomy_id'],
	'/intern/angebote': ['q'],
	'/intern/organisationen': ['q', 'kategorie', 'status'],
	'/intern/verzeichnis': ['q', 'kategorie', 'stadtteil', 'gremium'],
	'/intern/protokoll': ['entity', 'action', 'actor', 'from', 'to', 'q', 'page'],
	'/intern/aufgaben': ['status', 'gremium'],
	'/intern/import/export': ['art', 'format', 'vorlage'],
	'/intern/gremien/:id/sitzungen/:id/pdf': ['art']
};
/** Actions that would end the test's own session. */
const SESSION_ENDING = /^\/abmelden|logoutEverywhere|zwei-faktor-einrichten/;
const CONCURRENCY = 4;

type Probe = {
	method: 'GET' | 'POST';
	path: string;
	headers?: Record<string, string>;
	body?: string | Uint8Array<ArrayBuffer>;
};
type Finding = { probe: Probe; status: number; why: string };
type Route = { path: string; params: Set<string> };

/** The route of a path: ids, network and language as placeholders. */
function patternOf(path: string): string {
	const segments = path.split('?')[0]!.replace(UUID, ':id').split('/');
	return segments
		.map((s, i) =>
			NETWORKS.includes(s)
				? ':network'
				: TOKEN_ROUTES.test(path) && s === TOKEN
					? ':token'
					: i === 2 && LOCALES.includes(s)
						? null
						: s
		)
		.filter((s) => s !== null)
		.join('/');
}

/** `values` spread over `names`, request after request, so every value is sent once. */
function spread(names: string[], values: string[]): string[][] {
	const rows: string[][] = [];
	for (let k = 0; k * names.length < values.length; k++)
		rows.push(names.map((_, j) => values[(k * names.length + j) % values.length]!));
	return rows;
}

describe('hostile input', () => {
	let server: TestServer;
	let cookie = '';

	beforeAll(async () => {
		server = await startServer();
		cookie = await logInCoordinator(server.url, 'koordination.herten@example.org');
	});
	afterAll(async () => {
		await server?.stop();
	});

	async function send(probe: Probe, withCookie: boolean): Promise<Finding | null> {
		// A browser's plain form post; probes with `accept: application/json` are `use:enhance` posts.
		const headers: Record<string, string> = { origin: server.url, accept: 'text/html', ...probe.headers };
		if (withCookie) headers.cookie = cookie;
		let res: Response | null = null;
		// One retry: a kept-alive connection the server just closed is not an answer.
		for (let attempt = 0; !res; attempt++) {
			try {
				res = await fetch(`${server.url}${probe.path}`, {
					method: probe.method,
					headers,
					body: probe.body,
					redirect: 'manual'
				});
			} catch (e) {
				if (attempt > 0) return { probe, status: 0, why: `no answer: ${String(e)}` };
			}
		}
		const type = res.headers.get('content-type') ?? '';
		const text = /text|json|xml|css|javascript/.test(type) ? await res.text() : (await res.arrayBuffer(), '');
		if (res.status >= 500) return { probe, status: res.status, why: 'server error' };
		const leak = LEAK.exec(text);
		return leak ? { probe, status: res.status, why: `leaks "${leak[0]}"` } : null;
	}

	async function run(probes: Probe[], withCookie: boolean): Promise<Finding[]> {
		const findings: Finding[] = [];
		let next = 0;
		const worker = async () => {
			while (next < probes.length) {
				const f = await send(probes[next++]!, withCookie);
				if (f) findings.push(f);
			}
		};
		await Promise.all(Array.from({ length: CONCURRENCY }, worker));
		return findings;
	}

	/** Visits one page per route from the seeds on, following same-origin links; collects query names and POST forms. */
	async function crawl(seeds: string[], withCookie: boolean, keep: (path: string) => boolean) {
		const routes = new Map<string, Route>();
		const forms = new Map<string, FoundForm>();
		const queue = [...seeds];
		const queued = new Set(queue);
		const routeOf = (path: string) => {
			const pattern = patternOf(path);
			if (!routes.has(pattern)) routes.set(pattern, { path: '', params: new Set(EXTRA_PARAMS[pattern] ?? []) });
			return routes.get(pattern)!;
		};
		while (queue.length) {
			const path = queue.shift()!;
			const route = routeOf(path);
			if (route.path) continue;
			route.path = path.split('?')[0]!;
			const res = await fetch(`${server.url}${path}`, {
				headers: withCookie ? { cookie, accept: 'text/html' } : { accept: 'text/html' },
				redirect: 'manual'
			});
			if (!(res.headers.get('content-type') ?? '').includes('text/html')) {
				await res.arrayBuffer();
				continue;
			}
			const { links, queryNames, forms: found } = pageParts(await res.text(), `${server.url}${path}`);
			for (const name of queryNames) route.params.add(name);
			for (const form of found) {
				const key = `${patternOf(form.action)}?${form.action.split('?')[1] ?? ''}`;
				if (!forms.has(key) && !SESSION_ENDING.test(form.action)) forms.set(key, form);
			}
			for (const link of links) {
				if (!keep(link) || SESSION_ENDING.test(link)) continue;
				for (const name of new URL(link, server.url).searchParams.keys()) routeOf(link).params.add(name);
				if (!queued.has(link)) {
					queued.add(link);
					queue.push(link);
				}
			}
		}
		return { routes: [...routes.values()].filter((r) => r.path), forms: [...forms.values()] };
	}

	/** Query parameters: the whole list spread over the route's parameters, the core values in all at once, repeated parameters; bad path segments. */
	function getProbes(routes: Route[]): Probe[] {
		const probes: Probe[] = [];
		const short = HOSTILE_ENCODED.filter((v) => v.length < 2000);
		const long = HOSTILE_ENCODED.find((v) => v.length >= 2000)!;
		for (const { path, params } of routes) {
			const names = [...params];
			const query = (values: string[]) => names.map((p, j) => `${p}=${values[j]}`).join('&');
			if (names.length) {
				for (const row of spread(names, short)) probes.push({ method: 'GET', path: `${path}?${query(row)}` });
				for (const v of CORE_ENCODED) probes.push({ method: 'GET', path: `${path}?${query(names.map(() => v))}` });
				probes.push({
					method: 'GET',
					path: `${path}?${names.map((p) => `${p}=1&${p}=-1&${p}=x&${p}=${'9'.repeat(30)}`).join('&')}`
				});
				probes.push({ method: 'GET', path: `${path}?${names[0]}=${long.slice(0, 12_000)}` });
			} else probes.push({ method: 'GET', path: `${path}?q=${CORE_ENCODED[0]}&q=${CORE_ENCODED[2]}&seite=-1` });
			// Ids, the network, the language and personal-link tokens in the path.
			const segments = path.split('/');
			const dynamic = segments.flatMap((s, i) =>
				IS_UUID.test(s) || NETWORKS.includes(s) || s === TOKEN || (i === 2 && LOCALES.includes(s)) ? [i] : []
			);
			dynamic.forEach((i, n) => {
				for (const v of [...CORE_ENCODED, ...short.filter((_, m) => m % 12 === n % 12)]) {
					if (v === '') continue;
					const s = [...segments];
					s[i] = v;
					probes.push({ method: 'GET', path: s.join('/') });
				}
			});
		}
		return probes;
	}

	/** Form posts: the whole list spread over the visible fields, the core values in all visible and then all hidden fields, broken bodies. */
	function formProbes(forms: FoundForm[]): Probe[] {
		const probes: Probe[] = [];
		forms.forEach((form, f) => {
			const fields = form.fields.length ? form.fields : [{ name: 'x', value: '' }];
			const visible = fields.filter((x) => !x.hidden).length ? fields.filter((x) => !x.hidden) : fields;
			const post = (encoded: Map<(typeof fields)[number], string>, n: number) => {
				const values = fields.map((x) => ({
					name: x.name,
					file: x.file,
					encoded: encoded.get(x) ?? encodeURIComponent(x.value)
				}));
				if (form.multipart && n % 2 === 1) {
					probes.push({
						method: 'POST',
						path: form.action,
						headers: { 'content-type': 'multipart/form-data; boundary=hostileBoundary' },
						body: multipartBody(values, 'hostileBoundary')
					});
				} else {
					const body = values
						.filter((x) => !x.file)
						.map((x) => `${encodeURIComponent(x.name)}=${x.encoded}`)
						.join('&');
					probes.push({
						method: 'POST',
						path: form.action,
						headers: { 'content-type': 'application/x-www-form-urlencoded' },
						body
					});
				}
			};
			// Forms with few fields get a part of the list (a different part per form), at most six posts.
			const rows = spread(
				visible.map((x) => x.name),
				HOSTILE_ENCODED
			);
			rows.slice(0, 6).forEach((_, k) => {
				const row = rows[(k + f * 6) % rows.length]!;
				post(new Map(visible.map((x, j) => [x, row[j]!])), k);
			});
			CORE_ENCODED.forEach((v, n) => post(new Map(visible.map((x) => [x, v])), n));
			for (const v of CORE_ENCODED.slice(0, 2)) post(new Map(fields.filter((x) => x.hidden).map((x) => [x, v])), 0);
			const m = MALFORMED_MULTIPART[f % MALFORMED_MULTIPART.length]!;
			for (const accept of ['text/html', 'application/json'])
				probes.push({
					method: 'POST',
					path: form.action,
					headers: { 'content-type': m.contentType, accept },
					body: m.body
				});
			probes.push({
				method: 'POST',
				path: form.action,
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: '%zz=%&=&&a'
			});
		});
		return probes;
	}

	function report(findings: Finding[]): string[] {
		const seen = new Set<string>();
		const lines: string[] = [];
		for (const f of findings) {
			const key = `${f.probe.method} ${patternOf(f.probe.path)} ${f.status} ${f.why}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const body = typeof f.probe.body === 'string' ? ` body ${f.probe.body.slice(0, 120)}` : '';
			lines.push(`${f.status} ${f.probe.method} ${f.probe.path.slice(0, 200)}${body} — ${f.why}`);
		}
		return lines;
	}

	it('shows the portal search for a bad language filter in every language (ignored), not a 500', async () => {
		for (const locale of ['', ...LOCALES.map((l) => `/${l}`)]) {
			for (const bad of ['0', '-1', 'yesterday', '123e4567-e89b-42d3-a456-426614174000']) {
				const res = await fetch(`${server.url}/herten${locale}/angebote?sprache=${bad}`);
				expect(res.status, `${locale} ${bad}`).toBe(200);
				expect(await res.text()).toContain('<h1');
			}
		}
	});

	it('answers a broken multipart body on a form action (login, RSVP link, internal form) with 400 and a message', async () => {
		const broken = { 'content-type': 'multipart/form-data; boundary=XYZ' };
		const body = '--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nfoo';
		for (const [path, withCookie] of [
			['/anmelden', false],
			[`/antwort/herten/${TOKEN}`, false],
			['/intern/synonyme', true]
		] as const) {
			for (const accept of ['text/html', 'application/json']) {
				const res = await fetch(`${server.url}${path}`, {
					method: 'POST',
					redirect: 'manual',
					body,
					headers: { ...broken, accept, origin: server.url, ...(withCookie ? { cookie } : {}) }
				});
				const text = await res.text();
				expect(res.status, `${path} ${accept}`).toBe(400);
				expect(text).toContain('Das Formular ist unvollständig angekommen');
				expect(text).not.toMatch(LEAK);
			}
		}
	});

	it('searches the internal lists with a NUL byte in the query (ignored) instead of failing', async () => {
		for (const path of ['/intern/angebote', '/intern/organisationen', '/intern/verzeichnis']) {
			for (const q of ['%00', 'Fam%00ilie', '%ED%A0%80']) {
				const res = await fetch(`${server.url}${path}?q=${q}`, { headers: { cookie }, redirect: 'manual' });
				expect(res.status, `${path}?q=${q}`).toBe(200);
				await res.arrayBuffer();
			}
		}
	});

	/** An offer page with "Bitte um Kontakt": crawled first, so its form is the one probed for offer pages. */
	async function offerWithContactForm(): Promise<string> {
		const list = await (await fetch(`${server.url}/herten/angebote`)).text();
		const ids = [...new Set([...list.matchAll(/\/herten\/angebote\/([0-9a-f-]{36})/g)].map((m) => m[1]!))];
		for (const id of ids) {
			const page = await (await fetch(`${server.url}/herten/angebote/${id}`)).text();
			if (page.includes('?/contact')) return `/herten/angebote/${id}`;
		}
		throw new Error('no offer of herten with a contact request form on the first page of the search');
	}

	it('answers bad values on public pages, the API, personal links and public forms without 500, stack trace or SQL', async () => {
		const seeds = [
			await offerWithContactForm(),
			'/',
			'/anmelden',
			'/passwort-vergessen',
			'/healthz',
			'/api/v1/openapi.json',
			...[
				'',
				'/angebote',
				'/netzwerk',
				'/karte',
				'/merkliste',
				'/merkliste/pdf',
				'/veranstaltungen',
				'/fortbildungen',
				'/veranstaltungen.ics',
				'/widget',
				'/einbetten',
				'/brand.css',
				'/logo',
				'/sitemap.xml',
				'/jahresbericht/2019.pdf'
			].map((p) => `/herten${p}`),
			...LOCALES.map((l) => `/mettmann/${l}/angebote`),
			...[
				'',
				'/services',
				'/service_at_locations',
				'/locations',
				'/organizations',
				'/taxonomies',
				'/taxonomy_terms'
			].map((p) => `/api/v1/herten${p}`),
			...[
				'/antwort/herten',
				'/anmeldung/herten',
				'/unterschrift/herten',
				'/bestaetigen',
				'/abbestellen/herten',
				'/einladung',
				'/passwort-zuruecksetzen'
			].map((p) => `${p}/${TOKEN}`),
			`/unterschrift/herten/${TOKEN}/dokument`
		];
		const { routes, forms } = await crawl(seeds, false, (p) => !p.startsWith('/intern') && !p.startsWith('/betrieb'));
		// Personal links with unknown tokens show no form; their actions are posted to directly.
		const tokenForms: FoundForm[] = [
			{ action: `/antwort/herten/${TOKEN}`, multipart: false, fields: [{ name: 'answer', value: 'yes' }] },
			...['cancel', 'accept'].map((a) => ({
				action: `/anmeldung/herten/${TOKEN}?/${a}`,
				multipart: false,
				fields: []
			})),
			...['review', 'sign', 'decline'].map((a) => ({
				action: `/unterschrift/herten/${TOKEN}?/${a}`,
				multipart: false,
				fields: ['name', 'role', 'organisationId', 'reason', 'confirm'].map((name) => ({ name, value: 'x' }))
			})),
			{ action: `/bestaetigen/${TOKEN}`, multipart: false, fields: [] },
			{ action: `/abbestellen/herten/${TOKEN}`, multipart: false, fields: [] },
			...['einladung', 'passwort-zuruecksetzen'].map((p) => ({
				action: `/${p}/${TOKEN}`,
				multipart: false,
				fields: [
					{ name: 'password', value: 'x' },
					{ name: 'passwordRepeat', value: 'x' }
				]
			})),
			{ action: '/anmelden/zwei-faktor', multipart: false, fields: [{ name: 'code', value: '123456' }] }
		];
		expect(routes.map((r) => patternOf(r.path))).toEqual(
			expect.arrayContaining([
				'/:network/angebote',
				'/:network/angebote/:id',
				'/api/v1/:network/services',
				'/antwort/:network/:token',
				'/:network/veranstaltungen/:id',
				'/anmeldung/:network/:token'
			])
		);
		expect(forms.map((f) => f.action)).toContain('/anmelden');
		expect(forms.map((f) => f.action)).toContainEqual(
			expect.stringMatching(/^\/herten\/angebote\/[0-9a-f-]{36}\?\/contact$/)
		);
		const findings = [
			...(await run(getProbes(routes), false)),
			...(await run(formProbes([...forms, ...tokenForms]), false))
		];
		expect(report(findings)).toEqual([]);
	}, 300_000);

	it('answers bad values on internal pages and every reachable form of a coordinator without 500, stack trace or SQL', async () => {
		const { routes, forms } = await crawl(
			['/intern', '/konto'],
			true,
			(p) => p.startsWith('/intern') || p === '/konto'
		);
		expect(routes.map((r) => r.path)).toEqual(
			expect.arrayContaining(['/intern/angebote', '/intern/organisationen', '/intern/verzeichnis'])
		);
		expect(forms.length).toBeGreaterThan(20);
		const findings = [...(await run(getProbes(routes), true)), ...(await run(formProbes(forms), true))];
		// Whatever the forms stored, every page still renders.
		findings.push(
			...(await run(
				routes.map((r) => ({ method: 'GET' as const, path: r.path })),
				true
			))
		);
		expect(report(findings)).toEqual([]);
		// The session survived: the coordinator is still logged in.
		const res = await fetch(`${server.url}/intern`, { headers: { cookie }, redirect: 'manual' });
		expect(res.status).toBe(200);
	}, 300_000);
});

/** Logs in through the form actions (password, then TOTP) and returns the session cookie. */
async function logInCoordinator(baseUrl: string, email: string): Promise<string> {
	const post = async (path: string, body: Record<string, string>, cookie = '') => {
		const res = await fetch(`${baseUrl}${path}`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: baseUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', cookie },
			body: new URLSearchParams(body).toString()
		});
		await res.arrayBuffer();
		const set = res.headers.getSetCookie().find((c) => c.startsWith('nfh_session='));
		return { status: res.status, cookie: set ? set.split(';')[0]! : cookie };
	};
	const first = await post('/anmelden', { email, password: DEMO_PASSWORD });
	expect(first.status).toBe(303);
	const second = await post('/anmelden/zwei-faktor', { code: totpCode(DEMO_TOTP_SECRET) }, first.cookie);
	expect(second.status).toBe(303);
	return second.cookie;
}
