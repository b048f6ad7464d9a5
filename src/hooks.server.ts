import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { SESSION_COOKIE, validateSession } from '$lib/server/domains/accounts/validate-session';
import { hasRole } from '$lib/server/domains/shared/actor';
import { getNetworkById } from '$lib/server/domains/tenancy/get-network';
import { t } from '$lib/i18n';
import {
	cachePage,
	cacheableSlug,
	clearPageCache,
	getCachedPage,
	invalidateNetworkPages,
	pageGeneration
} from '$lib/server/http/page-cache';
import { isLocale, localeInfo } from '$lib/i18n/context';
import { langTag, type LocaleCode } from '$lib/i18n/locales';
import { guardFormData } from '$lib/server/http/forms';
import { cleanUrlInput } from '$lib/server/http/params';
import { isBadInputError } from '$lib/server/http/errors';

export const init: ServerInit = async () => {
	const app = await getApp();
	// adapter-node emits this on SIGINT/SIGTERM after the server stopped accepting requests.
	process.once('sveltekit:shutdown' as never, () => {
		void app.stop();
	});
};

function startsWith(path: string, prefix: string) {
	return path === prefix || path.startsWith(`${prefix}/`);
}

const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin'
};

export const handle: Handle = async ({ event, resolve }) => {
	const app = await getApp();
	event.locals.app = app;
	event.locals.network = null;
	// Hostile input never reaches a load function or action: no NUL in parameters, no 500 for a broken form body.
	cleanUrlInput(event.url, event.params);
	if (event.request.method === 'POST') guardFormData(event.request);
	const path = event.url.pathname;
	const internal = startsWith(path, '/intern') || startsWith(path, '/betrieb');

	// Public portal pages are the same for everyone: served from the page cache when possible.
	const portalSlug = cacheableSlug(event.request.method, path, event.request.headers.get('cookie'));
	const cacheKey = `${path}${event.url.search}`;
	if (portalSlug) {
		const hit = getCachedPage(cacheKey);
		if (hit) return hit;
	}
	// A change committed while this page renders drops the network's pages: this one is then not stored.
	const generation = portalSlug ? pageGeneration(portalSlug) : 0;

	// Only read the cookie; public pages never set one.
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.session = token
		? await validateSession(app.database.db, token, new Date(), { idleMinutes: app.config.sessionIdleMinutes })
		: null;

	// Account actions need the whole login too: before the second factor only its own step (and its set-up) is open.
	const session = event.locals.session;
	if (
		session?.secondFactorPending &&
		startsWith(path, '/konto') &&
		!startsWith(path, '/konto/zwei-faktor-einrichten')
	) {
		redirect(
			303,
			session.secondFactorEnrolmentNeeded
				? '/konto/zwei-faktor-einrichten'
				: `/anmelden/zwei-faktor?weiter=${encodeURIComponent(path)}`
		);
	}

	if (internal) {
		if (!session) redirect(303, `/anmelden?weiter=${encodeURIComponent(path)}`);
		if (session.secondFactorEnrolmentNeeded) redirect(303, '/konto/zwei-faktor-einrichten');
		if (session.secondFactorPending) redirect(303, '/anmelden/zwei-faktor');
		if (startsWith(path, '/betrieb') && !hasRole(session.actor, 'operator', null)) redirect(303, '/konto');
		if (startsWith(path, '/intern')) {
			const grant =
				session.actor.grants.find((g) => g.role === 'coordinator' && g.networkId) ??
				session.actor.grants.find((g) => g.networkId);
			if (!grant?.networkId) redirect(303, hasRole(session.actor, 'operator', null) ? '/betrieb' : '/konto');
			event.locals.network = await getNetworkById(app.database.db, grant.networkId);
		}
	}

	// The portal's language prefix sets the document language and direction.
	const localeMatch = /^\/[a-z0-9-]+\/([a-z]{2,6})(\/|$)/.exec(path);
	const locale = localeMatch && isLocale(localeMatch[1]!) ? localeInfo(localeMatch[1]! as LocaleCode) : null;
	let response = await resolve(event, {
		transformPageChunk: locale
			? ({ html }) =>
					html.replace(
						'<html lang="de" dir="ltr">',
						`<html lang="${langTag(locale.code)}"${locale.code === 'leicht' ? ' data-locale="leicht"' : ''} dir="${locale.dir}">`
					)
			: undefined
	});
	// Last resort: a value the database refused (see handleError) was bad input, not a server fault.
	if (response.status === 500 && event.locals.badInput)
		response = new Response(response.body, { status: 400, headers: response.headers });
	const frameAncestors = event.locals.frameAncestors;
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (frameAncestors && name === 'x-frame-options') continue;
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	if (frameAncestors) {
		// The widget may be framed by the origins the coordinator listed, and nobody else.
		const csp = response.headers.get('content-security-policy');
		const allowed = frameAncestors.length ? frameAncestors.join(' ') : "'none'";
		if (csp)
			response.headers.set(
				'content-security-policy',
				csp.replace(/frame-ancestors [^;]+/, `frame-ancestors ${allowed}`)
			);
	}
	if (internal || startsWith(path, '/anmelden') || startsWith(path, '/konto'))
		response.headers.set('cache-control', 'no-store');
	// A change in a network's internal area drops that network's cached portal pages.
	if (event.request.method !== 'GET' && startsWith(path, '/intern') && event.locals.network && response.status < 400)
		invalidateNetworkPages(event.locals.network.slug);
	if (event.request.method !== 'GET' && startsWith(path, '/betrieb')) clearPageCache();
	if (portalSlug) return cachePage(cacheKey, portalSlug, response, event.locals.searchStat, generation);
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (isBadInputError(error)) {
		// Parsing should have refused the value already: logged to be fixed there, answered as 400 (see handle).
		console.warn('[bad input]', event.url.pathname, error instanceof Error ? error.message : error);
		event.locals.badInput = true;
		return { message: t('error.invalid') };
	}
	if (status >= 500) console.error('[error]', error);
	// Never a stack trace to the user.
	return { message: status === 404 ? t('error.notFound') : status < 500 ? t('error.invalid') : t('error.unexpected') };
};
