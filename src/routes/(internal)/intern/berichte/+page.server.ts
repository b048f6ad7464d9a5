import { error } from '@sveltejs/kit';
import { monitoringFigures } from '$lib/server/domains/planning/monitoring-figures';
import { parseReportYear, reportYears } from '$lib/server/domains/planning/planning-year';
import { listPublishedReports } from '$lib/server/domains/planning/list-published-reports';
import { publishAnnualReport, withdrawAnnualReport } from '$lib/server/domains/planning/publish-annual-report';
import { coordinatorContext } from '$lib/server/http/context';
import { actionFail, raise } from '$lib/server/http/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const year = parseReportYear(event.url.searchParams.get('jahr'));
	const ctx = coordinatorContext(event);
	try {
		return {
			years: reportYears(),
			monitoring: await monitoringFigures(ctx, year),
			published: await listPublishedReports(ctx)
		};
	} catch (e) {
		raise(e);
	}
};

/** The year of a publish/withdraw form: one the page offers, else 400 (the form only sends those). */
async function formYear(request: Request): Promise<number> {
	const value = String((await request.formData()).get('jahr') ?? '');
	const year = Number(value);
	if (!reportYears().includes(year)) error(400);
	return year;
}

export const actions: Actions = {
	publish: async (event) => {
		const ctx = coordinatorContext(event);
		const year = await formYear(event.request);
		try {
			await publishAnnualReport(ctx, year);
		} catch (e) {
			return actionFail(e, {});
		}
		return { publishedYear: year };
	},
	withdraw: async (event) => {
		const ctx = coordinatorContext(event);
		const year = await formYear(event.request);
		try {
			await withdrawAnnualReport(ctx, year);
		} catch (e) {
			return actionFail(e, {});
		}
		return { withdrawnYear: year };
	}
};
