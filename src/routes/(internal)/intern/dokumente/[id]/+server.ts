import { openDocument } from '$lib/server/domains/documents/open-document';
import { raise } from '$lib/server/http/errors';
import { networkFilesContext } from '$lib/server/http/context';
import { fileResponse } from '$lib/server/http/uploads';
import { uuidParam } from '$lib/server/http/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	try {
		const file = await openDocument(networkFilesContext(event), uuidParam(event.params.id));
		return fileResponse(file.data, file.contentType, file.fileName);
	} catch (e) {
		raise(e);
	}
};
