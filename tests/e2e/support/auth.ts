import { expect } from 'vitest';
import { TOTP, Secret } from 'otpauth';
import type { Session } from './browser';

export const DEMO_PASSWORD = 'Beispiel-Passwort-2026';
export const DEMO_TOTP_SECRET = 'BEISPIELDATENNURZUMTESTENZWEIFAK';

export function totpCode(secretBase32: string, timestamp = Date.now()): string {
	return new TOTP({
		secret: Secret.fromBase32(secretBase32.replace(/\s/g, '')),
		digits: 6,
		period: 30,
		algorithm: 'SHA1'
	}).generate({ timestamp });
}

const lastStep = new Map<string, number>();

/**
 * A code the server has not accepted yet for this account: each time step counts once (no
 * replay), so a second login within 30 seconds uses the next step's code (accepted as clock
 * drift) and a third one waits for the next step.
 */
export async function freshTotpCode(email: string, secretBase32: string): Promise<string> {
	for (;;) {
		const current = Math.floor(Date.now() / 30_000);
		const step = Math.max(current, (lastStep.get(email) ?? -1) + 1);
		if (step <= current + 1) {
			lastStep.set(email, step);
			return totpCode(secretBase32, step * 30_000);
		}
		await new Promise((r) => setTimeout(r, (current + 1) * 30_000 - Date.now() + 50));
	}
}

/** Logs in through the real form; answers the TOTP step when asked. */
export async function logInAs(
	s: Session,
	baseUrl: string,
	email: string,
	password = DEMO_PASSWORD,
	totpSecret: string | null = DEMO_TOTP_SECRET
) {
	await s.visit(`${baseUrl}/anmelden`);
	await s.page.getByLabel('E-Mail-Adresse').fill(email);
	await s.page.getByLabel('Passwort', { exact: false }).first().fill(password);
	await s.page.getByRole('button', { name: 'Anmelden' }).click();
	await s.page.waitForURL((u) => u.pathname !== '/anmelden');
	if (totpSecret && s.page.url().includes('/anmelden/zwei-faktor')) {
		await s.checkA11y();
		await s.page.getByLabel('Code').fill(await freshTotpCode(email, totpSecret));
		await s.page.getByRole('button', { name: 'Bestätigen' }).click();
		await s.page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
	}
	expect(new URL(s.page.url()).pathname).not.toBe('/anmelden');
	await s.checkA11y();
}
