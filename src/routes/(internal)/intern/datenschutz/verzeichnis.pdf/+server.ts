import { t } from '$lib/i18n';
import { buildProcessingRecord } from '$lib/server/domains/privacy/build-processing-record';
import { gatherPrivacyFacts } from '$lib/server/domains/privacy/gather-privacy-facts';
import { processingRecordPdf } from '$lib/server/domains/privacy/processing-record-pdf';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import { coordinatorContext, installationSetup } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** The Art. 30 record as a PDF, from the same facts as the page. */
export const GET: RequestHandler = async (event) => {
	const ctx = coordinatorContext(event);
	try {
		const record = buildProcessingRecord(await gatherPrivacyFacts(ctx, installationSetup(event)));
		const pdf = await processingRecordPdf(record, await getPdfBrand(ctx.db, ctx.network.id, t), new Date());
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="verzeichnis-verarbeitungstaetigkeiten-${ctx.network.slug}.pdf"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
