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

/**
 * The database refused a value (SQLSTATE class 22 "data exception": bad UUID or number, impossible
 * date, NUL byte, value out of range; 54000: too long for an index): the input was bad, the server is fine.
 */
export function isBadInputError(e: unknown): boolean {
	for (
		let cause = e, depth = 0;
		cause && typeof cause === 'object' && depth < 5;
		cause = (cause as { cause?: unknown }).cause, depth++
	) {
		const code = (cause as { code?: unknown }).code;
		if (typeof code === 'string' && /^(22[0-9A-Z]{3}|54000)$/.test(code)) return true;
	}
	return false;
}
