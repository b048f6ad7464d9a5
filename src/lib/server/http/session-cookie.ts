import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/server/domains/accounts/sessions';
import type { Actor } from '$lib/server/domains/accounts/actor';

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date) {
	cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', expires: expiresAt });
}

export function clearSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
}

/** Only same-site paths are accepted as a return target (no open redirect). */
export function safeReturnPath(value: string | null | undefined): string | null {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
	return value;
}

/** Where a person lands after login. */
export function landingFor(actor: Actor | null | undefined): string {
	if (!actor) return '/konto';
	if (actor.grants.some((g) => g.role !== 'operator' && g.networkId)) return '/intern';
	if (actor.grants.some((g) => g.role === 'operator')) return '/betrieb';
	return '/konto';
}

export function nextStepPath(next: 'done' | 'second_factor' | 'enrol_second_factor', actor: Actor | null | undefined, returnTo?: string | null): string {
	if (next === 'second_factor') return returnTo ? `/anmelden/zwei-faktor?weiter=${encodeURIComponent(returnTo)}` : '/anmelden/zwei-faktor';
	if (next === 'enrol_second_factor') return '/konto/zwei-faktor-einrichten';
	return returnTo ?? landingFor(actor);
}
