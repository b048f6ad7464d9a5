import { t } from '$lib/i18n';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { eventRegistrations, events } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { LOCALES } from '$lib/i18n/locales';
import { requireRole } from '$lib/server/domains/shared/actor';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import { eventIcs } from './event-calendar';
import { lockEvent } from './event-lock';
import { calendarEventOf, eventSender, sessionLines, type EventMailContext } from './event-mail-helpers';
import { loadSessions } from './event-row-helpers';

/** Registrations that are told when the event is called off. */
const ACTIVE = ['registered', 'waiting', 'offered'] as const;

/**
 * Calls the event off: status cancelled, SEQUENCE up, and every active registrant (angemeldet,
 * Warteliste, offered seat) gets a mail with the calendar file METHOD:CANCEL (same UIDs), through
 * the outbox in the same transaction. The registrations stay as they were, for the record.
 */
export async function cancelEvent(ctx: EventMailContext, id: string): Promise<{ mailed: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const before = await lockEvent(tx, ctx, id);
		if (before.status === 'cancelled')
			throw new AppError('validation', { field: 'form', message: 'events.error.alreadyCancelled' });
		const [event] = await tx
			.update(events)
			.set({
				status: 'cancelled',
				cancelledAt: now,
				sequence: sql`${events.sequence} + 1`,
				version: sql`${events.version} + 1`,
				updatedAt: now
			})
			.where(scoped(events, ctx, eq(events.id, id)))
			.returning();
		const sessions = await loadSessions(tx, ctx, id);
		const people = await tx
			.select({
				name: eventRegistrations.name,
				email: eventRegistrations.email,
				locale: eventRegistrations.locale
			})
			.from(eventRegistrations)
			.where(
				and(
					scoped(eventRegistrations, ctx, eq(eventRegistrations.eventId, id)),
					inArray(eventRegistrations.status, [...ACTIVE])
				)
			)
			.orderBy(asc(eventRegistrations.number));
		const sender = await eventSender(tx, ctx);
		const ics = eventIcs(calendarEventOf(ctx, event!, sessions, sender), {
			method: 'cancel',
			host: new URL(ctx.baseUrl).host
		});
		const attachment = {
			filename: t('events.mail.cancelFile'),
			contentType: 'text/calendar; charset=utf-8; method=CANCEL',
			contentBase64: Buffer.from(ics, 'utf-8').toString('base64')
		};
		let mailed = 0;
		for (const p of people) {
			if (!p.email) continue;
			await enqueueMail(tx, {
				networkId: ctx.network.id,
				category: 'network',
				template: 'event_cancelled',
				to: p.email,
				locale: LOCALES.find((l) => l.code === p.locale)?.code ?? 'de',
				branding: sender.branding,
				data: { name: p.name, title: event!.title, when: sessionLines(sessions, p.locale) },
				attachments: [attachment]
			});
			mailed++;
		}
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'cancel',
			entity: 'event',
			entityId: id,
			before: { status: before.status },
			after: { status: 'cancelled', mailed }
		});
		return { mailed };
	});
}
