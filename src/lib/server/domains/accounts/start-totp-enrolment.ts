import { eq } from 'drizzle-orm';
import { Secret } from 'otpauth';
import QRCode from 'qrcode';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { totpFor } from './totp';

export type Enrolment = { secret: string; uri: string; qrSvg: string };

/** Creates (or shows again) the pending secret of an account that has no second factor yet; QR rendered on the server. */
export async function startTotpEnrolment(db: Db, userId: string): Promise<Enrolment> {
	const user = await withSystem(db, async (tx) => {
		const [u] = await tx.select().from(users).where(eq(users.id, userId));
		if (!u) throw new AppError('not_found');
		if (u.totpEnabledAt) throw new AppError('conflict');
		if (u.totpSecret) return u;
		const secret = new Secret({ size: 20 }).base32;
		const [updated] = await tx.update(users).set({ totpSecret: secret }).where(eq(users.id, userId)).returning();
		return updated!;
	});
	const uri = totpFor(user.totpSecret!, user.email).toString();
	const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	return { secret: user.totpSecret!, uri, qrSvg };
}
