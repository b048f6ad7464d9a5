import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { decideOfferChange, getOfferChange } from '$lib/server/domains/offers/review-offer-change';
import { coordinatorContext } from '$lib/server/http/context';
import { formValues, invalid, parseForm } from '$lib/server/http/forms';
import { actionFail, raise } from '$lib/server/http/errors';
import { UUID } from '$lib/server/http/params';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	if (!UUID.test(event.params.id)) error(404, t('error.notFound'));
	try {
		return { change: await getOfferChange(coordinatorContext(event), event.params.id) };
	} catch (e) {
		raise(e);
	}
};

const returnSchema = z.object({
	comment: z.string().trim().min(1, 'error.commentRequired').max(2000, 'error.tooLong')
});

async function decide(event: Parameters<Actions[string]>[0], decision: 'approve' | 'return') {
	if (!UUID.test(event.params.id ?? '')) error(404, t('error.notFound'));
	const ctx = { ...coordinatorContext(event), baseUrl: event.url.origin };
	const form = await event.request.formData();
	let comment = '';
	if (decision === 'return') {
		const parsed = parseForm(returnSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, formValues(form));
		comment = parsed.data.comment;
	}
	let offerId: string;
	try {
		({ offerId } = await decideOfferChange(
			ctx,
			event.params.id!,
			decision === 'approve' ? { decision } : { decision, comment }
		));
	} catch (e) {
		return actionFail(e, formValues(form), {
			conflict: { message: 'error.alreadyDecided' },
			validation: { message: 'error.versionInvalid' }
		});
	}
	redirect(303, `/intern/pruefung?${decision === 'approve' ? 'freigegeben' : 'zurueckgegeben'}=${offerId}`);
}

export const actions: Actions = {
	approve: (event) => decide(event, 'approve'),
	return: (event) => decide(event, 'return')
};
