import { populationTemplate } from '$lib/server/domains/planning/population-template';
import { currentYear, parseYear } from '$lib/server/domains/planning/population-columns';
import { coordinatorContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** The import template (XLSX) for ?jahr=YYYY (default: the current year), the network's districts filled in. */
export const GET: RequestHandler = async (event) => {
	const ctx = coordinatorContext(event);
	const asked = parseYear(event.url.searchParams.get('jahr') ?? '');
	const year = asked.ok ? asked.value : currentYear();
	try {
		const body = await populationTemplate(ctx, year);
		return new Response(new Uint8Array(body), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': `attachment; filename="bevoelkerung-${ctx.network.slug}-${year}.xlsx"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
