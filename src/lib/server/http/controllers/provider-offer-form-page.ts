import type { RequestEvent } from '@sveltejs/kit';
import { requireProvider } from '$lib/server/domains/shared/actor';
import { loadProviderOfferForm } from '$lib/server/domains/offers/load-offer-form';
import { filledLocationCount } from '$lib/server/domains/offers/offer-form-values';
import { proposeOfferChange } from '$lib/server/domains/offers/propose-offer-change';
import { providerContext } from '../context';
import { raise } from '../errors';
import { handleOfferSubmit } from './offer-form-submit';

export { validateOfferAction } from './offer-form-submit';

/** The provider's form ("Neues Angebot", "Angebot bearbeiten"): continues from a pending or returned change. */
export async function loadProviderOfferFormPage(event: RequestEvent, id: string | null) {
	const ctx = providerContext(event);
	try {
		const form = await loadProviderOfferForm(ctx, id);
		return { ...form, saved: form.values, locationCount: filledLocationCount(form.values) };
	} catch (e) {
		raise(e);
	}
}

/** The provider's save: a change proposal the coordination reviews. */
export function proposeOfferAction(event: RequestEvent, id: string | null) {
	const ctx = providerContext(event);
	const { organisationId } = requireProvider(ctx.actor, ctx.network.id);
	return handleOfferSubmit(
		event,
		ctx,
		id,
		async (input) => {
			const saved = await proposeOfferChange(ctx, id, input);
			return `/intern/anbieter/angebote/${saved.id}?eingereicht=1`;
		},
		organisationId
	);
}
