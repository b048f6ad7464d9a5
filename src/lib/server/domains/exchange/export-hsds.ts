import { asc } from 'drizzle-orm';
import { offers } from '$lib/server/db/schema';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { HSDS_VERSION } from './hsds-ids';
import { loadHsdsContext, providersOf, publishedOffers, servicesFor } from './load-hsds-data';
import { hsdsOrganization } from './map-hsds-organization';
import { leanService } from './map-hsds-service';
import { hsdsTaxonomies, hsdsTaxonomyTerms } from './map-hsds-taxonomies';

/**
 * Open Referral HSDS 3.0: a network's published offers as services, their providers as
 * organizations, places as locations, life stage / topic / offer type as taxonomies.
 * Empty optional fields are left out (HSDS fields are typed strings, `null` would not validate).
 */

/** The whole published data set of a network as one HSDS 3.0 JSON document (download and import format). */
export async function exportHsds(ctx: TenantContext, baseUrl: string) {
	return tenantTx(ctx, async (tx) => {
		const c = await loadHsdsContext(tx, ctx, baseUrl);
		const rows = await tx
			.select()
			.from(offers)
			.where(scoped(offers, ctx, publishedOffers(ctx)))
			.orderBy(asc(offers.title), asc(offers.id));
		const services = await servicesFor(tx, ctx, c, rows);
		const orgs = await providersOf(tx, ctx, rows);
		return {
			hsds_version: HSDS_VERSION,
			publisher: { name: c.network.name, url: `${baseUrl}/${c.network.slug}` },
			generated_at: (ctx.now ?? new Date()).toISOString(),
			organizations: orgs.map((o) =>
				hsdsOrganization(c, o, services.filter((x) => x.organization_id === o.id).map(leanService))
			),
			services,
			taxonomies: hsdsTaxonomies(c),
			taxonomy_terms: hsdsTaxonomyTerms(c)
		};
	});
}
