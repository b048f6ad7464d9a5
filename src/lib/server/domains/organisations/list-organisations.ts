import { asc, eq, ilike, sql } from 'drizzle-orm';
import { organisations, partnerCategories, type MembershipStatus } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { listPartnerCategories } from './partner-categories';

export type OrganisationFilter = { q: string; category: string; status: string };

/** The coordinator's list of organisations with category and membership status. */
export async function listOrganisations(ctx: TenantContext, f: OrganisationFilter) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const categories = await listPartnerCategories(tx, ctx.network.id);
		const rows = await tx
			.select({
				id: organisations.id,
				name: organisations.name,
				status: organisations.membershipStatus,
				category: partnerCategories.name,
				listedPublicly: organisations.listedPublicly
			})
			.from(organisations)
			.leftJoin(partnerCategories, eq(partnerCategories.id, organisations.partnerCategoryId))
			.where(
				scoped(
					organisations,
					ctx,
					f.q ? ilike(organisations.name, `%${f.q.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
					f.category ? eq(organisations.partnerCategoryId, f.category) : undefined,
					f.status === 'keine'
						? sql`${organisations.membershipStatus} is null`
						: f.status
							? eq(organisations.membershipStatus, f.status as MembershipStatus)
							: undefined
				)
			)
			.orderBy(asc(organisations.name))
			.limit(1000);
		return { rows, categories };
	});
}
