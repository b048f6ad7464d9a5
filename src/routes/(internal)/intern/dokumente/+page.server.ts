import { hasRole } from '$lib/server/domains/shared/actor';
import { documentBodies, listDocuments } from '$lib/server/domains/documents/list-documents';
import { deleteDocumentAction, uploadDocumentAction } from '$lib/server/http/controllers/document-actions';
import { raise } from '$lib/server/http/errors';
import { networkFilesContext } from '$lib/server/http/context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = networkFilesContext(event);
	const coordinator = hasRole(ctx.actor, 'coordinator', ctx.network.id);
	try {
		return {
			documents: await listDocuments(ctx),
			bodies: coordinator ? await documentBodies(ctx) : [],
			canUpload: coordinator,
			tooLarge: event.url.searchParams.has('zu-gross')
		};
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	uploadDocument: (event) => uploadDocumentAction(event),
	deleteDocument: (event) => deleteDocumentAction(event)
};
