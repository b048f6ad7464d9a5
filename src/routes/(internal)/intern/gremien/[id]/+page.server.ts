import { loadBodyPage, saveBodyAction } from '$lib/server/http/body-pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ ...(await loadBodyPage(event, event.params.id)), justSaved: event.url.searchParams.has('gespeichert') });
export const actions: Actions = { default: (event) => saveBodyAction(event, event.params.id) };
