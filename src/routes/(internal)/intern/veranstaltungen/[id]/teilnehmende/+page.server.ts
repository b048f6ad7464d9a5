import { loadParticipantsPage, participantAction } from '$lib/server/http/controllers/event-participants-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => loadParticipantsPage(event);
export const actions: Actions = {
	add: (event) => participantAction(event, 'add'),
	move: (event) => participantAction(event, 'move'),
	attendance: (event) => participantAction(event, 'attendance'),
	message: (event) => participantAction(event, 'message')
};
