import type { offerLocations, organisations } from '$lib/server/db/schema';
import { t } from '$lib/i18n';
import { clean, type HsdsContext, type Json } from './hsds-helpers';
import { stableUuid } from './hsds-ids';

type OrgRow = typeof organisations.$inferSelect;
type LocationRow = typeof offerLocations.$inferSelect;

/** `services` are the organization's services in the lean form (the official schema asks for id, name and status). */
export function hsdsOrganization(c: HsdsContext, o: OrgRow, services?: Json[]) {
	return clean({
		id: o.id,
		name: o.name,
		description: o.description || o.name,
		email: o.email,
		website: o.web,
		phones: o.phone
			? [clean({ id: stableUuid(o.id, 'phone'), organization_id: o.id, number: o.phone, type: 'voice', languages: [] })]
			: [],
		services
	});
}

/**
 * Locations are rewritten on every save, so their HSDS id comes from the offer and the
 * location's place in it: the same place keeps the same id.
 */
export const locationId = (l: LocationRow) => stableUuid(l.offerId, 'location', String(l.position));

export function hsdsLocation(c: HsdsContext, l: LocationRow) {
	const id = locationId(l);
	const address =
		l.street && l.city && l.postcode
			? [
					clean({
						id: stableUuid(id, 'address'),
						location_id: id,
						address_1: l.street,
						city: l.city,
						state_province: c.network.municipality,
						postal_code: l.postcode,
						country: 'DE',
						address_type: 'physical'
					})
				]
			: [];
	return clean({
		id,
		location_type: 'physical',
		name: l.label,
		description: l.districtId ? t('server.hsds.district', { name: c.districtName.get(l.districtId) ?? '' }).trim() : '',
		latitude: l.lat ?? undefined,
		longitude: l.lng ?? undefined,
		addresses: address
	});
}
