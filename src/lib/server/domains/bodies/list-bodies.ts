import { asc, eq, sql } from 'drizzle-orm';
import { bodies, contacts } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { effectiveVisibility } from '$lib/server/domains/organisations/contact-visibility';

/** The coordinator's list of bodies with member counts and the next meeting. */
export async function listBodies(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx
			.select({
				id: bodies.id,
				name: bodies.name,
				kind: bodies.kind,
				purpose: bodies.purpose,
				allMembers: bodies.allMembers,
				members: sql<number>`(select count(*)::int from body_members m where m.body_id = ${bodies.id})`,
				next: sql<Date | null>`(select min(starts_at) from meetings x where x.body_id = ${bodies.id} and x.starts_at > now() and x.status = 'planned')`
			})
			.from(bodies)
			.where(scoped(bodies, ctx))
			.orderBy(asc(bodies.name))
	);
}

/** Bodies with their purpose for the public network page (external round tables included). */
export async function listPublicBodies(ctx: TenantContext) {
	return tenantTx(ctx, async (tx) => {
		const rows = await tx
			.select({
				name: bodies.name,
				kind: bodies.kind,
				purpose: bodies.purpose,
				leadName: contacts.name,
				leadVisibility: contacts.visibility,
				leadConsent: contacts.consentAt,
				leadRevoked: contacts.consentRevokedAt
			})
			.from(bodies)
			.leftJoin(contacts, eq(contacts.id, bodies.leadContactId))
			.where(scoped(bodies, ctx))
			.orderBy(asc(bodies.name));
		// The lead is named publicly only when the contact is public with a valid consent.
		return rows.map((r) => ({
			name: r.name,
			kind: r.kind,
			purpose: r.purpose,
			lead:
				r.leadName &&
				r.leadVisibility &&
				effectiveVisibility({
					visibility: r.leadVisibility,
					consentAt: r.leadConsent,
					consentRevokedAt: r.leadRevoked
				}) === 'public'
					? r.leadName
					: ''
		}));
	});
}
