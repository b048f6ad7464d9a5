import { loadContactPage, saveContactAction } from '$lib/server/http/controllers/contact-form-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadContactPage(event);
export const actions: Actions = { default: (event) => saveContactAction(event) };
