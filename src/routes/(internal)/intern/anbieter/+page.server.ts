import { redirect } from '@sveltejs/kit';
import { listProviderOffers } from '$lib/server/domains/offers/list-provider-offers';
import { getOwnOrganisation } from '$lib/server/domains/organisations/organisation-profile';
import { openOwnSigningLink, ownAgreements } from '$lib/server/domains/agreements/own-agreements';
import { providerContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import { uuidParam } from '$lib/server/http/params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = providerContext(event);
	try {
		const [{ organisation }, offers] = await Promise.all([getOwnOrganisation(ctx), listProviderOffers(ctx)]);
		return { organisation: { name: organisation.name }, offers, agreements: await ownAgreements(ctx) };
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	/** To the own organisation's signing page with a new personal link (only hashes of links are stored). */
	sign: async (event) => {
		const ctx = providerContext(event);
		const versionId = uuidParam(String((await event.request.formData()).get('versionId') ?? ''));
		let link: string;
		try {
			link = await openOwnSigningLink({ ...ctx, baseUrl: event.url.origin }, versionId);
		} catch (e) {
			raise(e);
		}
		redirect(303, link);
	}
};
