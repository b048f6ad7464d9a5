import { LIFE_STAGES, OFFER_TYPES } from '$lib/server/db/schema';
import { WEEKDAYS } from '$lib/weekdays';
import { ALL_OFFER_COLUMNS } from './offer-columns';
import type { Sheet } from './spreadsheet';
import { offsetOn } from './hsds-helpers';
import { berlinDay } from '$lib/time';

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((x): x is Json => !!x && typeof x === 'object') : []);
const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const LINK_TYPES: Record<string, 'lifeStages' | 'topics' | 'offerType'> = {
	audience: 'lifeStages',
	topic: 'topics',
	service_type: 'offerType'
};

const BERLIN_OFFSETS = new Set(['+01:00', '+02:00']);

/**
 * An HSDS time ("09:00", "09:00:00", "09:00+01:00", "08:00Z") as Berlin wall-clock time
 * "HH:MM". Berlin's own offsets (winter or summer) are taken as the clock shows them; other
 * offsets are converted with Berlin's offset on `day`.
 */
export function berlinTime(value: string, day: string): string {
	const m = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
	if (!m) return value.slice(0, 5);
	const zone = m[3] === 'Z' ? '+00:00' : m[3]?.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
	if (!zone || BERLIN_OFFSETS.has(zone)) return `${m[1]}:${m[2]}`;
	const minutes = (z: string) => (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(4, 6)));
	const local = (((Number(m[1]) * 60 + Number(m[2]) - minutes(zone) + minutes(offsetOn(day))) % 1440) + 1440) % 1440;
	return `${String(Math.floor(local / 60)).padStart(2, '0')}:${String(local % 60).padStart(2, '0')}`;
}

/**
 * An HSDS 3.0 document (our export format: `{ services: [...], organizations: [...] }`, or a
 * bare array of services) as rows in the offer spreadsheet's columns, so an HSDS import runs
 * through exactly the same checks and writes as a spreadsheet import.
 */
export function hsdsToSheet(doc: unknown): Sheet | { error: 'error.hsdsInvalid' } {
	const root = Array.isArray(doc) ? { services: doc } : doc;
	if (!root || typeof root !== 'object' || !Array.isArray((root as Json).services))
		return { error: 'error.hsdsInvalid' };
	const orgName = new Map(arr((root as Json).organizations).map((o) => [str(o.id), str(o.name)]));
	const columns = ALL_OFFER_COLUMNS;
	const today = berlinDay();
	const rows = arr((root as Json).services).map((s, index) => {
		const v: Record<string, string> = {};
		v.externalId = str(s.id);
		v.title = str(s.name);
		const description = str(s.description);
		v.summary = str(s.alternate_name) || (description.split(/(?<=[.!?])\s/)[0] ?? '').slice(0, 400);
		v.description = description === v.summary ? '' : description;
		const org = s.organization && typeof s.organization === 'object' ? (s.organization as Json) : null;
		v.organisationId = str(org?.name) || orgName.get(str(s.organization_id)) || '';
		const codes: Record<'lifeStages' | 'topics' | 'offerType', string[]> = {
			lifeStages: [],
			topics: [],
			offerType: []
		};
		for (const a of arr(s.attributes)) {
			const term = a.taxonomy_term && typeof a.taxonomy_term === 'object' ? (a.taxonomy_term as Json) : {};
			const code = str(term.code) || str(a.value);
			let target = LINK_TYPES[str(a.link_type)];
			if (!target)
				target = (LIFE_STAGES as readonly string[]).includes(code)
					? 'lifeStages'
					: (OFFER_TYPES as readonly string[]).includes(code)
						? 'offerType'
						: 'topics';
			if (code) codes[target].push(code);
		}
		v.lifeStages = codes.lifeStages.join(', ');
		v.topics = codes.topics.join(', ');
		v.offerType = codes.offerType[0] ?? '';
		const fees = str(s.fees_description);
		v.costFree = fees === '' || fees.toLowerCase() === 'kostenlos' ? 'ja' : 'nein';
		v.costText = v.costFree === 'ja' ? '' : fees;
		v.languages = arr(s.languages)
			.map((l) => str(l.code))
			.filter((c) => c && c !== 'de')
			.join(', ');
		v.registrationRequired = str(s.application_process).toLowerCase().startsWith('anmeldung erforderlich')
			? 'ja'
			: 'nein';
		const weekly = new Map<number, string[]>();
		const dates: string[] = [];
		for (const sc of arr(s.schedules)) {
			const day = str(sc.dtstart).slice(0, 10) || today;
			const opens = str(sc.opens_at) && berlinTime(str(sc.opens_at), day);
			const closes = str(sc.closes_at) && berlinTime(str(sc.closes_at), day);
			if (str(sc.freq) === 'WEEKLY') {
				for (const code of str(sc.byday).split(',')) {
					const day = DAY_CODES.indexOf(code.trim()) + 1;
					if (day > 0 && opens && closes) weekly.set(day, [...(weekly.get(day) ?? []), `${opens}-${closes}`]);
				}
			} else if (str(sc.dtstart)) dates.push(`${str(sc.dtstart).slice(0, 10)} ${opens}-${closes}`);
			if (str(sc.notes) && !v.scheduleNote) v.scheduleNote = str(sc.notes);
		}
		for (const d of WEEKDAYS) v[`hours-${d}`] = (weekly.get(d) ?? []).join(', ');
		v.dates = dates.join('\n');
		v.contactPhone = str(arr(s.phones)[0]?.number);
		v.contactEmail = str(s.email);
		v.contactWeb = str(s.url);
		v.verifiedAt = str(s.assured_date).slice(0, 10);
		v.status = str(s.status) === 'active' || str(s.status) === '' ? 'published' : 'archived';
		// Einzugsgebiet: the areas' names (district names or "ganzes Netzwerkgebiet").
		v.serviceDistrictIds = arr(s.service_areas)
			.map((a) => str(a.name))
			.filter(Boolean)
			.join(', ');
		arr(s.service_at_locations).forEach((sal, i) => {
			const loc = sal.location && typeof sal.location === 'object' ? (sal.location as Json) : {};
			const address = arr(loc.addresses)[0] ?? {};
			v[`loc${i}-label`] = str(loc.name);
			v[`loc${i}-street`] = str(address.address_1);
			v[`loc${i}-postcode`] = str(address.postal_code);
			v[`loc${i}-city`] = str(address.city);
			v[`loc${i}-districtId`] = str(loc.description).replace(/^Stadtteil\s+/, '');
			v[`loc${i}-lat`] = loc.latitude === undefined ? '' : str(loc.latitude);
			v[`loc${i}-lng`] = loc.longitude === undefined ? '' : str(loc.longitude);
		});
		return { row: index + 1, cells: columns.map((c) => v[c.key] ?? '') };
	});
	return { headers: columns.map((c) => c.header), rows, format: 'csv' };
}
