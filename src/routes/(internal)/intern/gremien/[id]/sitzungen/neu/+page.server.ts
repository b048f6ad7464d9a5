import { loadMeetingPage, saveMeetingAction } from '$lib/server/http/controllers/meeting-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadMeetingPage(event);
export const actions: Actions = { save: (event) => saveMeetingAction(event) };
