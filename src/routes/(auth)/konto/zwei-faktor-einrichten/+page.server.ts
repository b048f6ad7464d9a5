import { redirect } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import { invalid, parseForm } from '$lib/server/http/forms';
import { actionFail } from '$lib/server/http/errors';
import { landingFor, setSessionCookie } from '$lib/server/http/session-cookie';
import { codeSchema } from '$lib/server/domains/accounts/schemas';
import { confirmTotpEnrolment } from '$lib/server/domains/accounts/confirm-totp-enrolment';
import { startTotpEnrolment } from '$lib/server/domains/accounts/start-totp-enrolment';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const s = locals.session;
	if (!s) redirect(303, '/anmelden');
	if (!s.secondFactorEnrolmentNeeded) redirect(303, landingFor(s.actor));
	try {
		const enrolment = await startTotpEnrolment(locals.app.database.db, locals.app.secrets, s.actor.userId);
		return {
			qrSvg: enrolment.qrSvg,
			secret: enrolment.secret.replace(/(.{4})/g, '$1 ').trim(),
			landing: landingFor(s.actor)
		};
	} catch (e) {
		// Just enrolled in this request's action: the page shows the recovery codes instead.
		if (isAppError(e, 'conflict')) return { qrSvg: '', secret: '', landing: landingFor(s.actor) };
		throw e;
	}
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const s = locals.session;
		if (!s) redirect(303, '/anmelden');
		// Only the set-up itself is possible before the second factor; an account that has one uses /anmelden/zwei-faktor.
		if (!s.secondFactorEnrolmentNeeded)
			redirect(303, s.secondFactorPending ? '/anmelden/zwei-faktor' : landingFor(s.actor));
		const parsed = parseForm(codeSchema, await request.formData());
		if (!parsed.ok) return invalid(parsed.errors, {});
		try {
			const done = await confirmTotpEnrolment(locals.app.database.db, locals.app.secrets, {
				userId: s.actor.userId,
				sessionId: s.sessionId,
				code: parsed.data.code
			});
			setSessionCookie(cookies, url, done.token, done.expiresAt);
			return { recoveryCodes: done.codes, landing: landingFor(s.actor) };
		} catch (e) {
			return actionFail(
				e,
				{},
				{
					invalid_code: { field: 'code' },
					second_factor_unavailable: { field: 'code' }
				}
			);
		}
	}
};
