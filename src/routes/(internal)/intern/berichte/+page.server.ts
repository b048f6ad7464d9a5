import { monitoringFigures } from '$lib/server/domains/planning/monitoring-figures';
import { parseReportYear, reportYears } from '$lib/server/domains/planning/planning-year';
import { coordinatorContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const year = parseReportYear(event.url.searchParams.get('jahr'));
	try {
		return { years: reportYears(), monitoring: await monitoringFigures(coordinatorContext(event), year) };
	} catch (e) {
		raise(e);
	}
};
