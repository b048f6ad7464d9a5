import { fail, redirect } from '@sveltejs/kit';
import { getAgreement } from '$lib/server/domains/agreements/get-agreement';
import { saveAgreement } from '$lib/server/domains/agreements/save-agreement';
import { remindUnsigned } from '$lib/server/domains/agreements/remind-signatures';
import { sendForSignature } from '$lib/server/domains/agreements/send-for-signature';
import { recordSignature, reopenSignature } from '$lib/server/domains/agreements/record-signature';
import { agreementSchema, recordSignatureSchema } from '$lib/server/domains/agreements/agreement-schema';
import { coordinatorContext, coordinatorFilesContext } from '$lib/server/http/context';
import { formValues, parseForm } from '$lib/server/http/forms';
import { actionFail, raise } from '$lib/server/http/errors';
import { uploadedFile } from '$lib/server/http/uploads';
import { uuidParam } from '$lib/server/http/params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return {
			...(await getAgreement(coordinatorContext(event), uuidParam(event.params.id))),
			tooLarge: event.url.searchParams.has('zu-gross')
		};
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	save: async (event) => {
		const form = await event.request.formData();
		const values = formValues(form);
		const parsed = parseForm(agreementSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
		try {
			await saveAgreement(coordinatorContext(event), uuidParam(event.params.id), parsed.data);
		} catch (e) {
			return actionFail(e, values);
		}
		return { saved: true };
	},
	send: async (event) => {
		const form = await event.request.formData();
		try {
			const result = await sendForSignature(
				{ ...coordinatorContext(event), baseUrl: event.url.origin },
				uuidParam(event.params.id),
				uuidParam(String(form.get('versionId')))
			);
			return { sent: result.sent, withoutAddress: result.withoutAddress };
		} catch (e) {
			return actionFail(e, {});
		}
	},
	remind: async (event) => {
		const form = await event.request.formData();
		try {
			return {
				reminded: (
					await remindUnsigned(
						{ ...coordinatorContext(event), baseUrl: event.url.origin },
						uuidParam(event.params.id),
						uuidParam(String(form.get('versionId')))
					)
				).reminded
			};
		} catch (e) {
			return actionFail(e, {});
		}
	},
	reopen: async (event) => {
		const form = await event.request.formData();
		try {
			await reopenSignature(
				coordinatorFilesContext(event),
				uuidParam(event.params.id),
				uuidParam(String(form.get('versionId'))),
				uuidParam(String(form.get('organisationId')))
			);
		} catch (e) {
			return actionFail(e, {});
		}
		return { reopened: true };
	},
	record: async (event) => {
		const form = await event.request.formData();
		const values = formValues(form);
		const parsed = parseForm(recordSignatureSchema, form);
		if (!parsed.ok) return fail(400, { recordErrors: parsed.errors, recordValues: values });
		try {
			await recordSignature(
				coordinatorFilesContext(event),
				uuidParam(event.params.id),
				uuidParam(values.versionId),
				parsed.data,
				await uploadedFile(form, 'scan')
			);
		} catch (e) {
			const failed = actionFail(e, values);
			return fail(failed.status, {
				recordErrors: failed.data.errors,
				recordValues: values
			});
		}
		redirect(303, `/intern/vereinbarungen/${event.params.id}?erfasst=1`);
	}
};
