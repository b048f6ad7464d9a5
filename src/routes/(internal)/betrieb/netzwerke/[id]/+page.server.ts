import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { isAppError } from '$lib/server/errors';
import { withSystem } from '$lib/server/db/scope';
import { networks } from '$lib/server/db/schema';
import { invalid, formValues, parseForm } from '$lib/server/http/forms';
import { raise } from '$lib/server/http/errors';
import { emailSchema } from '$lib/server/domains/accounts/schemas';
import { inviteCoordinator } from '$lib/server/domains/accounts/invite-user';
import { requireRole } from '$lib/server/domains/accounts/actor';
import type { Actions, PageServerLoad } from './$types';

const inviteSchema = z.object({ name: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'), email: emailSchema });

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireRole(locals.session?.actor, 'operator', null);
	if (!z.uuid().safeParse(params.id).success) error(404, 'Diese Seite gibt es nicht.');
	const [network] = await withSystem(locals.app.database.db, (tx) =>
		tx.select({ id: networks.id, name: networks.name, slug: networks.slug }).from(networks).where(eq(networks.id, params.id))
	);
	if (!network) error(404, 'Diese Seite gibt es nicht.');
	return { target: network, justCreated: url.searchParams.has('neu') };
};

export const actions: Actions = {
	invite: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = formValues(form);
		const parsed = parseForm(inviteSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, values);
		try {
			await inviteCoordinator(
				{ db: locals.app.database.db, actor: locals.session!.actor, baseUrl: locals.app.config.publicUrl },
				{ networkId: params.id, ...parsed.data }
			);
		} catch (e) {
			if (isAppError(e, 'conflict')) {
				return invalid({ email: e.details.reason === 'deactivated' ? 'error.accountDeactivated' : 'error.alreadyCoordinator' }, values, 409);
			}
			raise(e);
		}
		return { invited: parsed.data.email };
	}
};
