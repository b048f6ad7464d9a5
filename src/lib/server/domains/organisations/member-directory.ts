import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { bodies, contacts, districts, organisations, partnerCategories } from '$lib/server/db/schema';
import { isParticipating } from '$lib/server/domains/shared/statuses';
import { hasRole, requireNetworkAccess } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { organisationTakesPart } from './body-membership';
import { effectiveVisibility, mayView, type Viewer } from './contact-visibility';

export type DirectoryFilter = { q: string; category: string; district: string; body: string };

/** The bodies, districts and categories to filter the directory by. */
async function directoryChoices(tx: Tx, ctx: TenantContext) {
	return {
		bodies: await tx
			.select({ id: bodies.id, name: bodies.name })
			.from(bodies)
			.where(scoped(bodies, ctx))
			.orderBy(asc(bodies.name)),
		districts: await tx
			.select({ id: districts.id, name: districts.name })
			.from(districts)
			.where(scoped(districts, ctx))
			.orderBy(asc(districts.name)),
		categories: await tx
			.select({ id: partnerCategories.id, name: partnerCategories.name })
			.from(partnerCategories)
			.where(scoped(partnerCategories, ctx))
			.orderBy(asc(partnerCategories.position))
	};
}

/**
 * The member directory for everyone with a role in the network: members and cooperation
 * partners with the contacts this viewer may see (coordination: all; others: those visible
 * to the network or the public, with consent).
 */
export async function memberDirectory(ctx: TenantContext, f: DirectoryFilter) {
	const actor = requireNetworkAccess(ctx.actor, ctx.network.id);
	const viewer: Viewer = hasRole(actor, 'coordinator', ctx.network.id) ? 'coordination' : 'network';
	return tenantTx(ctx, async (tx) => {
		const q = f.q ? `%${f.q.replace(/[%_\\]/g, '\\$&')}%` : null;
		const orgs = await tx
			.select({
				id: organisations.id,
				name: organisations.name,
				status: organisations.membershipStatus,
				category: partnerCategories.name,
				categoryId: organisations.partnerCategoryId,
				phone: organisations.phone,
				email: organisations.email,
				web: organisations.web,
				city: organisations.city,
				districtIds: organisations.districtIds
			})
			.from(organisations)
			.leftJoin(partnerCategories, eq(partnerCategories.id, organisations.partnerCategoryId))
			.where(
				scoped(
					organisations,
					ctx,
					isParticipating(organisations.membershipStatus),
					f.category ? eq(organisations.partnerCategoryId, f.category) : undefined,
					f.district ? sql`${f.district} = any(${organisations.districtIds})` : undefined,
					f.body
						? organisationTakesPart(f.body, { id: organisations.id, status: organisations.membershipStatus })
						: undefined,
					q
						? sql`(${organisations.name} ilike ${q} or exists (select 1 from contacts c where c.organisation_id = ${organisations.id} and c.name ilike ${q}))`
						: undefined
				)
			)
			.orderBy(asc(partnerCategories.position), asc(organisations.name));
		// Choices for the filters: all of them, not only those in the current result.
		const choices = await directoryChoices(tx, ctx);
		const people = orgs.length
			? await tx
					.select()
					.from(contacts)
					.where(
						scoped(
							contacts,
							ctx,
							inArray(
								contacts.organisationId,
								orgs.map((o) => o.id)
							)
						)
					)
					.orderBy(asc(contacts.name))
			: [];
		return {
			viewer,
			choices,
			entries: orgs.map((o) => ({
				...o,
				contacts: people
					.filter((c) => c.organisationId === o.id && mayView(viewer, c))
					.map((c) => ({
						id: c.id,
						name: c.name,
						role: c.role,
						phone: c.phone,
						email: c.email,
						visibility: effectiveVisibility(c)
					}))
			}))
		};
	});
}
