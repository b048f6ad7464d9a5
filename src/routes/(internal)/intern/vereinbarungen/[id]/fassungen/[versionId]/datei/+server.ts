import { error } from '@sveltejs/kit';
import { versionFile } from '$lib/server/domains/agreements/get-version';
import { raise } from '$lib/server/http/errors';
import { coordinatorFilesContext } from '$lib/server/http/context';
import { fileResponse } from '$lib/server/http/uploads';
import { uuidParam } from '$lib/server/http/params';
import type { RequestHandler } from './$types';
import { t } from '$lib/i18n';

export const GET: RequestHandler = async (event) => {
	let file: Awaited<ReturnType<typeof versionFile>>;
	try {
		file = await versionFile(coordinatorFilesContext(event), uuidParam(event.params.versionId));
	} catch (e) {
		raise(e);
	}
	if (!file) error(404, t('error.fileNotFound'));
	return fileResponse(file.data, 'application/pdf', file.fileName);
};
