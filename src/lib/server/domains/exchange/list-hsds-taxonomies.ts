import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { slicePage, type Json, type Page, type PageQuery } from './hsds-helpers';
import { loadHsdsContext } from './load-hsds-data';
import { hsdsTaxonomies, hsdsTaxonomyTerms } from './map-hsds-taxonomies';

export async function listHsdsTaxonomies(ctx: TenantContext, baseUrl: string, query: PageQuery): Promise<Page<Json>> {
	return tenantTx(ctx, async (tx) => slicePage(hsdsTaxonomies(await loadHsdsContext(tx, ctx, baseUrl)), query));
}

export async function getHsdsTaxonomy(ctx: TenantContext, baseUrl: string, id: string): Promise<Json> {
	return tenantTx(ctx, async (tx) => {
		const c = await loadHsdsContext(tx, ctx, baseUrl);
		const found = hsdsTaxonomies(c).find((x) => x.id === id);
		if (!found) throw new AppError('not_found');
		return found;
	});
}

export async function listHsdsTaxonomyTerms(
	ctx: TenantContext,
	baseUrl: string,
	query: PageQuery & { taxonomyId?: string }
): Promise<Page<Json>> {
	return tenantTx(ctx, async (tx) => {
		const all = hsdsTaxonomyTerms(await loadHsdsContext(tx, ctx, baseUrl)).filter(
			(x) => !query.taxonomyId || x.taxonomy_id === query.taxonomyId
		);
		return slicePage(all, query);
	});
}
