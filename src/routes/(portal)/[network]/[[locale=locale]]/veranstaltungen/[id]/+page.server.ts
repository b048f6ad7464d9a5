import { loadEventPage, registerAction } from '$lib/server/http/controllers/portal-event-pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => loadEventPage(event, await event.parent());

export const actions: Actions = { register: registerAction };
