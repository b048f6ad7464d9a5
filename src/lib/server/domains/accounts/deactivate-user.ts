import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { requireRole, type Actor } from '../shared/actor';
import { invalidateAllSessions } from './end-sessions';

/** The operator deactivates (or reactivates) an account; deactivation ends all its sessions at once. */
export async function setUserActive(
	ctx: { db: Db; actor: Actor | null; now?: Date },
	input: { userId: string; active: boolean }
) {
	const actor = requireRole(ctx.actor, 'operator', null);
	if (input.userId === actor.userId && !input.active) throw new AppError('forbidden', { reason: 'self' });
	await withSystem(ctx.db, async (tx) => {
		const [user] = await tx
			.update(users)
			.set({ deactivatedAt: input.active ? null : (ctx.now ?? new Date()) })
			.where(eq(users.id, input.userId))
			.returning({ id: users.id });
		if (!user) throw new AppError('not_found');
		if (!input.active) await invalidateAllSessions(tx, input.userId);
		await recordAudit(tx, {
			networkId: null,
			actorUserId: actor.userId,
			action: input.active ? 'reactivate' : 'deactivate',
			entity: 'user',
			entityId: input.userId
		});
	});
}
