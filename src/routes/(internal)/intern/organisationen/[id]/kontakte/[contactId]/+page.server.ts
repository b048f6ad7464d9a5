import {
	inviteContactAction,
	loadContactPage,
	saveContactAction
} from '$lib/server/http/controllers/contact-form-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadContactPage(event);
export const actions: Actions = {
	save: (event) => saveContactAction(event),
	invite: (event) => inviteContactAction(event)
};
