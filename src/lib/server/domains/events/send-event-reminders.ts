import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import { eventRegistrations, eventSessions, events, networks } from '$lib/server/db/schema';
import { isLocale } from '$lib/i18n/context';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { addLink } from '$lib/server/domains/shared/personal-link';
import { formatTimeSpan } from '$lib/time';
import { eventIcs } from './event-calendar';

/** Days before the first session when registered people are reminded, unless the network set another. */
export const DEFAULT_REMINDER_DAYS = 2;

/**
 * Scheduled (issue 14, item 6): every registered person (not waiting, not cancelled) of a published
 * event whose next session starts within the network's reminder period gets one reminder with the
 * event's calendar file and a new personal link; `reminder_sent_at` makes it once, also across
 * processes (rows locked, locked ones skipped).
 */
export async function sendEventReminders(db: Db, o: { now: Date; baseUrl: string }): Promise<{ reminded: number }> {
	const host = new URL(o.baseUrl).host;
	return withSystem(db, async (tx) => {
		const due = rowsOf<{ id: string; event_id: string }>(
			await tx.execute(sql`
				select r.id, r.event_id from event_registrations r
				join events e on e.network_id = r.network_id and e.id = r.event_id
				left join event_settings s on s.network_id = e.network_id
				where r.status = 'registered' and r.reminder_sent_at is null and e.status = 'published'
					and exists (select 1 from event_sessions x where x.network_id = e.network_id and x.event_id = e.id
						and x.starts_at > ${o.now.toISOString()}::timestamptz
						and x.starts_at <= ${o.now.toISOString()}::timestamptz + make_interval(days => coalesce(s.reminder_days, ${DEFAULT_REMINDER_DAYS})))
				order by r.event_id, r.number
				for update of r skip locked`)
		);
		const byEvent = new Map<string, string[]>();
		for (const d of due) byEvent.set(d.event_id, [...(byEvent.get(d.event_id) ?? []), d.id]);
		let reminded = 0;
		for (const [eventId, ids] of byEvent) {
			const [row] = await tx
				.select({ event: events, network: networks })
				.from(events)
				.innerJoin(networks, eq(networks.id, events.networkId))
				.where(eq(events.id, eventId));
			if (!row) continue;
			const { event, network } = row;
			const sessions = await tx
				.select()
				.from(eventSessions)
				.where(and(eq(eventSessions.networkId, event.networkId), eq(eventSessions.eventId, eventId)))
				.orderBy(asc(eventSessions.startsAt));
			const upcoming = sessions.filter((s) => s.startsAt > o.now);
			const people = await tx
				.select()
				.from(eventRegistrations)
				.where(
					and(
						eq(eventRegistrations.networkId, event.networkId),
						inArray(eventRegistrations.id, ids),
						isNull(eventRegistrations.reminderSentAt)
					)
				);
			const ics = eventIcs(
				{
					id: event.id,
					title: event.title,
					summary: event.summary,
					link: `${o.baseUrl}/${network.slug}/veranstaltungen/${event.id}`,
					sequence: event.sequence,
					cancelled: false,
					organiser: {
						name: network.contactName || network.name,
						email: event.contactEmail || network.contactEmail || 'koordination@example.org'
					},
					sessions
				},
				{ method: 'publish', host }
			);
			for (const p of people) {
				const token = await addLink(tx, eventRegistrations, p.id);
				const locale = isLocale(p.locale) ? p.locale : 'de';
				await enqueueMail(tx, {
					networkId: event.networkId,
					category: 'network',
					template: 'event_reminder',
					to: p.email,
					locale,
					data: {
						name: p.name,
						title: event.title,
						sessions: upcoming.map((s) => formatTimeSpan(s.startsAt, s.endsAt)),
						place: upcoming[0]?.place || upcoming[0]?.onlineUrl || '',
						link: `${o.baseUrl}/anmeldung/${network.slug}/${token}`
					},
					branding: { networkName: network.name, brandPrimary: network.brandPrimary },
					attachments: [
						{
							filename: 'veranstaltung.ics',
							contentType: 'text/calendar; method=PUBLISH',
							contentBase64: Buffer.from(ics).toString('base64')
						}
					]
				});
				await tx.update(eventRegistrations).set({ reminderSentAt: o.now }).where(eq(eventRegistrations.id, p.id));
				reminded++;
			}
		}
		return { reminded };
	});
}
