import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { getOrganisation, saveOrganisation } from '$lib/server/domains/organisations/manage-organisations';
import { memberOrganisationSchema } from '$lib/server/domains/organisations/organisation-schema';
import { effectiveVisibility, listContacts } from '$lib/server/domains/organisations/contacts';
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
			saved: {
				version: String(o?.version ?? 0),
				name: o?.name ?? '',
				partnerCategoryId: o?.partnerCategoryId ?? '',
				membershipStatus: o?.membershipStatus ?? '',
				statusDate: '',
				statusNote: '',
				listedPublicly: o?.listedPublicly ?? false,
				description: o?.description ?? '',
				street: o?.street ?? '',
				postcode: o?.postcode ?? '',
				city: o?.city ?? '',
				phone: o?.phone ?? '',
				email: o?.email ?? '',
				web: o?.web ?? '',
				districtIds: o?.districtIds ?? []
			}
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
