import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { eventSessions, events, networks, organisations } from '$lib/server/db/schema';
import { tenantTx } from '$lib/server/domains/shared/context';
import { eventFeedIcs, type CalendarEvent } from './event-calendar';
import type { EventContext } from './registration-mail';

/** How long a past event stays in the feed, so a subscribed calendar keeps it a while. */
const KEPT_DAYS = 30;

/**
 * The network's iCal feed (`/{network}/veranstaltungen.ics`): every public event that is published
 * or was called off (then with STATUS:CANCELLED), from those that ended in the last 30 days on,
 * one VEVENT per session with a stable UID and the event's SEQUENCE. Members-only events never, and
 * no online session's access link.
 */
export async function eventFeed(ctx: EventContext): Promise<string> {
	const now = ctx.now ?? new Date();
	const since = new Date(now.getTime() - KEPT_DAYS * 86_400_000);
	return tenantTx(ctx, async (tx) => {
		const [network] = await tx
			.select({ name: networks.name, contactName: networks.contactName, contactEmail: networks.contactEmail })
			.from(networks)
			.where(eq(networks.id, ctx.network.id));
		const rows = await tx
			.select({ event: events, organiser: organisations.name })
			.from(events)
			.leftJoin(
				organisations,
				and(eq(organisations.networkId, events.networkId), eq(organisations.id, events.organisationId))
			)
			.where(
				and(
					eq(events.networkId, ctx.network.id),
					eq(events.visibility, 'public'),
					inArray(events.status, ['published', 'cancelled']),
					sql`exists (select 1 from event_sessions s where s.network_id = ${events.networkId} and s.event_id = ${events.id} and s.ends_at > ${since.toISOString()}::timestamptz)`
				)
			);
		const ids = rows.map((r) => r.event.id);
		const sessions = ids.length
			? await tx
					.select()
					.from(eventSessions)
					.where(and(eq(eventSessions.networkId, ctx.network.id), inArray(eventSessions.eventId, ids)))
					.orderBy(asc(eventSessions.startsAt), asc(eventSessions.position))
			: [];
		const list: CalendarEvent[] = rows.map(({ event: e, organiser }) => ({
			id: e.id,
			title: e.title,
			summary: e.summary,
			link: `${ctx.baseUrl}/${ctx.network.slug}/veranstaltungen/${e.id}`,
			sequence: e.sequence,
			cancelled: e.status === 'cancelled',
			organiser: {
				name: organiser ?? network!.name,
				email: e.contactEmail || network!.contactEmail || 'koordination@example.org'
			},
			// The access link of an online session goes to participants only (their mail and .ics), not into a public feed.
			sessions: sessions
				.filter((s) => s.eventId === e.id)
				.map((s) => ({ ...s, onlineUrl: '', place: s.place || (s.onlineUrl ? 'Online' : '') }))
		}));
		return eventFeedIcs(network!.name, list, new URL(ctx.baseUrl).host);
	});
}
