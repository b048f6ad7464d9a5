import type { contacts, organisations } from '$lib/server/db/schema';
import type { OrganisationProfileInput } from './organisation-schema';

type OrganisationRow = typeof organisations.$inferSelect;
type ContactRow = typeof contacts.$inferSelect;

/** An organisation's profile as the form shows it (empty for a new organisation); the version as the hidden field's text. */
export function organisationFormValues(o: OrganisationRow | null | undefined) {
	return {
		version: String(o?.version ?? 0),
		name: o?.name ?? '',
		description: o?.description ?? '',
		street: o?.street ?? '',
		postcode: o?.postcode ?? '',
		city: o?.city ?? '',
		phone: o?.phone ?? '',
		email: o?.email ?? '',
		web: o?.web ?? '',
		districtIds: o?.districtIds ?? [],
		servesWholeNetwork: o?.servesWholeNetwork ?? false
	};
}

/** The coordinator's organisation form: the profile plus category, membership and listing (a status change starts empty). */
export function memberOrganisationFormValues(o: OrganisationRow | null | undefined) {
	return {
		...organisationFormValues(o),
		partnerCategoryId: o?.partnerCategoryId ?? '',
		membershipStatus: o?.membershipStatus ?? '',
		statusDate: '',
		statusNote: '',
		listedPublicly: o?.listedPublicly ?? false
	};
}

/** A contact as its form shows it (a new contact is visible to the coordination only). */
export function contactFormValues(c: ContactRow | null | undefined) {
	return {
		version: String(c?.version ?? 0),
		name: c?.name ?? '',
		role: c?.role ?? '',
		phone: c?.phone ?? '',
		email: c?.email ?? '',
		visibility: c?.visibility ?? 'coordination',
		consentAt: c?.consentAt ?? '',
		consentMethod: c?.consentMethod ?? '',
		consentRevokedAt: c?.consentRevokedAt ?? ''
	};
}

/** The profile fields of a saved form as the organisation's columns (each district once). */
export function organisationProfileColumns(input: Omit<OrganisationProfileInput, 'version'>) {
	return {
		name: input.name,
		description: input.description,
		street: input.street,
		postcode: input.postcode,
		city: input.city,
		phone: input.phone,
		email: input.email,
		web: input.web,
		districtIds: [...new Set(input.districtIds)],
		servesWholeNetwork: input.servesWholeNetwork ?? false
	};
}
