import { redirect, type RequestEvent } from '@sveltejs/kit';
import { getVersion } from '$lib/server/domains/agreements/get-version';
import { saveVersion } from '$lib/server/domains/agreements/save-version';
import { versionSchema } from '$lib/server/domains/agreements/agreement-schema';
import { coordinatorContext, coordinatorFilesContext } from '../context';
import { formValues, invalid, parseForm } from '../forms';
import { actionFail, raise } from '../errors';
import { uploadedFile } from '../uploads';
import { uuidParam } from '../params';

export async function loadVersionPage(event: RequestEvent) {
	try {
		const data = await getVersion(
			coordinatorContext(event),
			uuidParam(event.params.id),
			event.params.versionId ? uuidParam(event.params.versionId) : null
		);
		return {
			...data,
			tooLarge: event.url.searchParams.has('zu-gross'),
			saved: {
				version: String(data.version?.version ?? 0),
				text: data.startText,
				adoptedOn: data.version?.adoptedOn ?? ''
			}
		};
	} catch (e) {
		raise(e);
	}
}

export async function saveVersionAction(event: RequestEvent) {
	const agreementId = uuidParam(event.params.id);
	const form = await event.request.formData();
	const values = formValues(form);
	const parsed = parseForm(versionSchema, form);
	if (!parsed.ok) return invalid(parsed.errors, values);
	let saved: { id: string };
	try {
		saved = await saveVersion(
			coordinatorFilesContext(event),
			agreementId,
			event.params.versionId ? uuidParam(event.params.versionId) : null,
			parsed.data,
			await uploadedFile(form, 'file')
		);
	} catch (e) {
		return actionFail(e, values);
	}
	redirect(303, `/intern/vereinbarungen/${agreementId}/fassungen/${saved.id}?gespeichert=1`);
}
