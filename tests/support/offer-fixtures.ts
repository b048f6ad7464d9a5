import { expect } from 'vitest';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { districts } from '$lib/server/db/schema';
import { ensureOfferDefaults } from '$lib/server/domains/taxonomy/default-taxonomy';
import { offerColumns } from '$lib/server/domains/exchange/offer-columns';
import { runImport, stageImport } from '$lib/server/domains/exchange/run-import';
import { parseWith } from '$lib/server/http/forms';
import { offerFormSchema, type OfferFormInput } from '$lib/server/domains/offers/offer-schema';
import { offerToFormValues } from '$lib/server/domains/offers/offer-form-values';
import { NO_FILTERS, type OfferSearchInput } from '$lib/server/domains/offers/search-offers';
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

/** The headers of the offer spreadsheet with three location blocks. */
export const OFFER_SHEET_HEADERS = offerColumns(3).map((c) => c.header);

/** Rows (header → cell) as an offer CSV as German Excel writes it. */
export const offersCsv = (rows: Record<string, string>[]) =>
	[
		OFFER_SHEET_HEADERS.join(';'),
		...rows.map((r) =>
			OFFER_SHEET_HEADERS.map((h) =>
				/[;"\n]/.test(r[h] ?? '') ? `"${r[h]!.replace(/"/g, '""')}"` : (r[h] ?? '')
			).join(';')
		)
	].join('\r\n');

/** One offer row of the HSDS tests' import (a Babytreff-like offer with one location in Altstadt). */
export const hsdsOffer = (id: string, title: string, extra: Record<string, string> = {}) => ({
	'Externe ID': id,
	Titel: title,
	Kurzbeschreibung: `${title}: offen für alle Familien.`,
	Beschreibung: `${title} für Eltern mit Babys. <script>alert(1)</script>`,
	Anbieter: 'Familienzentrum Beispiel',
	Lebensphasen: '0-1',
	Themen: 'freizeit-begegnung',
	Angebotsart: 'gruppe',
	'Weitere Sprachen': 'en, tr',
	Montag: '09:00-11:00, 14:00-16:00',
	Einzeltermine: '2099-03-02 18:00-20:00',
	Telefon: '030 23125 100',
	'E-Mail': 'treff@example.org',
	Webseite: 'https://example.org/treff',
	'Ort 1 Name': 'Familienzentrum',
	'Ort 1 Straße': 'Am Markt 1',
	'Ort 1 PLZ': '12345',
	'Ort 1 Ort': 'Musterstadt',
	'Ort 1 Stadtteil': 'Altstadt',
	'Ort 1 Breitengrad': '51.5',
	'Ort 1 Längengrad': '7.1',
	...extra
});

/** A network whose three offers (two published) came in through a spreadsheet import, for the HSDS answers. */
export async function hsdsSetup(db: Db) {
	const network = await makeNetwork(db);
	await withSystem(db, async (tx) => {
		await ensureOfferDefaults(tx, network.id);
		await tx.insert(districts).values({ networkId: network.id, name: 'Altstadt', postcodes: ['12345'] });
	});
	const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
	const ctx = tenantContext(db, network, coordinator);
	const csv = offersCsv([
		hsdsOffer('A-1', 'Babytreff'),
		hsdsOffer('A-2', 'Elterncafé', { Kostenlos: 'nein', Kosten: '2 € pro Termin', Status: 'draft' }),
		hsdsOffer('A-3', 'Krabbelgruppe', { 'Ort 1 Straße': '', 'Ort 1 PLZ': '' })
	]);
	const staged = await stageImport(ctx, { kind: 'offers', filename: 'a.csv', bytes: Buffer.from(csv) });
	expect(staged.report.errors).toEqual([]);
	// Rows without a status: the coordinator chooses to publish them at once.
	await runImport(ctx, staged.uploadId, staged.mapping, { newStatus: 'published' });
	return { db, network, ctx, portal: tenantContext(db, network, null) };
}

/** A portal search without words or filters, first page. */
export const emptySearch: OfferSearchInput = { ...NO_FILTERS, q: '', page: 1 };

/** A network with two districts (Altstadt 12345, Nordviertel 12347) and its coordinator, for imports. */
export async function importSetup(db: Db) {
	const network = await makeNetwork(db);
	await withSystem(db, async (tx) => {
		await ensureOfferDefaults(tx, network.id);
		await tx.insert(districts).values([
			{ networkId: network.id, name: 'Altstadt', postcodes: ['12345'] },
			{ networkId: network.id, name: 'Nordviertel', postcodes: ['12347'] }
		]);
	});
	const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
	return { db, network, ctx: tenantContext(db, network, coordinator) };
}

/** A complete, valid offer row of the import (two locations, an English title). */
export const goodOfferRow = {
	'Externe ID': 'A-1',
	Titel: 'Babytreff',
	Kurzbeschreibung: 'Offener Treff für Eltern mit Babys.',
	Beschreibung: '- Spielen\n- Singen',
	Anbieter: 'Familienzentrum Beispiel',
	Lebensphasen: '0-1, 1-3',
	Themen: 'Freizeit & Begegnung',
	Angebotsart: 'Gruppe',
	Kostenlos: 'ja',
	Montag: '09:00-11:00',
	Telefon: '+49 30 23125 100',
	'E-Mail': 'treff@example.org',
	'Gültig ab': '01.03.2026',
	'Ort 1 Straße': 'Am Markt 1',
	'Ort 1 PLZ': '12345',
	'Ort 1 Stadtteil': 'Altstadt',
	'Ort 2 Straße': 'Parkweg 2',
	'Ort 2 PLZ': '12347',
	'Ort 2 Stadtteil': 'nordviertel',
	'Titel (en)': 'Baby meet-up'
};
