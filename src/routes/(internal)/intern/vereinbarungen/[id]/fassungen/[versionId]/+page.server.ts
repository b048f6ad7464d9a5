import { loadVersionPage, saveVersionAction } from '$lib/server/http/controllers/agreement-pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadVersionPage(event);
export const actions: Actions = { default: (event) => saveVersionAction(event) };
