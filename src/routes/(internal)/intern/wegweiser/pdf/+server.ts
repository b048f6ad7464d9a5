import { redirect } from '@sveltejs/kit';
import { listDistricts } from '$lib/server/domains/taxonomy/manage-districts';
import { makeWegweiser } from '$lib/server/domains/wegweiser/make-wegweiser';
import { readWegweiserRequest } from '$lib/server/domains/wegweiser/wegweiser-request';
import { canPrintHtml } from '$lib/server/pdf/html-pdf';
import { coordinatorContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** The Wegweiser PDF for ?stadtteil=…&sprache=…&format=A4|A5; a bad choice goes back to the form with its messages. */
export const GET: RequestHandler = async (event) => {
	const ctx = coordinatorContext(event);
	const query = event.url.searchParams;
	const districts = await listDistricts(ctx);
	const choice = readWegweiserRequest(
		query,
		districts.map((d) => d.id)
	);
	if (!choice.ok) redirect(303, `/intern/wegweiser?${new URLSearchParams(choice.values)}#fehler`);
	if (!canPrintHtml())
		redirect(303, `/intern/wegweiser?${new URLSearchParams({ ...Object.fromEntries(query), fehler: 'drucker' })}`);
	try {
		const file = await makeWegweiser(ctx, { ...choice.data, publicUrl: event.locals.app.config.publicUrl });
		return new Response(new Uint8Array(file.pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${file.filename}"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
