import { loadMeetingPage, meetingCommand, saveMeetingAction, saveMinutesAction, sendMinutesAction, toggleTaskAction } from '$lib/server/http/body-pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadMeetingPage(event)),
	justSaved: event.url.searchParams.has('gespeichert'),
	updatesSent: Number(event.url.searchParams.get('aktualisiert') ?? 0) || 0
});
export const actions: Actions = {
	save: (event) => saveMeetingAction(event),
	invite: (event) => meetingCommand(event, 'invite'),
	cancel: (event) => meetingCommand(event, 'cancel'),
	minutes: (event) => saveMinutesAction(event),
	task: (event) => toggleTaskAction(event),
	sendMinutes: (event) => sendMinutesAction(event)
};
