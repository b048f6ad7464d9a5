import { error } from '@sveltejs/kit';
import { getPublishedReportPdf } from '$lib/server/domains/planning/list-published-reports';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import { publicContext } from '$lib/server/http/context';
import { isAppError } from '$lib/server/errors';
import type { RequestHandler } from './$types';

/** /{network}/jahresbericht/2025.pdf: a Jahresbericht the coordinator published (404 for any other year or network). */
export const GET: RequestHandler = async (event) => {
	const network = await getNetworkBySlug(event.locals.app.database.db, event.params.network).catch(() => error(404));
	const m = /^(\d{4})\.pdf$/.exec(event.params.file);
	if (!m) error(404);
	const ctx = publicContext(event, { id: network.id, slug: network.slug, name: network.name });
	const pdf = await getPublishedReportPdf(ctx, Number(m[1])).catch((e) =>
		isAppError(e, 'not_found') ? error(404) : Promise.reject(e)
	);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename="jahresbericht-${network.slug}-${m[1]}.pdf"`,
			'cache-control': 'public, max-age=300'
		}
	});
};
