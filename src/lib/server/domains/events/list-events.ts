import { asc, eq, sql } from 'drizzle-orm';
import { events, organisations } from '$lib/server/db/schema';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { requireEventManager } from './event-access';

export type EventListItem = {
	id: string;
	title: string;
	kind: string;
	audience: string;
	status: string;
	capacity: number;
	waitingList: boolean;
	organisationName: string | null;
	firstStart: Date | null;
	lastEnd: Date | null;
	sessionCount: number;
	taken: number;
	waiting: number;
};

export type EventSections = {
	review: EventListItem[];
	drafts: EventListItem[];
	upcoming: EventListItem[];
	past: EventListItem[];
	cancelled: EventListItem[];
};

const asDate = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(v as string));

/**
 * The events of the network in the coordinator's sections – waiting for review, drafts, upcoming,
 * past (the last session has ended), cancelled – each with seats taken, capacity and waiting list.
 * A provider editor sees the events of its own organisation.
 */
export async function listEvents(ctx: TenantContext): Promise<EventSections> {
	const manager = requireEventManager(ctx);
	const now = ctx.now ?? new Date();
	const rows = await tenantTx(ctx, (tx) =>
		tx
			.select({
				id: events.id,
				title: events.title,
				kind: events.kind,
				audience: events.audience,
				status: events.status,
				capacity: events.capacity,
				waitingList: events.waitingList,
				organisationName: organisations.name,
				firstStart: sql<
					string | null
				>`(select min(s.starts_at) from event_sessions s where s.network_id = ${events.networkId} and s.event_id = ${events.id})`,
				lastEnd: sql<
					string | null
				>`(select max(s.ends_at) from event_sessions s where s.network_id = ${events.networkId} and s.event_id = ${events.id})`,
				sessionCount: sql<number>`(select count(*)::int from event_sessions s where s.network_id = ${events.networkId} and s.event_id = ${events.id})`,
				taken: sql<number>`(select coalesce(sum(r.persons), 0)::int from event_registrations r where r.network_id = ${events.networkId} and r.event_id = ${events.id} and r.status in ('registered', 'offered'))`,
				waiting: sql<number>`(select count(*)::int from event_registrations r where r.network_id = ${events.networkId} and r.event_id = ${events.id} and r.status = 'waiting')`
			})
			.from(events)
			.leftJoin(organisations, eq(organisations.id, events.organisationId))
			.where(
				scoped(
					events,
					ctx,
					manager.organisationId === null ? undefined : eq(events.organisationId, manager.organisationId)
				)
			)
			.orderBy(asc(events.title))
	);
	const items: EventListItem[] = rows.map((r) => ({
		...r,
		firstStart: asDate(r.firstStart),
		lastEnd: asDate(r.lastEnd),
		sessionCount: Number(r.sessionCount),
		taken: Number(r.taken),
		waiting: Number(r.waiting)
	}));
	const byStart = (a: EventListItem, b: EventListItem) =>
		(a.firstStart?.getTime() ?? Infinity) - (b.firstStart?.getTime() ?? Infinity);
	const isPast = (e: EventListItem) => e.lastEnd !== null && e.lastEnd <= now;
	const published = items.filter((e) => e.status === 'published');
	return {
		review: items.filter((e) => e.status === 'review').sort(byStart),
		drafts: items.filter((e) => e.status === 'draft').sort(byStart),
		upcoming: published.filter((e) => !isPast(e)).sort(byStart),
		past: published.filter(isPast).sort(byStart).reverse(),
		cancelled: items
			.filter((e) => e.status === 'cancelled')
			.sort(byStart)
			.reverse()
	};
}
