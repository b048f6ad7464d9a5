import { loadEventPage, registerAction } from '$lib/server/http/controllers/portal-event-pages';
import type { Actions, PageServerLoad } from './$types';
import { renderOnly } from '$lib/render-only';

export const load: PageServerLoad = async (event) =>
	renderOnly(event.isDataRequest, await loadEventPage(event, await event.parent()));

export const actions: Actions = { register: registerAction };
