import { and, eq, sql } from 'drizzle-orm';
import { eventAttendance, eventRegistrations, eventSessions, events } from '$lib/server/db/schema';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { requireEventManager, requireOwnEvent } from './event-access';

/**
 * The tick list of one session: every registered participant ticked was there (teilgenommen), every
 * other registered participant was not (nicht erschienen). Saving again replaces the session's record.
 */
export async function recordAttendance(
	ctx: TenantContext,
	eventId: string,
	sessionId: string,
	presentIds: string[]
): Promise<{ present: number; absent: number }> {
	const manager = requireEventManager(ctx);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const [event] = await tx
			.select({ organisationId: events.organisationId })
			.from(events)
			.where(scoped(events, ctx, eq(events.id, eventId)));
		if (!event) throw new AppError('not_found');
		requireOwnEvent(manager, event);
		const [session] = await tx
			.select({ id: eventSessions.id })
			.from(eventSessions)
			.where(scoped(eventSessions, ctx, eq(eventSessions.id, sessionId), eq(eventSessions.eventId, eventId)));
		if (!session) throw new AppError('not_found');
		const registered = await tx
			.select({ id: eventRegistrations.id })
			.from(eventRegistrations)
			.where(
				scoped(
					eventRegistrations,
					ctx,
					and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'registered'))
				)
			);
		const ids = new Set(registered.map((r) => r.id));
		if (presentIds.some((id) => !ids.has(id)))
			throw new AppError('validation', { field: 'form', message: 'error.notInNetwork' });
		const present = new Set(presentIds);
		if (registered.length > 0)
			await tx
				.insert(eventAttendance)
				.values(
					registered.map((r) => ({
						networkId: ctx.network.id,
						registrationId: r.id,
						sessionId,
						present: present.has(r.id),
						recordedAt: now
					}))
				)
				.onConflictDoUpdate({
					target: [eventAttendance.registrationId, eventAttendance.sessionId],
					set: { present: sql`excluded.present`, recordedAt: sql`excluded.recorded_at` }
				});
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: manager.actor.userId,
			action: 'attendance',
			entity: 'event',
			entityId: eventId,
			after: { sessionId, present: present.size, absent: registered.length - present.size }
		});
		return { present: present.size, absent: registered.length - present.size };
	});
}
