import { z } from 'zod';
import { invalid, formValues, parseForm } from '$lib/server/http/forms';
import { emailSchema } from '$lib/server/domains/accounts/schemas';
import { requestPasswordReset } from '$lib/server/domains/accounts/request-password-reset';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const form = await request.formData();
		const parsed = parseForm(z.object({ email: emailSchema }), form);
		if (!parsed.ok) return invalid(parsed.errors, formValues(form));
		await requestPasswordReset(
			locals.app.database.db,
			{ email: parsed.data.email, clientAddress: getClientAddress() },
			{ baseUrl: locals.app.config.publicUrl }
		);
		return { sent: true };
	}
};
