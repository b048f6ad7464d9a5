import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { exportPersonData } from '$lib/server/domains/privacy/export-person-data';
import { personQuerySchema, toPersonQuery } from '$lib/server/domains/privacy/person-query-schema';
import { coordinatorContext } from '$lib/server/http/context';
import { parseForm } from '$lib/server/http/forms';
import { raise } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** POST /intern/datenschutz/personen/auskunft (format=json|pdf): the Art. 15 answer as a download (coordinators). */
export const POST: RequestHandler = async (event) => {
	const ctx = coordinatorContext(event);
	const form = await event.request.formData();
	const format = form.get('format');
	const parsed = parseForm(personQuerySchema, form);
	if ((format !== 'json' && format !== 'pdf') || !parsed.ok) error(400, t('personData.error.queryRequired'));
	try {
		const file = await exportPersonData(ctx, toPersonQuery(parsed.data), format);
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
