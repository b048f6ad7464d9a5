import { fail, type RequestEvent } from '@sveltejs/kit';
import { deleteDocument } from '$lib/server/domains/documents/delete-document';
import { uploadDocument } from '$lib/server/domains/documents/upload-document';
import { documentSchema } from '$lib/server/domains/documents/document-schema';
import { formValues, parseForm } from '../forms';
import { actionFail } from '../errors';
import { coordinatorFilesContext } from '../context';
import { uploadedFile } from '../uploads';
import { uuidParam } from '../params';

/** Upload form of the documents page and of a meeting (then body and meeting come from the route). */
export async function uploadDocumentAction(
	event: RequestEvent,
	fixed: { bodyId: string; meetingId: string | null } | null = null
) {
	const form = await event.request.formData();
	const values = formValues(form);
	const parsed = parseForm(documentSchema, form);
	if (!parsed.ok) return fail(400, { documentErrors: parsed.errors, documentValues: values });
	try {
		await uploadDocument(
			coordinatorFilesContext(event),
			{ ...parsed.data, bodyId: fixed?.bodyId ?? parsed.data.bodyId, meetingId: fixed?.meetingId ?? null },
			await uploadedFile(form, 'file')
		);
	} catch (e) {
		const failed = actionFail(e, values);
		return fail(failed.status, {
			documentErrors: failed.data.errors,
			documentValues: values
		});
	}
	return { documentUploaded: true };
}

export async function deleteDocumentAction(event: RequestEvent) {
	const form = await event.request.formData();
	try {
		await deleteDocument(coordinatorFilesContext(event), uuidParam(String(form.get('documentId'))));
	} catch (e) {
		return actionFail(e, {});
	}
	return { documentDeleted: true };
}
