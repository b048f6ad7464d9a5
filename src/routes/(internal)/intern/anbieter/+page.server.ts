import { listProviderOffers } from '$lib/server/domains/offers/list-provider-offers';
import { getOwnOrganisation } from '$lib/server/domains/organisations/organisation-profile';
import { ownAgreements } from '$lib/server/domains/agreements/own-agreements';
import { providerContext } from '$lib/server/http/offer-form-page';
import { raise } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = providerContext(event);
	try {
		const [{ organisation }, offers] = await Promise.all([getOwnOrganisation(ctx), listProviderOffers(ctx)]);
		return { organisation: { name: organisation.name }, offers, agreements: await ownAgreements({ ...ctx, baseUrl: event.url.origin }) };
	} catch (e) {
		raise(e);
	}
};
