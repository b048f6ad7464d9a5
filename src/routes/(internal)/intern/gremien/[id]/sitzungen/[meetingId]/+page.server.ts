import { loadMeetingPage, meetingCommand, saveMeetingAction } from '$lib/server/http/controllers/meeting-page';
import { saveMinutesAction, sendMinutesAction, toggleTaskAction } from '$lib/server/http/controllers/minutes-actions';
import { deleteDocumentAction, uploadDocumentAction } from '$lib/server/http/controllers/document-actions';
import {
	addAttendeeAction,
	recordAttendanceAction,
	removeAttendeeAction
} from '$lib/server/http/controllers/attendance-actions';
import { getMeetingAttendance } from '$lib/server/domains/bodies/list-attendance';
import { listDocuments } from '$lib/server/domains/documents/list-documents';
import { coordinatorContext, coordinatorFilesContext } from '$lib/server/http/context';
import { uuidParam } from '$lib/server/http/params';
import { raise } from '$lib/server/http/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadMeetingPage(event)),
	attendance: await getMeetingAttendance(
		coordinatorContext(event),
		uuidParam(event.params.id),
		uuidParam(event.params.meetingId)
	).catch((e) => raise(e)),
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
	deleteDocument: (event) => deleteDocumentAction(event),
	attendance: (event) => recordAttendanceAction(event),
	addAttendee: (event) => addAttendeeAction(event),
	removeAttendee: (event) => removeAttendeeAction(event)
};
