import { loadBodyPage, saveBodyAction } from '$lib/server/http/controllers/body-page';
import { listDocuments } from '$lib/server/domains/documents/list-documents';
import { deleteDocumentAction, uploadDocumentAction } from '$lib/server/http/controllers/document-actions';
import { coordinatorFilesContext } from '$lib/server/http/context';
import { uuidParam } from '$lib/server/http/params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadBodyPage(event, event.params.id)),
	documents: await listDocuments(coordinatorFilesContext(event), { bodyId: uuidParam(event.params.id) }),
	justSaved: event.url.searchParams.has('gespeichert'),
	tooLarge: event.url.searchParams.has('zu-gross')
});
export const actions: Actions = {
	save: (event) => saveBodyAction(event, event.params.id),
	uploadDocument: (event) => uploadDocumentAction(event, { bodyId: uuidParam(event.params.id), meetingId: null }),
	deleteDocument: (event) => deleteDocumentAction(event)
};
