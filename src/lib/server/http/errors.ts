import { error, redirect } from '@sveltejs/kit';
import { isAppError, type ErrorCode } from '$lib/server/errors';
import { t, type MessageKey } from '$lib/i18n';

const STATUS: Partial<Record<ErrorCode, number>> = {
	not_found: 404,
	forbidden: 403,
	unauthenticated: 401,
	validation: 400,
	conflict: 409,
	rate_limited: 429,
	login_delayed: 429,
	account_locked: 423,
	invalid_credentials: 400,
	invalid_token: 410,
	invalid_code: 400,
	payload_too_large: 413
};

export const ERROR_MESSAGE: Record<ErrorCode, MessageKey> = {
	not_found: 'error.notFound',
	forbidden: 'error.forbidden',
	unauthenticated: 'error.unauthenticated',
	validation: 'error.invalid',
	conflict: 'error.conflict',
	rate_limited: 'error.rateLimited',
	login_delayed: 'error.loginDelayed',
	account_locked: 'error.accountLocked',
	invalid_credentials: 'error.invalidCredentials',
	invalid_token: 'error.invalidToken',
	invalid_code: 'error.invalidCode',
	payload_too_large: 'error.payloadTooLarge'
};

/** Maps an AppError from a use case to a proper HTTP answer in load functions; rethrows anything else. */
export function raise(e: unknown, loginPath = '/anmelden'): never {
	if (isAppError(e)) {
		if (e.code === 'unauthenticated') redirect(303, loginPath);
		error(STATUS[e.code] ?? 400, t(ERROR_MESSAGE[e.code]));
	}
	throw e;
}

export function statusOf(code: ErrorCode): number {
	return STATUS[code] ?? 400;
}
