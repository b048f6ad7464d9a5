import { eq, sql } from 'drizzle-orm';
import { events, users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import { lockEvent } from './event-lock';
import { eventPageLink, eventSender, type EventMailContext } from './event-mail-helpers';

/**
 * Draft → published (the coordination's own event), or review → published (a provider's event
 * approved; its author is told by mail). From then on the event takes registrations in its window.
 */
export async function publishEvent(ctx: EventMailContext, id: string): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	await tenantTx(ctx, async (tx) => {
		const event = await lockEvent(tx, ctx, id);
		if (event.status !== 'draft' && event.status !== 'review')
			throw new AppError('validation', { field: 'form', message: 'events.error.notPublishable' });
		await tx
			.update(events)
			.set({ status: 'published', version: sql`${events.version} + 1`, updatedAt: ctx.now ?? new Date() })
			.where(scoped(events, ctx, eq(events.id, id)));
		const [author] =
			event.status === 'review' && event.createdBy
				? await tx.select({ email: users.email }).from(users).where(eq(users.id, event.createdBy))
				: [];
		if (author)
			await enqueueMail(tx, {
				networkId: ctx.network.id,
				category: 'network',
				template: 'event_approved',
				to: author.email,
				data: { title: event.title, link: eventPageLink(ctx, event) },
				branding: (await eventSender(tx, ctx)).branding
			});
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'publish',
			entity: 'event',
			entityId: id,
			before: { status: event.status },
			after: { status: 'published' }
		});
	});
}
