import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSession, type Session } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { DEMO_PASSWORD, logInAs } from '../support/auth';

const MEMBER = 'mitglied.mettmann@example.org';
const PROVIDER = 'anbieter.mettmann@example.org';
const COORDINATOR = 'koordination.wilhelmshaven@example.org';
const ANDROID_CHROME =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const WINDOWS_FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0';

/** The entry of one device in "Angemeldete Geräte". */
const entry = (s: Session, device: string) => s.page.getByRole('listitem').filter({ hasText: device });

describe('/konto: signed-in devices, ending a session', () => {
	const h = e2eHarness({ fresh: true }); // checks what a first start does (key file, encryption)

	it('lists both devices, ends the other one from the first (JS off), and the second is logged out', async () => {
		const phone = await openSession(h.browser, { userAgent: ANDROID_CHROME, withoutScripts: true });
		const laptop = await openSession(h.browser, { userAgent: WINDOWS_FIREFOX });
		await logInAs(phone, h.server.url, MEMBER, DEMO_PASSWORD, null);
		await logInAs(laptop, h.server.url, MEMBER, DEMO_PASSWORD, null);

		await phone.visit(`${h.server.url}/konto`);
		await expect.poll(() => phone.page.getByRole('heading', { name: 'Angemeldete Geräte' }).count()).toBe(1);
		const own = entry(phone, 'Chrome auf Android');
		await expect.poll(() => own.textContent()).toContain('(dieses Gerät)');
		expect(await own.textContent()).toMatch(/Angemeldet am\s*\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
		const other = entry(phone, 'Firefox auf Windows');
		expect(await other.textContent()).not.toContain('dieses Gerät');
		expect(await other.textContent()).toContain('Zuletzt aktiv');

		await other.getByRole('button', { name: 'Diese Sitzung beenden' }).click();
		await phone.page.waitForLoadState('load');
		await expect.poll(() => phone.page.getByRole('status').textContent()).toContain('Eine Sitzung wurde beendet.');
		await phone.checkA11y();
		expect(await entry(phone, 'Firefox auf Windows').count()).toBe(0);

		// The laptop's next request finds no session any more.
		await laptop.visit(`${h.server.url}/intern`);
		expect(new URL(laptop.page.url()).pathname).toBe('/anmelden');
		// The phone is still logged in.
		await phone.visit(`${h.server.url}/intern`);
		expect(new URL(phone.page.url()).pathname).toBe('/intern');

		// Logged in again on the laptop: "Alle anderen Sitzungen beenden" from the phone ends it too.
		await logInAs(laptop, h.server.url, MEMBER, DEMO_PASSWORD, null);
		await phone.visit(`${h.server.url}/konto`);
		await phone.page.getByRole('button', { name: 'Alle anderen Sitzungen beenden' }).click();
		await phone.page.waitForLoadState('load');
		await expect.poll(() => phone.page.getByRole('status').textContent()).toContain('Eine Sitzung wurde beendet.');
		await phone.checkA11y();
		await laptop.visit(`${h.server.url}/konto`);
		expect(new URL(laptop.page.url()).pathname).toBe('/anmelden');

		// Ending this device's own session is logging out.
		await phone.visit(`${h.server.url}/konto`);
		await entry(phone, 'Chrome auf Android').getByRole('button', { name: 'Diese Sitzung beenden' }).click();
		await phone.page.waitForURL((u) => u.pathname === '/anmelden');
		await phone.checkA11y();

		phone.assertAllChecked();
		laptop.assertAllChecked();
		await phone.close();
		await laptop.close();
	});

	it("answers 404 for another account's session, and that session goes on", async () => {
		const member = await openSession(h.browser, { userAgent: ANDROID_CHROME });
		const provider = await openSession(h.browser, { userAgent: WINDOWS_FIREFOX });
		await logInAs(member, h.server.url, MEMBER, DEMO_PASSWORD, null);
		await logInAs(provider, h.server.url, PROVIDER, DEMO_PASSWORD, null);
		await member.visit(`${h.server.url}/konto`);
		const memberSession = await entry(member, 'Chrome auf Android')
			.locator('input[name="session"]')
			.getAttribute('value');
		expect(memberSession).toMatch(/^[0-9a-f-]{36}$/);

		await provider.visit(`${h.server.url}/konto`);
		// The provider's own form, with the member's session id in it.
		const hidden = entry(provider, 'Firefox auf Windows').locator('input[name="session"]');
		await hidden.evaluate((el, id) => ((el as HTMLInputElement).value = id), memberSession!);
		const [response] = await Promise.all([
			provider.page.waitForResponse((r) => r.request().method() === 'POST'),
			entry(provider, 'Firefox auf Windows').getByRole('button', { name: 'Diese Sitzung beenden' }).click()
		]);
		expect(response.status()).toBe(404);
		for (const id of ['keine-uuid', '00000000-0000-4000-8000-000000000000']) {
			const res = await provider.page.request.post(`${h.server.url}/konto?/endSession`, {
				form: { session: id },
				headers: { origin: h.server.url, accept: 'text/html' },
				maxRedirects: 0
			});
			expect(res.status(), id).toBe(404);
		}
		await member.visit(`${h.server.url}/intern`);
		expect(new URL(member.page.url()).pathname).toBe('/intern');
		await provider.visit(`${h.server.url}/konto`);
		expect(new URL(provider.page.url()).pathname).toBe('/konto');
		member.assertAllChecked();
		provider.assertAllChecked();
		await member.close();
		await provider.close();
	});

	it('the embedded database got its key file in DATA_DIR (0600), and the demo second factor works with it', async () => {
		const file = path.join(h.server.dataDir, 'app-secret');
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		expect(h.server.output()).toContain('[secrets] Neuer Schlüssel in');
		expect(h.server.output()).toMatch(/\[secrets\] \d+ TOTP-Geheimnis\(se\) verschlüsselt/);
		const s = await openSession(h.browser);
		await logInAs(s, h.server.url, COORDINATOR);
		await s.visit(`${h.server.url}/konto`);
		expect(await s.page.getByText('(dieses Gerät)').count()).toBe(1);
		s.assertAllChecked();
		await s.close();
	});
});
