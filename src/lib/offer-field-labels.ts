import { t, type MessageKey } from '$lib/i18n';
import { LOCALES } from '$lib/i18n/locales';
import { messageKeyFor } from '$lib/message-keys';

const FIELD_KEYS: Record<string, MessageKey> = {
	title: 'intern.offers.titleField',
	summary: 'intern.offers.summary',
	description: 'intern.offers.description',
	organisationId: 'intern.offers.organisation',
	lifeStages: 'intern.offers.lifeStages',
	topics: 'intern.offers.topics',
	offerType: 'intern.offers.offerType',
	preventionLevel: 'intern.offers.prevention',
	targetGroups: 'intern.offers.targetGroups',
	costFree: 'intern.offers.costFree',
	costText: 'intern.offers.costText',
	languages: 'intern.offers.languages',
	accessibility: 'intern.offers.accessibility',
	registrationRequired: 'intern.offers.registration',
	scheduleNote: 'intern.offers.scheduleNote',
	exceptions: 'intern.offers.exceptions',
	dates: 'intern.offers.dates',
	contactPhone: 'intern.offers.phone',
	contactEmail: 'intern.offers.email',
	contactWeb: 'intern.offers.web',
	validFrom: 'intern.offers.validFrom',
	validTo: 'intern.offers.validTo',
	status: 'intern.offers.status',
	serviceDistrictIds: 'coverage.form.serviceDistricts',
	servesWholeNetwork: 'coverage.form.servesWholeNetwork',
	contactRequestsEnabled: 'intern.offers.contactRequests'
};
const LOCATION_KEYS: Record<string, MessageKey> = {
	label: 'intern.offers.locationLabel',
	street: 'intern.offers.street',
	postcode: 'intern.offers.postcode',
	city: 'intern.offers.city',
	districtId: 'intern.offers.district',
	lat: 'intern.offers.lat',
	lng: 'intern.offers.lng'
};

/** The German label of an offer form field (also for location blocks, translations and weekdays), for forms, diffs and error summaries. */
export function offerFieldLabel(field: string): string {
	const plain = FIELD_KEYS[field];
	if (plain) return t(plain);
	const hours = /^hours-(\d)$/.exec(field);
	const weekday = hours && messageKeyFor('weekday.', hours[1]);
	if (weekday) return t(weekday);
	const location = /^loc(\d+)-(\w+)$/.exec(field);
	if (location && LOCATION_KEYS[location[2]!])
		return `${t(LOCATION_KEYS[location[2]!]!)} (${t('intern.offers.locationN', { n: Number(location[1]) + 1 })})`;
	const translation = /^tr-([a-z]+)-(title|summary|description)$/.exec(field);
	if (translation) {
		const key = FIELD_KEYS[translation[2]!]!;
		return `${t(key)} (${LOCALES.find((l) => l.code === translation[1])?.name ?? translation[1]})`;
	}
	return field;
}
