import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { certificateByLink } from '$lib/server/domains/events/registration-followup';
import { fileResponse } from '$lib/server/http/uploads';
import type { RequestHandler } from './$types';

/** The holder's Teilnahmebescheinigung through their personal link. */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	const found = await certificateByLink(locals.app.database.db, params.network, params.token, url.origin);
	if (!found) error(404, t('error.notFound'));
	return fileResponse(found.pdf, 'application/pdf', found.fileName);
};
