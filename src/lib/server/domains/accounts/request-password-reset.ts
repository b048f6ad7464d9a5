import { eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks, roleAssignments, users } from '$lib/server/db/schema';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { issueToken, revokeTokens, TOKEN_VALID_HOURS } from './auth-tokens';
import { hitRateLimit } from './rate-limit';

/**
 * Sends a reset link if the account exists; it supersedes earlier ones. The answer is the same
 * either way, so the form does not reveal which addresses have accounts.
 */
export async function requestPasswordReset(
	db: Db,
	input: { email: string; clientAddress: string },
	opts: { baseUrl: string; now?: Date }
): Promise<void> {
	const now = opts.now ?? new Date();
	await withSystem(db, async (tx) => {
		const perAddress = await hitRateLimit(tx, `reset:addr:${input.clientAddress}`, 20, 3600, now);
		const perAccount = await hitRateLimit(tx, `reset:mail:${input.email}`, 3, 3600, now);
		if (!perAddress || !perAccount) return;
		const [user] = await tx
			.select()
			.from(users)
			.where(sql`lower(${users.email}) = ${input.email.toLowerCase()} and ${users.deactivatedAt} is null`);
		if (!user) return;
		const [home] = await tx
			.select({ id: networks.id, name: networks.name, brandPrimary: networks.brandPrimary })
			.from(roleAssignments)
			.innerJoin(networks, eq(networks.id, roleAssignments.networkId))
			.where(eq(roleAssignments.userId, user.id))
			.limit(1);
		// Only the newest link works: an older mail (perhaps read by someone else) is worth nothing now.
		await revokeTokens(tx, user.id, 'password_reset');
		const token = await issueToken(tx, user.id, 'password_reset', now);
		await enqueueMail(tx, {
			networkId: home?.id ?? null,
			category: 'account',
			template: 'password_reset',
			to: user.email,
			data: {
				name: user.name,
				link: `${opts.baseUrl}/passwort-zuruecksetzen/${token}`,
				validHours: TOKEN_VALID_HOURS.password_reset
			},
			branding: home ? { networkName: home.name, brandPrimary: home.brandPrimary } : undefined
		});
	});
}
