import { fail } from '@sveltejs/kit';
import { declineSchema, signerSchema, signSchema } from '$lib/server/domains/agreements/agreement-schema';
import { declineWithLink, describeSignatureLink, signWithLink } from '$lib/server/domains/agreements/sign-agreement';
import { formValues, parseForm } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

// Opening the personal link changes nothing. Signing takes two steps: the signer's name and
// function, then an explicit confirmation; declining takes one (with an optional reason).
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	return { info: await describeSignatureLink(locals.app.database.db, params.network, params.token) };
};

export const actions: Actions = {
	review: async ({ request }) => {
		const form = await request.formData();
		const values = formValues(form);
		const parsed = parseForm(signerSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
		return { confirm: true, values };
	},
	sign: async ({ params, locals, request }) => {
		const form = await request.formData();
		const values = formValues(form);
		const parsed = parseForm(signSchema, form);
		if (!parsed.ok)
			return fail(400, {
				errors: parsed.errors,
				values,
				confirm: !parsed.errors.signerName && !parsed.errors.signerFunction
			});
		return {
			info: await signWithLink(locals.app.database.db, params.network, params.token, parsed.data, new Date()),
			signed: true
		};
	},
	decline: async ({ params, locals, request }) => {
		const form = await request.formData();
		const values = formValues(form);
		const parsed = parseForm(declineSchema, form);
		if (!parsed.ok) return fail(400, { declineErrors: parsed.errors, values });
		return {
			info: await declineWithLink(locals.app.database.db, params.network, params.token, parsed.data.reason, new Date()),
			declined: true
		};
	}
};
