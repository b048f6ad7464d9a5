import { redirect } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import { invalid, parseForm } from '$lib/server/http/forms';
import { ERROR_MESSAGE, statusOf } from '$lib/server/http/errors';
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
			const done = await verifySecondFactor(locals.app.database.db, {
				userId: s.actor.userId,
				sessionId: s.sessionId,
				code: parsed.data.code
			});
			setSessionCookie(cookies, url, done.token, done.expiresAt);
		} catch (e) {
			if (isAppError(e, 'unauthenticated')) redirect(303, '/anmelden');
			if (isAppError(e) && (e.code === 'invalid_code' || e.code === 'account_locked')) {
				return invalid(
					e.code === 'invalid_code' ? { code: ERROR_MESSAGE.invalid_code } : { form: ERROR_MESSAGE.account_locked },
					{},
					statusOf(e.code)
				);
			}
			throw e;
		}
		redirect(303, safeReturnPath(url.searchParams.get('weiter')) ?? landingFor(s.actor));
	}
};
