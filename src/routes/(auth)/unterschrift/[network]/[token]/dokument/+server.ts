import { error } from '@sveltejs/kit';
import { signatureLinkFile } from '$lib/server/domains/agreements/sign-agreement';
import { fileResponse } from '$lib/server/http/uploads';
import type { RequestHandler } from './$types';
import { t } from '$lib/i18n';

export const GET: RequestHandler = async ({ params, locals }) => {
	const file = await signatureLinkFile(locals.app.database.db, locals.app.files, params.network, params.token);
	if (!file) error(404, t('error.fileNotFound'));
	return fileResponse(file, 'application/pdf', 'vereinbarung.pdf');
};
