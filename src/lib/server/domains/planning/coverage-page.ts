import type { TenantContext } from '$lib/server/domains/shared/context';
import { listDistrictOutlines } from '$lib/server/domains/taxonomy/list-district-outlines';
import { listFacetLabels } from '$lib/server/domains/taxonomy/list-facet-labels';
import { computeCoverage } from './compute-coverage';
import { coverageQuery, type CoverageRequest } from './coverage-filters';
import { drawCoverageMap } from './draw-coverage-map';
import { listCoverageOffers } from './list-coverage-offers';

/**
 * Everything /intern/planung/versorgung shows: the matrix, the map of the chosen life stage with
 * the districts it cannot draw, the filter choices, and the offers of the clicked cell.
 */
export async function loadCoveragePage(ctx: TenantContext, request: CoverageRequest) {
	const coverage = await computeCoverage(ctx, request.filters);
	const [outlines, labels, cell] = await Promise.all([
		listDistrictOutlines(ctx),
		listFacetLabels(ctx),
		request.cell ? listCoverageOffers(ctx, request.filters, request.cell) : null
	]);
	const map = drawCoverageMap(coverage, outlines, request.mapStage);
	return {
		coverage,
		map: { ...map, stage: request.mapStage, drawn: outlines.length > 0 },
		topics: labels.topics,
		filters: request.filters,
		/** The filters as a query string, for the links of cells and the map's stage. */
		query: coverageQuery(request.filters),
		queryEntries: [...new URLSearchParams(coverageQuery(request.filters)).entries()],
		cell: request.cell && cell ? { ...request.cell, ...cell } : null
	};
}
