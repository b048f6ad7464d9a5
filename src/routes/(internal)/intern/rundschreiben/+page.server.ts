import { fail } from '@sveltejs/kit';
import {
	circularSchema,
	listCirculars,
	previewRecipients,
	sendCircular
} from '$lib/server/domains/organisations/circulars';
import { listBodies } from '$lib/server/domains/bodies/list-bodies';
import { getOrganisation } from '$lib/server/domains/organisations/get-organisation';
import { coordinatorContext } from '$lib/server/http/context';
import { parseWith } from '$lib/server/http/forms';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = coordinatorContext(event);
	const [{ categories, districts }, bodies, sent] = await Promise.all([
		getOrganisation(ctx, null),
		listBodies(ctx),
		listCirculars(ctx)
	]);
	return { categories, districts, bodies: bodies.map((b) => ({ id: b.id, name: b.name })), sent };
};

async function parse(event: RequestEvent) {
	const form = await event.request.formData();
	const object = {
		subject: String(form.get('subject') ?? ''),
		body: String(form.get('body') ?? ''),
		essential: form.get('essential') === 'on',
		categories: form.getAll('categories').map(String),
		statuses: form.getAll('statuses').map(String),
		bodyId: String(form.get('bodyId') ?? ''),
		districtId: String(form.get('districtId') ?? '')
	};
	return { object, parsed: parseWith(circularSchema, object) };
}

export const actions: Actions = {
	preview: async (event) => {
		const ctx = coordinatorContext(event);
		const { object } = await parse(event);
		const filterOnly = parseWith(
			circularSchema.pick({ categories: true, statuses: true, bodyId: true, districtId: true, essential: true }),
			object
		);
		if (!filterOnly.ok) return fail(400, { errors: filterOnly.errors, values: object });
		return { values: object, recipients: await previewRecipients(ctx, filterOnly.data) };
	},
	send: async (event) => {
		const ctx = { ...coordinatorContext(event), baseUrl: event.url.origin };
		const { object, parsed } = await parse(event);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: object });
		return { sent: (await sendCircular(ctx, parsed.data)).sent };
	}
};
