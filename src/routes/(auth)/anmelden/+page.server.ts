import { redirect } from '@sveltejs/kit';
import { invalid, formValues, parseForm } from '$lib/server/http/forms';
import { actionFail } from '$lib/server/http/errors';
import { landingFor, nextStepPath, safeReturnPath, setSessionCookie } from '$lib/server/http/session-cookie';
import { loginSchema } from '$lib/server/domains/accounts/schemas';
import { logIn } from '$lib/server/domains/accounts/log-in';
import { validateSession } from '$lib/server/domains/accounts/validate-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const s = locals.session;
	if (s && !s.secondFactorPending && !s.secondFactorEnrolmentNeeded) redirect(303, landingFor(s.actor));
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const values = formValues(form);
		const parsed = parseForm(loginSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, values);
		const { db } = locals.app.database;
		try {
			const result = await logIn(
				db,
				{ ...parsed.data, clientAddress: getClientAddress(), userAgent: request.headers.get('user-agent') ?? '' },
				{ sessionHours: locals.app.config.sessionHours }
			);
			setSessionCookie(cookies, url, result.token, result.expiresAt);
			const session = await validateSession(db, result.token, new Date(), {
				idleMinutes: locals.app.config.sessionIdleMinutes
			});
			redirect(303, nextStepPath(result.next, session?.actor, safeReturnPath(url.searchParams.get('weiter'))));
		} catch (e) {
			return actionFail(e, values, { invalid_credentials: {}, login_delayed: {}, rate_limited: {} });
		}
	}
};
