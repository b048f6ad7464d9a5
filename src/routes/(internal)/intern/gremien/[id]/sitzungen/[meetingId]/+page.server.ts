import { loadMeetingPage, meetingCommand, saveMeetingAction } from '$lib/server/http/controllers/meeting-page';
import { saveMinutesAction, sendMinutesAction, toggleTaskAction } from '$lib/server/http/controllers/minutes-actions';
import { deleteDocumentAction, uploadDocumentAction } from '$lib/server/http/controllers/document-actions';
import { listDocuments } from '$lib/server/domains/documents/list-documents';
import { coordinatorFilesContext } from '$lib/server/http/context';
import { uuidParam } from '$lib/server/http/params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadMeetingPage(event)),
	documents: await listDocuments(coordinatorFilesContext(event), { meetingId: uuidParam(event.params.meetingId) }),
	tooLarge: event.url.searchParams.has('zu-gross'),
	justSaved: event.url.searchParams.has('gespeichert'),
	updatesSent: Number(event.url.searchParams.get('aktualisiert') ?? 0) || 0
});
export const actions: Actions = {
	save: (event) => saveMeetingAction(event),
	invite: (event) => meetingCommand(event, 'invite'),
	cancel: (event) => meetingCommand(event, 'cancel'),
	minutes: (event) => saveMinutesAction(event),
	task: (event) => toggleTaskAction(event),
	sendMinutes: (event) => sendMinutesAction(event),
	uploadDocument: (event) =>
		uploadDocumentAction(event, { bodyId: uuidParam(event.params.id), meetingId: uuidParam(event.params.meetingId) }),
	deleteDocument: (event) => deleteDocumentAction(event)
};
