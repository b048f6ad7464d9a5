/** Application error codes; the HTTP layer maps each to a status and a translated message. */
export const ERROR_CODES = [
	'not_found',
	'forbidden',
	'unauthenticated',
	'validation',
	'conflict',
	'rate_limited',
	'login_delayed',
	'account_locked',
	'invalid_credentials',
	'invalid_token',
	'invalid_code',
	'payload_too_large',
	/** The stored TOTP secret cannot be decrypted with this installation's key (APP_SECRET changed). */
	'second_factor_unavailable'
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
	constructor(
		readonly code: ErrorCode,
		readonly details: Record<string, unknown> = {}
	) {
		super(code);
		this.name = 'AppError';
	}
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
	return error instanceof AppError && (code === undefined || error.code === code);
}
