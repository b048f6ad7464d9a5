import { loadFollowup, saveSigner, sendCertificates } from '$lib/server/http/controllers/event-followup-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => loadFollowup(event);
export const actions: Actions = {
	signer: (event) => saveSigner(event),
	certificates: (event) => sendCertificates(event)
};
