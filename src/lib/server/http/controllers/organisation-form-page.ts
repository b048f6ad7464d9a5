import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { getOrganisation } from '$lib/server/domains/organisations/get-organisation';
import { saveOrganisation } from '$lib/server/domains/organisations/save-organisation';
import { memberOrganisationSchema } from '$lib/server/domains/organisations/organisation-schema';
import { effectiveVisibility } from '$lib/server/domains/organisations/contact-visibility';
import { listContacts } from '$lib/server/domains/organisations/list-contacts';
import { memberOrganisationFormValues } from '$lib/server/domains/organisations/organisation-form-values';
import { coordinatorContext } from '../context';
import { parseWith } from '../forms';
import { actionFail, raise } from '../errors';

/** Shared by "Neue Organisation" and "Organisation bearbeiten". */
export async function loadOrganisationPage(event: RequestEvent, id: string | null) {
	try {
		const ctx = coordinatorContext(event);
		const { organisation: o, history, signatures, memberOf, categories, districts } = await getOrganisation(ctx, id);
		const people = id
			? (await listContacts(ctx, id)).map((c) => ({
					id: c.id,
					name: c.name,
					role: c.role,
					visibility: effectiveVisibility(c),
					consent: !!c.consentAt && !c.consentRevokedAt
				}))
			: [];
		return {
			id,
			history,
			signatures,
			memberOf,
			contacts: people,
			categories,
			districts,
			saved: memberOrganisationFormValues(o)
		};
	} catch (e) {
		raise(e);
	}
}

export async function saveOrganisationAction(event: RequestEvent, id: string | null) {
	const ctx = coordinatorContext(event);
	const form = await event.request.formData();
	const object: Record<string, unknown> = Object.fromEntries(
		[...form.entries()].filter(([, v]) => typeof v === 'string')
	);
	object.districtIds = form.getAll('districtIds').filter((v) => typeof v === 'string');
	object.servesWholeNetwork = form.get('servesWholeNetwork') === 'on';
	object.listedPublicly = form.get('listedPublicly') === 'on';
	const values = object as Record<string, string | string[] | boolean>;
	const parsed = parseWith(memberOrganisationSchema, object);
	if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
	let saved: { id: string };
	try {
		saved = await saveOrganisation(ctx, id, parsed.data);
	} catch (e) {
		return actionFail(e, values);
	}
	redirect(303, `/intern/organisationen/${saved.id}?gespeichert=1`);
}
