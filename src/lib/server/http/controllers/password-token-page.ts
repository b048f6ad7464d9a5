import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { TokenPurpose } from '$lib/server/db/schema';
import { describeToken } from '$lib/server/domains/accounts/describe-token';
import { newPasswordSchema } from '$lib/server/domains/accounts/schemas';
import { setPasswordWithToken } from '$lib/server/domains/accounts/set-password-with-token';
import { invalid, parseForm } from '../forms';
import { actionFail } from '../errors';
import { nextStepPath, setSessionCookie } from '../session-cookie';

/** Shared by the password-reset and invitation pages: is the link still valid, and whose is it. */
export function loadTokenPage(event: RequestEvent<{ token: string }>, purpose: TokenPurpose) {
	return describeToken(event.locals.app.database.db, event.params.token, purpose);
}

export async function setPasswordAction(event: RequestEvent<{ token: string }>, purpose: TokenPurpose) {
	const parsed = parseForm(newPasswordSchema, await event.request.formData());
	if (!parsed.ok) return invalid(parsed.errors, {});
	try {
		const result = await setPasswordWithToken(
			event.locals.app.database.db,
			{
				token: event.params.token,
				purpose,
				password: parsed.data.password,
				userAgent: event.request.headers.get('user-agent') ?? ''
			},
			{ sessionHours: event.locals.app.config.sessionHours }
		);
		setSessionCookie(event.cookies, event.url, result.token, result.expiresAt);
		redirect(303, nextStepPath(result.next, result.actor));
	} catch (e) {
		return actionFail(e, {}, { invalid_token: {} });
	}
}
