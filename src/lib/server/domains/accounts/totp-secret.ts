import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isSealed, SecretUnreadable, type SecretBox } from '../shared/crypto';

/** The associated data a TOTP secret is sealed with: it opens only in its own account's row. */
const contextOf = (userId: string) => `totp:${userId}`;

/** The value stored in `users.totp_secret` for a new secret (never the base32 secret itself). */
export function sealTotpSecret(secrets: SecretBox, userId: string, base32: string): string {
	return secrets.seal(base32, contextOf(userId));
}

/**
 * The base32 secret behind a stored value, only where a code is checked or shown for set-up. A
 * legacy plain value (from before encryption, not yet converted at start) is read as it is. A
 * value this key cannot open (APP_SECRET or the key file changed) tells the person the second
 * factor cannot be checked right now, and the operator's log why.
 */
export function openTotpSecret(secrets: SecretBox, user: { id: string; totpSecret: string }): string {
	if (!isSealed(user.totpSecret)) return user.totpSecret;
	try {
		return secrets.open(user.totpSecret, contextOf(user.id));
	} catch (e) {
		if (!(e instanceof SecretUnreadable)) throw e;
		console.error(
			`[secrets] Das TOTP-Geheimnis des Kontos ${user.id} lässt sich mit diesem Schlüssel (Kennung ${secrets.keyId}) nicht entschlüsseln: ` +
				'APP_SECRET (bzw. DATA_DIR/app-secret) ist nicht der Schlüssel, mit dem es verschlüsselt wurde. Spielen Sie den alten Schlüssel zurück; ' +
				'mit einem Wiederherstellungscode kann sich die Person weiterhin anmelden.'
		);
		throw new AppError('second_factor_unavailable');
	}
}

/**
 * The one-time pass at start (idempotent, safe in parallel processes): every plain TOTP secret is
 * sealed in place (the update only applies while the row still holds that plain value), and the
 * sealed ones are tried, so a changed key shows in the log at start and not only at the next login.
 */
export async function sealStoredTotpSecrets(
	db: Db,
	secrets: SecretBox
): Promise<{ sealed: number; unreadable: number }> {
	return withSystem(db, async (tx) => {
		const rows = await tx
			.select({ id: users.id, totpSecret: users.totpSecret })
			.from(users)
			.where(isNotNull(users.totpSecret));
		let sealed = 0;
		let unreadable = 0;
		for (const row of rows) {
			const stored = row.totpSecret!;
			if (isSealed(stored)) {
				try {
					secrets.open(stored, contextOf(row.id));
				} catch {
					unreadable++;
				}
				continue;
			}
			const updated = await tx
				.update(users)
				.set({ totpSecret: sealTotpSecret(secrets, row.id, stored) })
				.where(and(eq(users.id, row.id), eq(users.totpSecret, stored)))
				.returning({ id: users.id });
			sealed += updated.length;
		}
		return { sealed, unreadable };
	});
}
