import { expect } from 'vitest';
import { TOTP, Secret } from 'otpauth';
import type { Session } from './browser';

export const DEMO_PASSWORD = 'Beispiel-Passwort-2026';
export const DEMO_TOTP_SECRET = 'BEISPIELDATENNURZUMTESTENZWEIFAK';

export function totpCode(secretBase32: string): string {
	return new TOTP({ secret: Secret.fromBase32(secretBase32.replace(/\s/g, '')), digits: 6, period: 30, algorithm: 'SHA1' }).generate();
}

/** Logs in through the real form; answers the TOTP step when asked. */
export async function logInAs(s: Session, baseUrl: string, email: string, password = DEMO_PASSWORD, totpSecret: string | null = DEMO_TOTP_SECRET) {
	await s.visit(`${baseUrl}/anmelden`);
	await s.page.getByLabel('E-Mail-Adresse').fill(email);
	await s.page.getByLabel('Passwort', { exact: false }).first().fill(password);
	await s.page.getByRole('button', { name: 'Anmelden' }).click();
	await s.page.waitForURL((u) => u.pathname !== '/anmelden');
	if (totpSecret && s.page.url().includes('/anmelden/zwei-faktor')) {
		await s.checkA11y();
		await s.page.getByLabel('Code').fill(totpCode(totpSecret));
		await s.page.getByRole('button', { name: 'Bestätigen' }).click();
		await s.page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
	}
	expect(new URL(s.page.url()).pathname).not.toBe('/anmelden');
	await s.checkA11y();
}
