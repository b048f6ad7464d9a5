import type { Db } from '$lib/server/db/client';
import { parseWith } from '$lib/server/http/forms';
import { offerFormSchema, type OfferFormInput } from '$lib/server/domains/offers/offer-schema';
import { offerToFormValues } from '$lib/server/domains/offers/offer-form-values';
import { makeNetwork, makeOrganisation, makeUser, tenantContext } from './fixtures';

/** A valid offer form input ("Babytreff", published) with the given fields changed. */
export function offerInput(values: Record<string, unknown>): OfferFormInput {
	const base = {
		...offerToFormValues(null, [], 'Musterstadt'),
		lifeStages: ['0-1'],
		title: 'Babytreff',
		summary: 'Offener Treff für Eltern mit Babys.',
		status: 'published'
	};
	const parsed = parseWith(offerFormSchema, { ...base, ...values });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data as OfferFormInput;
}

/** A network with one organisation, its coordinator (with a base URL for mails) and one of its providers. */
export async function reviewSetup(db: Db) {
	const network = await makeNetwork(db);
	const org = await makeOrganisation(db, network.id);
	const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
	const provider = await makeUser(db, {
		email: `anbieter-${network.slug}@example.org`,
		roles: [{ role: 'provider', networkId: network.id, organisationId: org.id }]
	});
	return {
		db,
		network,
		org,
		coord: { ...tenantContext(db, network, coordinator), baseUrl: 'http://localhost:3000' },
		prov: tenantContext(db, network, provider)
	};
}
