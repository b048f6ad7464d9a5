import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks, roleAssignments, users } from '$lib/server/db/schema';
import { t } from '$lib/i18n';
import { AppError } from '$lib/server/errors';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { requireRole, type Actor } from '../shared/actor';
import { issueToken, TOKEN_VALID_HOURS } from './auth-tokens';

/**
 * The operator invites a coordinator of a network: creates the account (or adds the
 * role to an existing one) and mails a single-use link to set a password.
 */
export async function inviteCoordinator(
	ctx: { db: Db; actor: Actor | null; now?: Date; baseUrl: string },
	input: { networkId: string; name: string; email: string }
): Promise<{ userId: string }> {
	requireRole(ctx.actor, 'operator', null);
	const now = ctx.now ?? new Date();
	return withSystem(ctx.db, async (tx) => {
		const [network] = await tx.select().from(networks).where(eq(networks.id, input.networkId));
		if (!network) throw new AppError('not_found');
		let [user] = await tx
			.select()
			.from(users)
			.where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`);
		if (!user) {
			[user] = await tx.insert(users).values({ email: input.email.toLowerCase(), name: input.name }).returning();
		} else if (user.deactivatedAt) {
			throw new AppError('conflict', { field: 'email', reason: 'deactivated' });
		}
		const existing = await tx
			.select({ id: roleAssignments.id })
			.from(roleAssignments)
			.where(
				and(
					eq(roleAssignments.userId, user!.id),
					eq(roleAssignments.role, 'coordinator'),
					eq(roleAssignments.networkId, network.id)
				)
			);
		if (existing.length > 0 && user!.passwordHash)
			throw new AppError('conflict', { field: 'email', reason: 'already_coordinator' });
		if (existing.length === 0)
			await tx.insert(roleAssignments).values({ userId: user!.id, role: 'coordinator', networkId: network.id });
		const token = await issueToken(tx, user!.id, 'invitation', now);
		await enqueueMail(tx, {
			networkId: network.id,
			category: 'account',
			template: 'invitation',
			to: user!.email,
			data: {
				name: user!.name,
				link: `${ctx.baseUrl}/einladung/${token}`,
				roleLabel: t('auth.role.coordinator'),
				validHours: TOKEN_VALID_HOURS.invitation
			},
			branding: { networkName: network.name, brandPrimary: network.brandPrimary }
		});
		return { userId: user!.id };
	});
}
