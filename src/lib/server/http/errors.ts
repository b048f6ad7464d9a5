import { error, fail, redirect, type ActionFailure } from '@sveltejs/kit';
import { isAppError, type ErrorCode } from '$lib/server/errors';
import { isMessageKey, t, type MessageKey } from '$lib/i18n';
import type { FieldErrors } from './forms';

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
	payload_too_large: 413,
	second_factor_unavailable: 503
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
	payload_too_large: 'error.payloadTooLarge',
	second_factor_unavailable: 'error.secondFactorUnavailable'
};

/**
 * Load functions and endpoints: an AppError from a use case becomes an error page (its status and
 * translated message), `unauthenticated` a redirect to the login; anything else is rethrown.
 */
export function raise(e: unknown, loginPath = '/anmelden'): never {
	if (isAppError(e)) {
		if (e.code === 'unauthenticated') redirect(303, loginPath);
		error(STATUS[e.code] ?? 400, t(ERROR_MESSAGE[e.code]));
	}
	throw e;
}

/** Where and how one error code is shown on the form. */
export type FailRule = {
	/** The field the message stands next to; for validation errors only when the use case names none. */
	field?: string;
	/** The message (or one chosen by the error's details); for validation errors only when the use case names none. */
	message?: MessageKey | ((details: Record<string, unknown>) => MessageKey);
};

/** Codes shown on the form beyond validation and conflict (which always are), and how. */
export type FailRules = Partial<Record<ErrorCode, FailRule>>;

const FORM_MESSAGE: Partial<Record<ErrorCode, MessageKey>> = { conflict: 'error.versionConflict' };

/**
 * Form actions: an AppError becomes the form again with its message and the typed values kept —
 * a validation error next to the field the use case named (400), a conflict as "changed meanwhile"
 * above the form (409), a code listed in `rules` with its own status. Every other AppError goes
 * through `raise` (error page, or the login for `unauthenticated`); anything else is rethrown.
 */
export function actionFail<V>(
	e: unknown,
	values: V,
	rules: FailRules = {}
): ActionFailure<{ errors: FieldErrors; values: V }> {
	if (!isAppError(e) || (e.code !== 'validation' && e.code !== 'conflict' && !rules[e.code])) raise(e);
	const rule = rules[e.code] ?? {};
	let field = rule.field ?? 'form';
	const chosen = typeof rule.message === 'function' ? rule.message(e.details) : rule.message;
	let message = chosen ?? FORM_MESSAGE[e.code] ?? ERROR_MESSAGE[e.code];
	if (e.code === 'validation') {
		if (typeof e.details.field === 'string') field = e.details.field;
		if (typeof e.details.message === 'string' && isMessageKey(e.details.message)) message = e.details.message;
	}
	return fail(statusOf(e.code), { errors: { [field]: message }, values });
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
