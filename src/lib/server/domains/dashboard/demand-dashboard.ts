import type { TenantContext } from '$lib/server/domains/shared/context';
import { topUnansweredSearches } from '$lib/server/domains/planning/demand-signals';

/** The coordinator's start page: the most searched terms of the last 30 days that found nothing. */
export async function demandDashboard(ctx: TenantContext) {
	return { unanswered: await topUnansweredSearches(ctx, 30, 5) };
}
