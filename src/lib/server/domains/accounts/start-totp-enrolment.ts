import { eq } from 'drizzle-orm';
import { Secret } from 'otpauth';
import QRCode from 'qrcode';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { users } from '$lib/server/db/schema';
import { AppError, isAppError } from '$lib/server/errors';
import type { SecretBox } from '../shared/crypto';
import { totpFor } from './totp';
import { openTotpSecret, sealTotpSecret } from './totp-secret';

export type Enrolment = { secret: string; uri: string; qrSvg: string };

/**
 * Creates (or shows again) the pending secret of an account that has no second factor yet; QR
 * rendered on the server. The secret is stored sealed; a pending one this key cannot open (the key
 * changed before the set-up was finished) is replaced by a new one.
 */
export async function startTotpEnrolment(db: Db, secrets: SecretBox, userId: string): Promise<Enrolment> {
	const { email, secret } = await withSystem(db, async (tx) => {
		const [u] = await tx.select().from(users).where(eq(users.id, userId));
		if (!u) throw new AppError('not_found');
		if (u.totpEnabledAt) throw new AppError('conflict');
		if (u.totpSecret) {
			try {
				return { email: u.email, secret: openTotpSecret(secrets, { id: u.id, totpSecret: u.totpSecret }) };
			} catch (e) {
				if (!isAppError(e, 'second_factor_unavailable')) throw e;
			}
		}
		const fresh = new Secret({ size: 20 }).base32;
		await tx
			.update(users)
			.set({ totpSecret: sealTotpSecret(secrets, u.id, fresh), totpLastStep: null })
			.where(eq(users.id, userId));
		return { email: u.email, secret: fresh };
	});
	const uri = totpFor(secret, email).toString();
	const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	return { secret, uri, qrSvg };
}
