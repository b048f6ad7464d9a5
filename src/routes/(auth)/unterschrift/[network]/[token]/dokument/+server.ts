import { error } from '@sveltejs/kit';
import { signatureLinkFile } from '$lib/server/domains/agreements/sign-agreement';
import { fileResponse } from '$lib/server/http/uploads';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals }) => {
	const file = await signatureLinkFile(locals.app.database.db, locals.app.files, params.network, params.token);
	if (!file) error(404, 'Diese Datei gibt es nicht.');
	return fileResponse(file, 'application/pdf', 'vereinbarung.pdf');
};
