import { error } from '@sveltejs/kit';
import { exportOffers, exportOrganisations, type ExportFormat } from '$lib/server/domains/exchange/export-offers';
import { coordinatorContext } from '$lib/server/http/context';
import { exportHsds } from '$lib/server/domains/exchange/export-hsds';
import { raise } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';
import { t } from '$lib/i18n';
import { berlinDay } from '$lib/time';

/** Downloads: ?art=angebote|organisationen&format=csv|xlsx[&vorlage=1] */
export const GET: RequestHandler = async (event) => {
	const ctx = coordinatorContext(event);
	const kind = event.url.searchParams.get('art');
	const format = event.url.searchParams.get('format');
	if (kind === 'hsds') {
		try {
			const doc = await exportHsds(ctx, event.url.origin);
			const day = berlinDay();
			return new Response(JSON.stringify(doc, null, 2), {
				headers: {
					'content-type': 'application/json; charset=utf-8',
					'content-disposition': `attachment; filename="hsds-${ctx.network.slug}-${day}.json"`,
					'cache-control': 'no-store'
				}
			});
		} catch (e) {
			raise(e);
		}
	}
	if ((kind !== 'angebote' && kind !== 'organisationen') || (format !== 'csv' && format !== 'xlsx'))
		error(404, t('error.notFound'));
	const template = event.url.searchParams.has('vorlage');
	try {
		const file =
			kind === 'angebote'
				? await exportOffers(ctx, format as ExportFormat, { template })
				: await exportOrganisations(ctx, format as ExportFormat, { template });
		return new Response(new Uint8Array(file.body), {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${file.filename}"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
