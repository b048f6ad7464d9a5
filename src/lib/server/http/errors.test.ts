import { describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { AppError } from '$lib/server/errors';
import { actionFail, raise } from './errors';

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('nothing thrown');
}

describe('actionFail', () => {
	it('shows a validation error next to the field the use case named, with its message', () => {
		const e = new AppError('validation', { field: 'name', message: 'error.bodyNameTaken' });
		expect(actionFail(e, { name: 'AG' })).toMatchObject({
			status: 400,
			data: { errors: { name: 'error.bodyNameTaken' }, values: { name: 'AG' } }
		});
	});

	it('uses the rule only where the use case names no field or message', () => {
		const e = new AppError('validation', { field: 'organisationId' });
		const rules = { validation: { field: 'form', message: 'error.choose' as const } };
		expect(actionFail(e, {}, rules).data.errors).toEqual({ organisationId: 'error.choose' });
		expect(actionFail(new AppError('validation'), {}, rules).data.errors).toEqual({ form: 'error.choose' });
	});

	it('answers a conflict with 409 and "changed meanwhile", or the rule’s field and message', () => {
		expect(actionFail(new AppError('conflict'), {})).toMatchObject({
			status: 409,
			data: { errors: { form: 'error.versionConflict' } }
		});
		const rule = {
			conflict: {
				field: 'email',
				message: (d: Record<string, unknown>) =>
					d.reason === 'deactivated' ? ('error.accountDeactivated' as const) : ('error.alreadyCoordinator' as const)
			}
		};
		expect(actionFail(new AppError('conflict', { reason: 'deactivated' }), {}, rule).data.errors).toEqual({
			email: 'error.accountDeactivated'
		});
	});

	it('shows a listed code with its own status and message', () => {
		expect(actionFail(new AppError('invalid_code'), {}, { invalid_code: { field: 'code' } })).toMatchObject({
			status: 400,
			data: { errors: { code: 'error.invalidCode' } }
		});
		expect(actionFail(new AppError('invalid_token'), {}, { invalid_token: {} })).toMatchObject({
			status: 410,
			data: { errors: { form: 'error.invalidToken' } }
		});
	});

	it('turns other AppErrors into an error page or the login, and rethrows anything else', () => {
		const notFound = thrown(() => actionFail(new AppError('not_found'), {}));
		expect(isHttpError(notFound, 404) && notFound.body.message).toBe('Diese Seite gibt es nicht.');
		const forbidden = thrown(() => actionFail(new AppError('forbidden'), {}));
		expect(isHttpError(forbidden, 403)).toBe(true);
		const login = thrown(() => actionFail(new AppError('unauthenticated'), {}));
		expect(isRedirect(login) && login.location).toBe('/anmelden');
		const bug = new TypeError('bug');
		expect(thrown(() => actionFail(bug, {}))).toBe(bug);
		expect(thrown(() => raise(bug))).toBe(bug);
	});
});
