import { z } from 'zod';
import { coordinatorContext } from '$lib/server/http/context';
import { actionFail } from '$lib/server/http/errors';
import { invalid } from '$lib/server/http/forms';
import { listGuidanceCards } from '$lib/server/domains/guidance/list-guidance-cards';
import { deleteGuidanceCard, resetGuidanceCards } from '$lib/server/domains/guidance/delete-guidance-card';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await listGuidanceCards(coordinatorContext(event))),
	saved: event.url.searchParams.get('gespeichert') === '1'
});

const deleteSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });

export const actions: Actions = {
	reset: async (event) => ({ reset: await resetGuidanceCards(coordinatorContext(event)) }),
	delete: async (event) => {
		const ctx = coordinatorContext(event);
		const form = Object.fromEntries(await event.request.formData());
		const parsed = deleteSchema.safeParse(form);
		if (!parsed.success) return invalid({ form: 'error.invalid' }, {});
		try {
			await deleteGuidanceCard(ctx, parsed.data);
		} catch (e) {
			return actionFail(
				e,
				{},
				{ conflict: { message: 'homeAdmin.conflict' }, not_found: { message: 'homeAdmin.conflict' } }
			);
		}
		return { deleted: true };
	}
};
