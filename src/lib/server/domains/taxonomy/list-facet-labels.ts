import { asc } from 'drizzle-orm';
import { districts, topics } from '$lib/server/db/schema';
import { tenantTx, scoped, type TenantContext } from '$lib/server/domains/shared/context';

/** Names of the network's topics and districts, to label facets and validate filter values. */
export async function listFacetLabels(ctx: TenantContext) {
	return tenantTx(ctx, async (tx) => {
		const topicRows = await tx
			.select({ value: topics.slug, name: topics.name })
			.from(topics)
			.where(scoped(topics, ctx))
			.orderBy(asc(topics.position));
		const districtRows = await tx
			.select({ value: districts.id, name: districts.name })
			.from(districts)
			.where(scoped(districts, ctx))
			.orderBy(asc(districts.name));
		return { topics: topicRows, districts: districtRows };
	});
}
