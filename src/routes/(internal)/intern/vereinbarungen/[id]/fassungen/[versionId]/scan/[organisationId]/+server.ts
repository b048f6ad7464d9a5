import { error } from '@sveltejs/kit';
import { signatureScan } from '$lib/server/domains/agreements/record-signature';
import { raise } from '$lib/server/http/errors';
import { coordinatorFilesContext } from '$lib/server/http/context';
import { fileResponse } from '$lib/server/http/uploads';
import { uuidParam } from '$lib/server/http/params';
import type { RequestHandler } from './$types';
import { t } from '$lib/i18n';

export const GET: RequestHandler = async (event) => {
	let file: Awaited<ReturnType<typeof signatureScan>>;
	try {
		file = await signatureScan(
			coordinatorFilesContext(event),
			uuidParam(event.params.versionId),
			uuidParam(event.params.organisationId)
		);
	} catch (e) {
		raise(e);
	}
	if (!file) error(404, t('error.fileNotFound'));
	return fileResponse(file.data, file.contentType, file.fileName);
};
