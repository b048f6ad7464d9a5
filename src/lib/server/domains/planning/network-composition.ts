import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	agreements,
	agreementVersions,
	bodies,
	meetingAttendance,
	meetings,
	organisations
} from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { isParticipating } from '$lib/server/domains/shared/statuses';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import {
	DEFAULT_PARTNER_CATEGORIES,
	listPartnerCategories
} from '$lib/server/domains/organisations/partner-categories';
import { meetingHeldIn } from './report-conditions';

export type CategoryComposition = {
	/** null: members without a category. */
	id: string | null;
	name: string;
	members: number;
	signed: number;
	open: number;
	declined: number;
	/** Persons who attended the year's Netzwerkkonferenzen for an organisation of this category. */
	conferenceAttendees: number;
	/** Organisations of this category present at least once. */
	conferenceOrganisations: number;
};

/** The current Kooperationsvereinbarung: the newest sent version of the first such agreement. */
async function currentCooperationVersion(tx: Tx, ctx: TenantContext) {
	const [row] = await tx
		.select({ id: agreementVersions.id, number: agreementVersions.number, title: agreements.title })
		.from(agreementVersions)
		.innerJoin(agreements, eq(agreements.id, agreementVersions.agreementId))
		.where(
			scoped(
				agreementVersions,
				ctx,
				eq(agreements.kind, 'kooperationsvereinbarung'),
				isNotNull(agreementVersions.sentAt)
			)
		)
		.orderBy(asc(agreements.createdAt), desc(agreementVersions.number))
		.limit(1);
	return row ?? null;
}

/** Per member: its category and the state of its signature on the current version (none = open). */
async function memberRows(tx: Tx, ctx: TenantContext, versionId: string | null) {
	return tx
		.select({
			id: organisations.id,
			categoryId: organisations.partnerCategoryId,
			state: versionId
				? // Written out: drizzle leaves columns of a one-table select unqualified, and "id" would mean s.id.
					sql<
						string | null
					>`(select s.state from agreement_signatures s where s.network_id = organisations.network_id and s.organisation_id = organisations.id and s.version_id = ${versionId})`
				: sql<string | null>`null`
		})
		.from(organisations)
		.where(scoped(organisations, ctx, isParticipating(organisations.membershipStatus)));
}

/** Attendance at the year's Netzwerkkonferenzen (held: not cancelled, begun before now) by category of the attendee's organisation. */
async function conferenceParticipation(tx: Tx, ctx: TenantContext, year: number) {
	const held = and(eq(bodies.kind, 'netzwerkkonferenz'), meetingHeldIn(year, ctx.now ?? new Date()));
	const [count] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(meetings)
		.innerJoin(bodies, and(eq(bodies.networkId, meetings.networkId), eq(bodies.id, meetings.bodyId)))
		.where(scoped(meetings, ctx, held));
	const rows = await tx
		.select({
			categoryId: organisations.partnerCategoryId,
			attendees: sql<number>`count(*)::int`,
			organisations: sql<number>`count(distinct ${meetingAttendance.organisationId})::int`
		})
		.from(meetingAttendance)
		.innerJoin(
			meetings,
			and(eq(meetings.networkId, meetingAttendance.networkId), eq(meetings.id, meetingAttendance.meetingId))
		)
		.innerJoin(bodies, and(eq(bodies.networkId, meetings.networkId), eq(bodies.id, meetings.bodyId)))
		.leftJoin(
			organisations,
			and(
				eq(organisations.networkId, meetingAttendance.networkId),
				eq(organisations.id, meetingAttendance.organisationId)
			)
		)
		.where(scoped(meetingAttendance, ctx, held))
		.groupBy(organisations.partnerCategoryId);
	return { conferences: count?.n ?? 0, rows };
}

/**
 * § 3 KKG composition of the network: the network's partner categories with their members
 * (Mitglied, Kooperationspartner), present (≥ 1 member) or missing, the state of the current
 * Kooperationsvereinbarung per category, and participation in the year's Netzwerkkonferenzen;
 * plus the categories of the default list the network does not list at all.
 */
export async function networkComposition(ctx: TenantContext, year: number) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const categories = await listPartnerCategories(tx, ctx.network.id);
		const version = await currentCooperationVersion(tx, ctx);
		const members = await memberRows(tx, ctx, version?.id ?? null);
		const participation = await conferenceParticipation(tx, ctx, year);
		const rowFor = (id: string | null, name: string): CategoryComposition => {
			const own = members.filter((m) => m.categoryId === id);
			const p = participation.rows.find((r) => r.categoryId === id);
			return {
				id,
				name,
				members: own.length,
				signed: own.filter((m) => m.state === 'signed').length,
				declined: own.filter((m) => m.state === 'declined').length,
				open: own.filter((m) => m.state !== 'signed' && m.state !== 'declined').length,
				conferenceAttendees: p?.attendees ?? 0,
				conferenceOrganisations: p?.organisations ?? 0
			};
		};
		const rows = categories.map((c) => rowFor(c.id, c.name));
		const uncategorised = rowFor(null, '');
		const listed = new Set(categories.map((c) => c.name.toLowerCase()));
		return {
			year,
			agreement: version,
			conferences: participation.conferences,
			categories: rows,
			present: rows.filter((r) => r.members > 0),
			missing: rows.filter((r) => r.members === 0),
			notListed: DEFAULT_PARTNER_CATEGORIES.filter((name) => !listed.has(name.toLowerCase())),
			uncategorised: uncategorised.members > 0 || uncategorised.conferenceAttendees > 0 ? uncategorised : null
		};
	});
}
