import { redirect, type RequestEvent } from '@sveltejs/kit';
import { getBody } from '$lib/server/domains/bodies/get-body';
import { saveBody } from '$lib/server/domains/bodies/save-body';
import { bodySchema } from '$lib/server/domains/bodies/meeting-schema';
import { coordinatorContext } from '../context';
import { invalid, parseWith } from '../forms';
import { actionFail, raise } from '../errors';
import { uuidParam } from '../params';

/** "Neues Gremium" and "Gremium bearbeiten": the body, its members and the stored form values. */
export async function loadBodyPage(event: RequestEvent, bodyId: string | null) {
	try {
		const data = await getBody(coordinatorContext(event), bodyId ? uuidParam(bodyId) : null);
		return {
			...data,
			saved: {
				version: String(data.body?.version ?? 0),
				name: data.body?.name ?? '',
				kind: data.body?.kind ?? 'arbeitsgruppe',
				purpose: data.body?.purpose ?? '',
				external: data.body?.external ?? '',
				organisationIds: data.memberIds,
				allMembers: data.body?.allMembers ? '1' : '',
				contactIds: data.contactIds,
				leadContactId: data.body?.leadContactId ?? ''
			}
		};
	} catch (e) {
		raise(e);
	}
}

export async function saveBodyAction(event: RequestEvent, bodyId: string | null) {
	const ctx = coordinatorContext(event);
	const form = await event.request.formData();
	const object: Record<string, unknown> = Object.fromEntries(
		[...form.entries()].filter(([, v]) => typeof v === 'string')
	);
	object.organisationIds = form.getAll('organisationIds').filter((v) => typeof v === 'string');
	object.contactIds = form.getAll('contactIds').filter((v) => typeof v === 'string');
	const parsed = parseWith(bodySchema, object);
	if (!parsed.ok) return invalid(parsed.errors, object);
	let saved: { id: string };
	try {
		saved = await saveBody(ctx, bodyId ? uuidParam(bodyId) : null, parsed.data);
	} catch (e) {
		return actionFail(e, object);
	}
	redirect(303, `/intern/gremien/${saved.id}?gespeichert=1`);
}
