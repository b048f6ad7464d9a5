import { redirect } from '@sveltejs/kit';
import { coordinatorContext } from '$lib/server/http/context';
import { formValues, invalid, parseForm } from '$lib/server/http/forms';
import { actionFail, raise } from '$lib/server/http/errors';
import { GUIDANCE_STAGES } from '$lib/server/db/schema';
import { getGuidanceCard } from '$lib/server/domains/guidance/list-guidance-cards';
import { saveGuidanceCard } from '$lib/server/domains/guidance/save-guidance-card';
import { guidanceCardSchema } from '$lib/server/domains/guidance/guidance-schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = coordinatorContext(event);
	if (event.params.id === 'neu')
		return { stages: GUIDANCE_STAGES, isNew: true, saved: { lifeStage: 'schwangerschaft', position: '10' } };
	try {
		const c = await getGuidanceCard(ctx, event.params.id);
		const saved: Record<string, string> = {
			id: c.id,
			version: String(c.version),
			lifeStage: c.lifeStage,
			title: c.title,
			text: c.text,
			query: c.query,
			position: String(c.position)
		};
		for (const [l, tr] of Object.entries(c.translations)) {
			saved[`title-${l}`] = tr.title;
			saved[`text-${l}`] = tr.text;
		}
		return { stages: GUIDANCE_STAGES, isNew: false, saved };
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	save: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const values = formValues(form);
		const parsed = parseForm(guidanceCardSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, values);
		try {
			await saveGuidanceCard(ctx, parsed.data);
		} catch (e) {
			return actionFail(e, values, { conflict: { message: 'homeAdmin.conflict' } });
		}
		redirect(303, '/intern/startseite?gespeichert=1');
	}
};
