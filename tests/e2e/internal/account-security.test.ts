import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, freshTotpCode } from '../support/auth';

const MEMBER = 'mitglied.mettmann@example.org';
const COORDINATOR = 'koordination.moenchengladbach@example.org';

/** A form POST as a browser sends it (same origin), without following the redirect. */
async function post(baseUrl: string, path: string, fields: Record<string, string>, cookie = '') {
	const res = await fetch(`${baseUrl}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			origin: baseUrl,
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields)
	});
	const set = res.headers.getSetCookie().find((c) => c.startsWith('nfh_session='));
	return {
		status: res.status,
		location: res.headers.get('location'),
		cookie: set ? set.split(';')[0]! : cookie,
		text: res.status === 303 ? '' : await res.text()
	};
}

async function get(baseUrl: string, path: string, cookie: string) {
	const res = await fetch(`${baseUrl}${path}`, { redirect: 'manual', headers: { accept: 'text/html', cookie } });
	return { status: res.status, location: res.headers.get('location') };
}

describe('account security: return path, session after the second factor, account actions', () => {
	const h = e2eHarness();

	it('sends nobody to another site after login, whatever weiter= says', async () => {
		const hostile = [
			'/%09/evil.example',
			'/%0a/evil.example',
			'//evil.example',
			'/%5Cevil.example',
			'/%0d%0aSet-Cookie:%20x=1',
			'/%E2%80%AEelpmaxe.live//',
			'https://evil.example/'
		];
		for (const weiter of hostile) {
			const res = await post(h.server.url, `/anmelden?weiter=${weiter}`, { email: MEMBER, password: DEMO_PASSWORD });
			expect(res.status, weiter).toBe(303);
			expect(res.location, weiter).toBe('/intern');
		}
		expect(
			(
				await post(h.server.url, `/anmelden?weiter=${encodeURIComponent('/intern/angebote?q=kita')}`, {
					email: MEMBER,
					password: DEMO_PASSWORD
				})
			).location
		).toBe('/intern/angebote?q=kita');

		// The second step keeps only a safe return path too.
		const step = await post(h.server.url, '/anmelden?weiter=/%09/evil.example', {
			email: COORDINATOR,
			password: DEMO_PASSWORD
		});
		expect(step.location).toBe('/anmelden/zwei-faktor');
		const done = await post(
			h.server.url,
			'/anmelden/zwei-faktor?weiter=/%09/evil.example',
			{ code: await freshTotpCode(COORDINATOR, DEMO_TOTP_SECRET) },
			step.cookie
		);
		expect(done.status).toBe(303);
		expect(done.location).toBe('/intern');

		// What Chromium makes of it: it stays on this site.
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/anmelden?weiter=/%09/evil.example`);
		await s.page.getByLabel('E-Mail-Adresse').fill(MEMBER);
		await s.page.getByLabel('Passwort').fill(DEMO_PASSWORD);
		await s.page.getByRole('button', { name: 'Anmelden' }).click();
		await s.page.waitForURL((u) => u.pathname !== '/anmelden');
		expect(new URL(s.page.url()).origin).toBe(h.server.url);
		expect(new URL(s.page.url()).pathname).toBe('/intern');
		await s.checkA11y();
		s.assertAllChecked();
		await s.close();
	});

	it("gives a new session token with the second factor; the password step's token opens nothing", async () => {
		const COORDINATOR = 'koordination.sonneberg@example.org'; // one account per test: each TOTP step works once
		const step = await post(h.server.url, '/anmelden', { email: COORDINATOR, password: DEMO_PASSWORD });
		expect(step.location).toBe('/anmelden/zwei-faktor');
		const done = await post(
			h.server.url,
			'/anmelden/zwei-faktor',
			{ code: await freshTotpCode(COORDINATOR, DEMO_TOTP_SECRET) },
			step.cookie
		);
		expect(done.location).toBe('/intern');
		expect(done.cookie).not.toBe(step.cookie);
		expect(await get(h.server.url, '/intern', done.cookie)).toMatchObject({ status: 200 });
		expect((await get(h.server.url, '/intern', step.cookie)).location).toMatch(/^\/anmelden/);
	});

	it('refuses "Auf allen Geräten abmelden" to someone who only knows the password', async () => {
		const COORDINATOR = 'koordination.herten@example.org';
		const owner = await post(h.server.url, '/anmelden', { email: COORDINATOR, password: DEMO_PASSWORD });
		const ownerSession = (
			await post(
				h.server.url,
				'/anmelden/zwei-faktor',
				{ code: await freshTotpCode(COORDINATOR, DEMO_TOTP_SECRET) },
				owner.cookie
			)
		).cookie;
		expect(await get(h.server.url, '/intern', ownerSession)).toMatchObject({ status: 200 });

		const stranger = await post(h.server.url, '/anmelden', { email: COORDINATOR, password: DEMO_PASSWORD });
		const refused = await post(h.server.url, '/konto?/logoutEverywhere', {}, stranger.cookie);
		expect(refused.status).toBe(303);
		expect(refused.location).toMatch(/^\/anmelden\/zwei-faktor/);
		// The real person is still logged in.
		expect(await get(h.server.url, '/intern', ownerSession)).toMatchObject({ status: 200 });
		// After the second factor the same action works.
		const full = (
			await post(
				h.server.url,
				'/anmelden/zwei-faktor',
				{ code: await freshTotpCode(COORDINATOR, DEMO_TOTP_SECRET) },
				stranger.cookie
			)
		).cookie;
		expect((await post(h.server.url, '/konto?/logoutEverywhere', {}, full)).location).toBe('/anmelden');
		expect((await get(h.server.url, '/intern', ownerSession)).location).toMatch(/^\/anmelden/);
	});
});
