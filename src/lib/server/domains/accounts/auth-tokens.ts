import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { authTokens, type TokenPurpose } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { linkExpiry, linkHash, newLinkToken } from '../shared/personal-link';

export const TOKEN_VALID_HOURS: Record<TokenPurpose, number> = { password_reset: 2, invitation: 72 };

/** A single-use token for a mail link; only its hash is stored. */
export async function issueToken(tx: Tx, userId: string, purpose: TokenPurpose, now: Date): Promise<string> {
	const { token, hash } = newLinkToken();
	await tx.insert(authTokens).values({
		id: hash,
		userId,
		purpose,
		createdAt: now,
		expiresAt: linkExpiry(now, TOKEN_VALID_HOURS[purpose])
	});
	return token;
}

/** Ends the open links of one kind of this user: the newest link supersedes the older ones. */
export async function revokeTokens(tx: Tx, userId: string, purpose: TokenPurpose): Promise<void> {
	await tx
		.delete(authTokens)
		.where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
}

/** Marks the token used and returns its user; expired, used or unknown tokens raise `invalid_token`. */
export async function consumeToken(tx: Tx, token: string, purpose: TokenPurpose, now: Date): Promise<string> {
	const [row] = await tx
		.update(authTokens)
		.set({ usedAt: now })
		.where(
			and(
				eq(authTokens.id, linkHash(token)),
				eq(authTokens.purpose, purpose),
				isNull(authTokens.usedAt),
				gt(authTokens.expiresAt, now)
			)
		)
		.returning({ userId: authTokens.userId });
	if (!row) throw new AppError('invalid_token');
	return row.userId;
}

/** Whether a token would be accepted, without using it (to show the form or an explanation). */
export async function peekToken(tx: Tx, token: string, purpose: TokenPurpose, now: Date): Promise<string | null> {
	const [row] = await tx
		.select({ userId: authTokens.userId })
		.from(authTokens)
		.where(
			and(
				eq(authTokens.id, linkHash(token)),
				eq(authTokens.purpose, purpose),
				isNull(authTokens.usedAt),
				gt(authTokens.expiresAt, now)
			)
		);
	return row?.userId ?? null;
}
