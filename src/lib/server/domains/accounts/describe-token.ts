import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { users, type TokenPurpose } from '$lib/server/db/schema';
import { peekToken } from './auth-tokens';

/** Whether a reset or invitation link still works, and whose it is (to greet them), without using it. */
export async function describeToken(
	db: Db,
	token: string,
	purpose: TokenPurpose,
	now = new Date()
): Promise<{ valid: boolean; name: string }> {
	return withSystem(db, async (tx) => {
		const userId = await peekToken(tx, token, purpose, now);
		if (!userId) return { valid: false, name: '' };
		const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
		return { valid: true, name: user?.name ?? '' };
	});
}
