import { and, asc, eq, inArray } from 'drizzle-orm';
import { eventRegistrations, events, type RegistrationStatus } from '$lib/server/db/schema';
import { LOCALES } from '$lib/i18n/locales';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { requireEventManager, requireOwnEvent } from './event-access';
import { eventSender, type EventMailContext } from './event-mail-helpers';
import type { MessageInput } from './event-schema';

const ACTIVE: RegistrationStatus[] = ['registered', 'waiting', 'offered'];

/**
 * A message (subject and text) to the event's participants – all active ones (angemeldet,
 * Warteliste, offered seat) or those of one status – through the outbox, one mail per address.
 */
export async function messageParticipants(
	ctx: EventMailContext,
	eventId: string,
	input: MessageInput
): Promise<{ sent: number }> {
	const manager = requireEventManager(ctx);
	return tenantTx(ctx, async (tx) => {
		const [event] = await tx
			.select()
			.from(events)
			.where(scoped(events, ctx, eq(events.id, eventId)));
		if (!event) throw new AppError('not_found');
		requireOwnEvent(manager, event);
		const statuses = input.to === 'active' ? ACTIVE : [input.to];
		const people = await tx
			.select({ name: eventRegistrations.name, email: eventRegistrations.email, locale: eventRegistrations.locale })
			.from(eventRegistrations)
			.where(
				and(
					scoped(eventRegistrations, ctx, eq(eventRegistrations.eventId, eventId)),
					inArray(eventRegistrations.status, statuses)
				)
			)
			.orderBy(asc(eventRegistrations.number));
		const sender = await eventSender(tx, ctx);
		const seen = new Set<string>();
		for (const p of people) {
			const address = p.email.toLowerCase();
			if (!address || seen.has(address)) continue;
			seen.add(address);
			await enqueueMail(tx, {
				networkId: ctx.network.id,
				category: 'network',
				template: 'event_message',
				to: p.email,
				locale: LOCALES.find((l) => l.code === p.locale)?.code ?? 'de',
				branding: sender.branding,
				data: { name: p.name, title: event.title, subject: input.subject, body: input.body }
			});
		}
		if (seen.size === 0) throw new AppError('validation', { field: 'to', message: 'events.error.nobodyToMessage' });
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: manager.actor.userId,
			action: 'message',
			entity: 'event',
			entityId: eventId,
			after: { to: input.to, subject: input.subject, sent: seen.size }
		});
		return { sent: seen.size };
	});
}
