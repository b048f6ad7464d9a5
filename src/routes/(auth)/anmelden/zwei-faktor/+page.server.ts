import { redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/server/http/forms';
import { actionFail } from '$lib/server/http/errors';
import { landingFor, safeReturnPath, setSessionCookie } from '$lib/server/http/session-cookie';
import { codeSchema } from '$lib/server/domains/accounts/schemas';
import { verifySecondFactor } from '$lib/server/domains/accounts/verify-second-factor';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const s = locals.session;
	if (!s) redirect(303, '/anmelden');
	if (s.secondFactorEnrolmentNeeded) redirect(303, '/konto/zwei-faktor-einrichten');
	if (!s.secondFactorPending) redirect(303, landingFor(s.actor));
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals, url, cookies }) => {
		const s = locals.session;
		if (!s) redirect(303, '/anmelden');
		const form = await request.formData();
		const parsed = parseForm(codeSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, {});
		try {
			// A new session token once the second factor is given; the password step's one ends.
			const done = await verifySecondFactor(locals.app.database.db, locals.app.secrets, {
				userId: s.actor.userId,
				sessionId: s.sessionId,
				code: parsed.data.code
			});
			setSessionCookie(cookies, url, done.token, done.expiresAt);
		} catch (e) {
			return actionFail(
				e,
				{},
				{
					invalid_code: { field: 'code' },
					account_locked: {},
					second_factor_unavailable: { field: 'code' }
				}
			);
		}
		redirect(303, safeReturnPath(url.searchParams.get('weiter')) ?? landingFor(s.actor));
	}
};
