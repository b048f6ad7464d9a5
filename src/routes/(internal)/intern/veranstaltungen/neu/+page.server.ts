import { loadNewEventPage, moreRowsAction, saveEventAction } from '$lib/server/http/controllers/event-pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => loadNewEventPage(event);
export const actions: Actions = {
	save: (event) => saveEventAction(event),
	more: (event) => moreRowsAction(event)
};
