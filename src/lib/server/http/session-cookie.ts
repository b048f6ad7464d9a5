import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/server/domains/accounts/validate-session';
import type { Actor } from '$lib/server/domains/shared/actor';

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date) {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
}

// C0/C1 controls and the bidi/format characters that make a link look like something else.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_IN_PATH = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\\]/;
const CHECK_ORIGIN = 'http://return-path.invalid';

/**
 * Only a same-site path is accepted as a return target (no open redirect): one `/` followed by
 * anything but `/` or `\`, no control or bidi characters (browsers drop tabs and newlines,
 * so `/\t/evil.example` would be `//evil.example`), and it must resolve to our own origin.
 * The answer is the parsed form, so it is always safe in a Location header.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
	if (!value || value.length > 2000 || !/^\/[^/\\]/.test(value) || UNSAFE_IN_PATH.test(value)) return null;
	let parsed: URL;
	try {
		parsed = new URL(value, CHECK_ORIGIN);
	} catch {
		return null;
	}
	if (parsed.origin !== CHECK_ORIGIN || parsed.pathname.startsWith('//')) return null;
	return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** Where a person lands after login. */
export function landingFor(actor: Actor | null | undefined): string {
	if (!actor) return '/konto';
	if (actor.grants.some((g) => g.role !== 'operator' && g.networkId)) return '/intern';
	if (actor.grants.some((g) => g.role === 'operator')) return '/betrieb';
	return '/konto';
}

export function nextStepPath(
	next: 'done' | 'second_factor' | 'enrol_second_factor',
	actor: Actor | null | undefined,
	returnTo?: string | null
): string {
	if (next === 'second_factor')
		return returnTo ? `/anmelden/zwei-faktor?weiter=${encodeURIComponent(returnTo)}` : '/anmelden/zwei-faktor';
	if (next === 'enrol_second_factor') return '/konto/zwei-faktor-einrichten';
	return returnTo ?? landingFor(actor);
}
