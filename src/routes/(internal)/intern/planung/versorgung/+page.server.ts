import { loadCoveragePage } from '$lib/server/domains/planning/coverage-page';
import { parseCoverageParams } from '$lib/server/domains/planning/coverage-filters';
import { coordinatorContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const request = parseCoverageParams(event.url.searchParams);
	return { page: await loadCoveragePage(coordinatorContext(event), request) };
};
