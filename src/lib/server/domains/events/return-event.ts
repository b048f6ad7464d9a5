import { eq, sql } from 'drizzle-orm';
import { events, users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import { lockEvent } from './event-lock';
import { eventSender, type EventMailContext } from './event-mail-helpers';

/**
 * Sends a provider's event back from review with a comment: it becomes a draft again (the
 * provider's next save puts it back into review), the comment is mailed to its author and kept in
 * the audit log, where the event page reads it.
 */
export async function returnEvent(ctx: EventMailContext, id: string, comment: string): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	await tenantTx(ctx, async (tx) => {
		const event = await lockEvent(tx, ctx, id);
		if (event.status !== 'review')
			throw new AppError('validation', { field: 'form', message: 'events.error.notInReview' });
		await tx
			.update(events)
			.set({ status: 'draft', version: sql`${events.version} + 1`, updatedAt: ctx.now ?? new Date() })
			.where(scoped(events, ctx, eq(events.id, id)));
		const [author] = event.createdBy
			? await tx.select({ email: users.email }).from(users).where(eq(users.id, event.createdBy))
			: [];
		if (author)
			await enqueueMail(tx, {
				networkId: ctx.network.id,
				category: 'network',
				template: 'event_returned',
				to: author.email,
				data: {
					title: event.title,
					comment,
					reviewer: actor.name,
					link: `${ctx.baseUrl}/intern/veranstaltungen/${id}`
				},
				branding: (await eventSender(tx, ctx)).branding
			});
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'return',
			entity: 'event',
			entityId: id,
			before: { status: 'review' },
			after: { status: 'draft', comment }
		});
	});
}
