import { loadTokenPage, setPasswordAction } from '$lib/server/http/controllers/password-token-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadTokenPage(event, 'password_reset');
export const actions: Actions = { default: (event) => setPasswordAction(event, 'password_reset') };
