import type { RequestEvent } from '@sveltejs/kit';
import { loadOfferForm } from '$lib/server/domains/offers/load-offer-form';
import { filledLocationCount } from '$lib/server/domains/offers/offer-form-values';
import { saveOffer } from '$lib/server/domains/offers/save-offer';
import { coordinatorContext } from '../context';
import { raise } from '../errors';
import { handleOfferSubmit } from './offer-form-submit';

export { validateOfferAction } from './offer-form-submit';

/** Shared by "Neues Angebot" and "Angebot bearbeiten" (coordinator): form options and the stored values. */
export async function loadOfferFormPage(event: RequestEvent, id: string | null) {
	const ctx = coordinatorContext(event);
	try {
		const form = await loadOfferForm(ctx, id);
		return { ...form, saved: form.values, locationCount: filledLocationCount(form.values) };
	} catch (e) {
		raise(e);
	}
}

export function saveOfferAction(event: RequestEvent, id: string | null) {
	const ctx = coordinatorContext(event);
	return handleOfferSubmit(
		event,
		ctx,
		id,
		async (input) => `/intern/angebote/${(await saveOffer(ctx, id, input)).id}?gespeichert=1`
	);
}
