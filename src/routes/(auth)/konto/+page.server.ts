import { redirect } from '@sveltejs/kit';
import { logOutEverywhere } from '$lib/server/domains/accounts/log-out-everywhere';
import { clearSessionCookie, landingFor } from '$lib/server/http/session-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const s = locals.session;
	if (!s) redirect(303, '/anmelden?weiter=/konto');
	if (s.secondFactorEnrolmentNeeded) redirect(303, '/konto/zwei-faktor-einrichten');
	if (s.secondFactorPending) redirect(303, '/anmelden/zwei-faktor?weiter=/konto');
	return {
		name: s.actor.name,
		email: s.actor.email,
		roles: s.actor.grants.map((g) => g.role),
		landing: landingFor(s.actor)
	};
};

export const actions: Actions = {
	logoutEverywhere: async ({ locals, cookies, url }) => {
		const s = locals.session;
		if (!s) redirect(303, '/anmelden?weiter=/konto');
		// Someone who only knows the password must not end the real person's sessions (the hook refuses it too).
		if (s.secondFactorPending)
			redirect(
				303,
				s.secondFactorEnrolmentNeeded ? '/konto/zwei-faktor-einrichten' : '/anmelden/zwei-faktor?weiter=/konto'
			);
		await logOutEverywhere(locals.app.database.db, s.actor.userId);
		clearSessionCookie(cookies, url);
		redirect(303, '/anmelden');
	}
};
