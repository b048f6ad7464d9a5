import { catalogLabel } from '$lib/message-keys';
import {
	ACCESSIBILITY_FEATURES,
	LIFE_STAGES,
	OFFER_STATUSES,
	OFFER_TYPES,
	PREVENTION_LEVELS
} from '$lib/server/db/schema';
import { t, type MessageKey } from '$lib/i18n';
import { LOCALES } from '$lib/i18n/locales';
import { WEEKDAYS } from '$lib/weekdays';
import type { ColumnType } from './spreadsheet';
import {
	LOCATION_FIELDS,
	MAX_LOCATIONS,
	TRANSLATION_FIELDS,
	TRANSLATION_LOCALES,
	locationKey,
	translationKey,
	type LocationField
} from '$lib/server/domains/offers/offer-schema';

/**
 * The columns of the offers spreadsheet (template, export and import). Each column maps to
 * one field of the offer form, so an imported row is checked by exactly the form's rules.
 * `kind` says how a cell is read: text as is, a yes/no, a list of codes, or a reference by name.
 */
export type ColumnKind =
	'text' | 'number' | 'bool' | 'codes' | 'topics' | 'organisation' | 'district' | 'serviceArea' | 'date' | 'id';

/** The Einzugsgebiet cell's word for "the whole network area" (read case-insensitively). */
export const WHOLE_NETWORK_CELL = 'ganzes Netzwerkgebiet';
export type Column = {
	key: string;
	header: string;
	kind: ColumnKind;
	codes?: readonly string[];
	/** Catalog prefix of the codes' labels (`lifeStage.` + code). */
	labelPrefix?: string;
	/** Explanation in the template's notes sheet. */
	hint?: MessageKey;
};

const LOCATION_HEADERS: Record<LocationField, string> = {
	label: 'Name',
	street: 'Straße',
	postcode: 'PLZ',
	city: 'Ort',
	districtId: 'Stadtteil',
	lat: 'Breitengrad',
	lng: 'Längengrad'
};
const TRANSLATION_HEADERS = { title: 'Titel', summary: 'Kurzbeschreibung', description: 'Beschreibung' } as const;

/** What the offer is: id, texts, provider, classification, cost and access. */
const descriptionColumns = (): Column[] => [
	{
		key: 'externalId',
		header: 'Externe ID',
		kind: 'id',
		hint: 'server.columns.externalIdHint'
	},
	{ key: 'title', header: 'Titel', kind: 'text' },
	{ key: 'summary', header: 'Kurzbeschreibung', kind: 'text' },
	{ key: 'description', header: 'Beschreibung', kind: 'text' },
	{
		key: 'organisationId',
		header: 'Anbieter',
		kind: 'organisation',
		hint: 'server.columns.organisationHint'
	},
	{
		key: 'lifeStages',
		header: 'Lebensphasen',
		kind: 'codes',
		codes: LIFE_STAGES,
		labelPrefix: 'lifeStage.'
	},
	{ key: 'topics', header: 'Themen', kind: 'topics' },
	{
		key: 'offerType',
		header: 'Angebotsart',
		kind: 'codes',
		codes: OFFER_TYPES,
		labelPrefix: 'offerType.'
	},
	{
		key: 'preventionLevel',
		header: 'Präventionsebene',
		kind: 'codes',
		codes: PREVENTION_LEVELS,
		labelPrefix: 'prevention.'
	},
	{ key: 'targetGroups', header: 'Zielgruppen', kind: 'text' },
	{ key: 'costFree', header: 'Kostenlos', kind: 'bool' },
	{ key: 'costText', header: 'Kosten', kind: 'text' },
	{
		key: 'languages',
		header: 'Weitere Sprachen',
		kind: 'text',
		hint: 'server.columns.languagesHint'
	},
	{
		key: 'accessibility',
		header: 'Barrierefreiheit',
		kind: 'codes',
		codes: ACCESSIBILITY_FEATURES,
		labelPrefix: 'accessibility.'
	},
	{ key: 'registrationRequired', header: 'Anmeldung nötig', kind: 'bool' },
	{
		key: 'serviceDistrictIds',
		header: 'Einzugsgebiet',
		kind: 'serviceArea',
		hint: 'server.columns.serviceAreaHint'
	}
];

/** Times, contact, validity, status and the day last checked. */
const scheduleAndContactColumns = (): Column[] => [
	{ key: 'scheduleNote', header: 'Hinweis zu den Zeiten', kind: 'text' },
	{
		key: 'exceptions',
		header: 'Schließungen',
		kind: 'text',
		hint: 'server.columns.exceptionsHint'
	},
	{ key: 'dates', header: 'Einzeltermine', kind: 'text', hint: 'server.columns.datesHint' },
	{ key: 'contactPhone', header: 'Telefon', kind: 'text' },
	{ key: 'contactEmail', header: 'E-Mail', kind: 'text' },
	{ key: 'contactWeb', header: 'Webseite', kind: 'text' },
	{ key: 'validFrom', header: 'Gültig ab', kind: 'date' },
	{ key: 'validTo', header: 'Gültig bis', kind: 'date' },
	{
		key: 'status',
		header: 'Status',
		kind: 'codes',
		codes: OFFER_STATUSES,
		labelPrefix: 'intern.offers.status.'
	},
	{ key: 'verifiedAt', header: 'Zuletzt geprüft', kind: 'date' }
];

export function offerColumns(locationBlocks = 3): Column[] {
	return [
		...descriptionColumns(),
		...WEEKDAYS.map((d): Column => ({
			key: `hours-${d}`,
			header: catalogLabel(t, 'weekday.', String(d)),
			kind: 'text',
			hint: 'server.columns.hoursHint'
		})),
		...scheduleAndContactColumns(),
		...Array.from({ length: Math.min(MAX_LOCATIONS, locationBlocks) }, (_, i) =>
			LOCATION_FIELDS.map((f): Column => ({
				key: locationKey(i, f),
				header: `Ort ${i + 1} ${LOCATION_HEADERS[f]}`,
				kind: f === 'districtId' ? 'district' : f === 'lat' || f === 'lng' ? 'number' : 'text'
			}))
		).flat(),
		...TRANSLATION_LOCALES.flatMap((l) =>
			TRANSLATION_FIELDS.map((f): Column => ({
				key: translationKey(l, f),
				header: `${TRANSLATION_HEADERS[f]} (${l})`,
				kind: 'text'
			}))
		)
	];
}

/** How an export writes a column's cells (a date and number column sorts as such in Excel). */
export const columnType = (c: Column): ColumnType =>
	c.kind === 'date' ? 'date' : c.kind === 'number' ? 'number' : 'text';

/** The readable label of a code (the export writes labels; the import reads labels and codes). */
export const codeLabel = (c: Column, code: string): string =>
	c.labelPrefix ? catalogLabel(t, c.labelPrefix, code) : code;

/** Every column an import understands (all location blocks), for mapping file headers. */
export const ALL_OFFER_COLUMNS = offerColumns(MAX_LOCATIONS);

export const organisationColumns: Column[] = [
	{ key: 'externalId', header: 'Externe ID', kind: 'id' },
	{ key: 'name', header: 'Name', kind: 'text' },
	{ key: 'description', header: 'Beschreibung', kind: 'text' },
	{ key: 'street', header: 'Straße', kind: 'text' },
	{ key: 'postcode', header: 'PLZ', kind: 'text' },
	{ key: 'city', header: 'Ort', kind: 'text' },
	{ key: 'phone', header: 'Telefon', kind: 'text' },
	{ key: 'email', header: 'E-Mail', kind: 'text' },
	{ key: 'web', header: 'Webseite', kind: 'text' },
	{ key: 'districtIds', header: 'Stadtteile', kind: 'district', hint: 'server.columns.organisationDistrictsHint' }
];

const normaliseHeader = (h: string) =>
	h
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.replace(/[^a-z0-9()]+/g, '');

/** File header → column key, by header text (case, accents, spaces ignored) or by the key itself. */
export function autoMapping(headers: string[], columns: Column[]): (string | null)[] {
	const byHeader = new Map<string, string>();
	for (const c of columns) {
		byHeader.set(normaliseHeader(c.header), c.key);
		byHeader.set(normaliseHeader(c.key), c.key);
	}
	const used = new Set<string>();
	return headers.map((h) => {
		const key = byHeader.get(normaliseHeader(h)) ?? null;
		if (!key || used.has(key)) return null;
		used.add(key);
		return key;
	});
}

/** Language names for the template's explanation sheet. */
export const TRANSLATION_LANGUAGE_NAMES = LOCALES.filter((l) => l.code !== 'de').map((l) => `${l.code} = ${l.name}`);

/** The template's explanation sheet: one row per column with a hint and the allowed values. */
export function columnNotes(columns: Column[], refs: { topics: string[]; districts: string[] }): string[][] {
	const allowed = (c: Column): string => {
		if (c.kind === 'codes')
			return (c.codes ?? [])
				.map((code) => (c.labelPrefix ? `${code} (${catalogLabel(t, c.labelPrefix, code)})` : code))
				.join(', ');
		if (c.kind === 'topics') return refs.topics.join(', ');
		if (c.kind === 'district') return refs.districts.join(', ');
		if (c.kind === 'serviceArea') return [WHOLE_NETWORK_CELL, ...refs.districts].join(', ');
		if (c.kind === 'bool') return 'ja, nein';
		if (c.kind === 'date') return t('server.columns.dateAllowed');
		if (c.kind === 'number') return t('server.columns.numberAllowed');
		return '';
	};
	const general: string[][] = [
		['', t('server.columns.rowsNote'), ''],
		['', t('server.columns.listNote'), ''],
		['', t('server.columns.translationsNote', { languages: TRANSLATION_LANGUAGE_NAMES.join(', ') }), '']
	];
	return [...general, ...columns.map((c) => [c.header, c.hint ? t(c.hint) : '', allowed(c)])];
}
