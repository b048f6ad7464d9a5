import { redirect } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/server/domains/accounts/validate-session';
import { invalidateSession } from '$lib/server/domains/accounts/end-sessions';
import { clearSessionCookie } from '$lib/server/http/session-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => redirect(303, '/konto');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		const token = cookies.get(SESSION_COOKIE);
		if (token) await invalidateSession(locals.app.database.db, token);
		clearSessionCookie(cookies, url);
		redirect(303, '/anmelden');
	}
};
