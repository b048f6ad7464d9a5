import { and, asc, desc, eq } from 'drizzle-orm';
import { bodies, events, meetings, offers, organisations, type BodyKind, type EventKind } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { sql } from 'drizzle-orm';
import { eventHeldIn, eventParticipants, meetingHeldIn } from './report-conditions';
import { offerReference, reportOffers, type OfferFilter } from './offer-report-conditions';

/** The published offers behind an offer figure of the monitoring (same conditions). */
export async function listReportOffers(ctx: TenantContext, year: number, filter: OfferFilter) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const at = offerReference(year, ctx.now ?? new Date());
	return tenantTx(ctx, (tx) =>
		tx
			.select({ id: offers.id, title: offers.title, provider: organisations.name, verifiedAt: offers.verifiedAt })
			.from(offers)
			.leftJoin(
				organisations,
				and(eq(organisations.networkId, offers.networkId), eq(organisations.id, offers.organisationId))
			)
			.where(scoped(offers, ctx, reportOffers(ctx.network.id, at, filter)))
			.orderBy(asc(offers.title))
	);
}

/** The meetings held in a year (optionally of one body kind) with their recorded attendance. */
export async function listMeetingsHeld(ctx: TenantContext, year: number, kind: BodyKind | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, (tx) =>
		tx
			.select({
				id: meetings.id,
				bodyId: bodies.id,
				bodyName: bodies.name,
				title: meetings.title,
				startsAt: meetings.startsAt,
				attendees: sql<number>`(select count(*)::int from meeting_attendance a where a.network_id = ${meetings.networkId} and a.meeting_id = ${meetings.id})`
			})
			.from(meetings)
			.innerJoin(bodies, and(eq(bodies.networkId, meetings.networkId), eq(bodies.id, meetings.bodyId)))
			.where(scoped(meetings, ctx, meetingHeldIn(year, now), kind ? eq(bodies.kind, kind) : undefined))
			.orderBy(desc(meetings.startsAt))
	);
}

/** The events held in a year (optionally of one kind) with their participants. */
export async function listEventsHeld(ctx: TenantContext, year: number, kind: EventKind | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, (tx) =>
		tx
			.select({ id: events.id, title: events.title, kind: events.kind, participants: eventParticipants })
			.from(events)
			.where(scoped(events, ctx, eventHeldIn(year, now), kind ? eq(events.kind, kind) : undefined))
			.orderBy(asc(events.title))
	);
}
