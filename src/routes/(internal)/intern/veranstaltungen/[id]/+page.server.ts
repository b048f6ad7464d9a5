import { eventCommand, loadEventPage, moreRowsAction, saveEventAction } from '$lib/server/http/controllers/event-pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadEventPage(event)),
	justSaved: event.url.searchParams.has('gespeichert'),
	promoted: Number(event.url.searchParams.get('nachgerueckt') ?? 0) || 0,
	changed: event.url.searchParams.has('geaendert')
});
export const actions: Actions = {
	save: (event) => saveEventAction(event),
	more: (event) => moreRowsAction(event),
	publish: (event) => eventCommand(event, 'publish'),
	return: (event) => eventCommand(event, 'return'),
	cancel: (event) => eventCommand(event, 'cancel')
};
