import { loadBodyPage, saveBodyAction } from '$lib/server/http/controllers/body-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadBodyPage(event, null);
export const actions: Actions = { default: (event) => saveBodyAction(event, null) };
