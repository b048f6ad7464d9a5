import { t } from '$lib/i18n';
import type { LifeStage } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { getNetworkById } from '$lib/server/domains/tenancy/get-network';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import { listDistrictOutlines } from '$lib/server/domains/taxonomy/list-district-outlines';
import { computeCoverage, type Coverage } from './compute-coverage';
import { demandSignalsOfYear } from './demand-signals';
import { drawCoverageMap } from './draw-coverage-map';
import { monitoringFigures } from './monitoring-figures';
import { listEventsHeld, listMeetingsHeld } from './monitoring-lists';
import { networkComposition } from './network-composition';

/** The life stage the report's map shows: the first months, where the Frühe Hilfen start. */
export const REPORT_MAP_STAGE: LifeStage = '0-1';

const NO_FILTERS = { topic: '', offerType: '', preventionLevel: '', language: '' };

/**
 * The coverage of the report's year: the population figures of that year, or of the latest
 * year before it when that year has none (the figures are typed in late), else the latest.
 */
async function coverageOfYear(ctx: TenantContext, year: number): Promise<Coverage> {
	const first = await computeCoverage(ctx, { ...NO_FILTERS, year });
	if (!first.noFigures || first.years.length === 0) return first;
	const fallback = first.years.find((y) => y < year) ?? first.years[0]!;
	return computeCoverage(ctx, { ...NO_FILTERS, year: fallback });
}

/**
 * Everything the Jahresbericht of one year shows, gathered once from the planning use cases
 * (the PDF and the XLSX are both drawn from it): the network and its brand, members per § 3 KKG
 * category, bodies and meetings with attendance, events and trainings, offers and coverage with
 * the map, the year's demand signals and the data-quality figures of the monitoring.
 */
export async function buildAnnualReport(ctx: TenantContext, year: number) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const network = await getNetworkById(ctx.db, ctx.network.id);
	const brand = await getPdfBrand(ctx.db, ctx.network.id, t);
	const composition = await networkComposition(ctx, year);
	const monitoring = await monitoringFigures(ctx, year, composition);
	const meetings = await listMeetingsHeld(ctx, year, null);
	const events = await listEventsHeld(ctx, year, null);
	const coverage = await coverageOfYear(ctx, year);
	const outlines = await listDistrictOutlines(ctx);
	const map = drawCoverageMap(coverage, outlines, REPORT_MAP_STAGE);
	const demand = await demandSignalsOfYear(ctx, year);
	return {
		year,
		generatedAt: ctx.now ?? new Date(),
		network: {
			name: network.name,
			slug: network.slug,
			municipality: network.municipality,
			accent: network.brandAccent
		},
		brand,
		composition,
		monitoring,
		meetings,
		events,
		coverage,
		map: { ...map, stage: REPORT_MAP_STAGE, drawn: outlines.length > 0 },
		demand
	};
}

export type AnnualReport = Awaited<ReturnType<typeof buildAnnualReport>>;
