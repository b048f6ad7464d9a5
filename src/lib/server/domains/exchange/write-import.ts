import { inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { offerLocations, offers, organisations } from '$lib/server/db/schema';
import { insertRecordset } from '$lib/server/db/bulk';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';
import { locationsFromForm, type OfferFormInput } from '$lib/server/domains/offers/offer-schema';
import { inputToFormValues, type OfferFormValues } from '$lib/server/domains/offers/offer-form-values';
import { compactFormValues } from '$lib/server/domains/offers/offer-version-values';
import { offerRowValues } from '$lib/server/domains/offers/write-offer';
import { refreshSearchWords } from '$lib/server/domains/offers/refresh-search-words';

/** A checked row of an offer import, ready to be written. */
export type Prepared = {
	row: number;
	key: string;
	existingId: string | null;
	input: OfferFormInput;
	values: OfferFormValues;
	organisationName: string;
	verifiedAt: Date | null;
	unchanged: boolean;
};

/** What the write needs besides the rows: the network's organisations and topics, the offers before, who imports. */
export type ImportWrite = {
	prepared: Prepared[];
	newOrganisations: string[];
	orgByName: Map<string, { id: string; name: string }>;
	orgName: Map<string, string>;
	topicRows: { slug: string; name: string }[];
	existing: { id: string; externalId: string | null }[];
	actorUserId: string;
	actorName: string;
	now: Date;
};

type Written = { id: string; external_id: string; inserted: boolean };

const lower = (s: string) => s.trim().toLowerCase();

const chunks = <T>(list: T[], size: number) =>
	Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/** Offer columns written by an import, with their types for jsonb_to_recordset. */
const OFFER_COLUMNS: Record<string, string> = {
	network_id: 'uuid',
	external_id: 'text',
	organisation_id: 'uuid',
	title: 'text',
	summary: 'text',
	description: 'text',
	life_stages: 'text[]',
	topics: 'text[]',
	offer_type: 'text',
	target_groups: 'text[]',
	prevention_level: 'text',
	cost_free: 'boolean',
	cost_text: 'text',
	languages: 'text[]',
	accessibility: 'text[]',
	registration_required: 'boolean',
	schedule: 'jsonb',
	contact_phone: 'text',
	contact_email: 'text',
	contact_web: 'text',
	valid_from: 'date',
	valid_to: 'date',
	status: 'text',
	verified_at: 'timestamptz',
	translations: 'jsonb',
	district_ids: 'text[]',
	service_district_ids: 'text[]',
	serves_whole_network: 'boolean',
	lats: 'float8[]',
	lngs: 'float8[]',
	search_extra: 'text',
	updated_at: 'timestamptz'
};
const UPDATED_ON_CONFLICT = Object.keys(OFFER_COLUMNS).filter((c) => c !== 'network_id' && c !== 'external_id');
const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const LOCATION_COLUMNS = {
	network_id: 'uuid',
	offer_id: 'uuid',
	label: 'text',
	street: 'text',
	postcode: 'text',
	city: 'text',
	district_id: 'uuid',
	lat: 'float8',
	lng: 'float8',
	position: 'int'
};
const AUDIT_COLUMNS = {
	network_id: 'uuid',
	actor_user_id: 'uuid',
	action: 'text',
	entity: 'text',
	entity_id: 'text',
	before: 'jsonb',
	after: 'jsonb',
	at: 'timestamptz'
};
const VERSION_COLUMNS = {
	network_id: 'uuid',
	offer_id: 'uuid',
	data: 'jsonb',
	state: 'text',
	base_version: 'int',
	author_user_id: 'uuid',
	author_name: 'text',
	comment: 'text',
	created_at: 'timestamptz'
};

/** Creates the organisations the file names but the network does not have yet. */
async function createOrganisations(tx: Tx, networkId: string, w: ImportWrite) {
	for (const names of chunks(w.newOrganisations, 500)) {
		const created = await tx
			.insert(organisations)
			.values(names.map((name) => ({ networkId, name })))
			.returning({ id: organisations.id, name: organisations.name });
		for (const c of created) {
			w.orgByName.set(lower(c.name), c);
			w.orgName.set(c.id, c.name);
		}
	}
}

/** Offers matched by their own id (from an export) keep that id as their external id from now on. */
async function adoptOwnIds(
	tx: Tx,
	ctx: TenantContext,
	w: ImportWrite,
	beforeById: Map<string, { externalId: string | null }>
) {
	const adopt = w.prepared
		.filter((p) => p.existingId && !beforeById.get(p.existingId)?.externalId)
		.map((p) => p.existingId!);
	for (const ids of chunks(adopt, 1000)) {
		await tx
			.update(offers)
			.set({ externalId: sql`${offers.id}::text` })
			.where(scoped(offers, ctx, inArray(offers.id, ids), isNull(offers.externalId)));
	}
}

/** Inserts or updates the offers in bulk; returns what was written and each row's audit "after". */
async function upsertOffers(tx: Tx, networkId: string, w: ImportWrite, upsertKey: (p: Prepared) => string) {
	const written: Written[] = [];
	const afterByKey = new Map<string, Record<string, unknown>>();
	for (const part of chunks(w.prepared, 2000)) {
		const rows = part.map((p) => {
			const org = p.organisationName ? w.orgByName.get(lower(p.organisationName)) : undefined;
			const input = { ...p.input, organisationId: org?.id ?? '' } as OfferFormInput;
			p.input = input;
			// The search's location summary (districts, coordinates) straight from the rows, instead of a pass over the table.
			const locations = locationsFromForm(input);
			const placed = locations.filter((l) => l.lat !== null && l.lng !== null);
			const values: Record<string, unknown> = {
				...offerRowValues(input, { providerName: org?.name ?? '', topics: w.topicRows, status: input.status }),
				districtIds: [...new Set(locations.flatMap((l) => (l.districtId ? [l.districtId] : [])))],
				lats: placed.map((l) => l.lat!),
				lngs: placed.map((l) => l.lng!),
				networkId,
				externalId: upsertKey(p),
				verifiedAt: p.verifiedAt,
				updatedAt: w.now
			};
			// The audit's "after" is what was written (without the derived search text).
			// eslint-disable-next-line @typescript-eslint/no-unused-vars
			const { searchExtra, ...after } = values;
			afterByKey.set(upsertKey(p), after);
			return Object.fromEntries(Object.entries(values).map(([k, v]) => [snake(k), v]));
		});
		const result = await insertRecordset<Written>(
			tx,
			'offers',
			OFFER_COLUMNS,
			rows,
			sql`on conflict (network_id, external_id) do update set ${sql.raw(UPDATED_ON_CONFLICT.map((c) => `${c} = excluded.${c}`).join(', '))},
				reminder_sent_at = case when excluded.verified_at is distinct from offers.verified_at then null else offers.reminder_sent_at end,
				version = offers.version + 1
				returning id, external_id, (xmax = 0) as inserted`
		);
		written.push(...result);
	}
	return { written, afterByKey };
}

/** The written offers' locations, replaced by those of the file. */
async function replaceLocations(
	tx: Tx,
	ctx: TenantContext,
	w: ImportWrite,
	written: Written[],
	offerIdOf: (p: Prepared) => string
) {
	const locationValues: Record<string, unknown>[] = [];
	for (const part of chunks(
		written.map((r) => r.id),
		2000
	))
		await tx.delete(offerLocations).where(scoped(offerLocations, ctx, inArray(offerLocations.offerId, part)));
	for (const p of w.prepared) {
		const offerId = offerIdOf(p);
		locationsFromForm(p.input).forEach((l, position) =>
			locationValues.push({
				network_id: ctx.network.id,
				offer_id: offerId,
				label: l.label || p.organisationName,
				street: l.street,
				postcode: l.postcode,
				city: l.city,
				district_id: l.districtId,
				lat: l.lat,
				lng: l.lng,
				position
			})
		);
	}
	for (const part of chunks(locationValues, 4000)) await insertRecordset(tx, 'offer_locations', LOCATION_COLUMNS, part);
}

/** One audit entry per written offer and one applied version each, as a save would leave them. */
async function recordHistory(
	tx: Tx,
	networkId: string,
	w: ImportWrite,
	o: {
		written: Written[];
		afterByKey: Map<string, Record<string, unknown>>;
		beforeById: Map<string, unknown>;
		offerIdOf: (p: Prepared) => string;
	}
) {
	const audits = o.written.map((r) => ({
		network_id: networkId,
		actor_user_id: w.actorUserId,
		action: r.inserted ? 'import_create' : 'import_update',
		entity: 'offer',
		entity_id: r.id,
		before: r.inserted ? null : (o.beforeById.get(r.id) ?? null),
		after: { id: r.id, ...o.afterByKey.get(r.external_id) },
		at: w.now
	}));
	for (const part of chunks(audits, 2000)) await insertRecordset(tx, 'audit_log', AUDIT_COLUMNS, part);
	const versions = w.prepared.map((p) => ({
		network_id: networkId,
		offer_id: o.offerIdOf(p),
		data: compactFormValues({ ...inputToFormValues(p.input), status: p.input.status }),
		state: 'applied',
		base_version: 0,
		author_user_id: w.actorUserId,
		author_name: w.actorName,
		comment: 'Import',
		created_at: w.now
	}));
	for (const part of chunks(versions, 2000)) await insertRecordset(tx, 'offer_versions', VERSION_COLUMNS, part);
}

/** Writes a checked import in bulk: new organisations, offers, their locations, audit entries and versions. */
export async function writeImport(tx: Tx, ctx: TenantContext, w: ImportWrite) {
	const networkId = ctx.network.id;
	await createOrganisations(tx, networkId, w);
	const beforeById = new Map(w.existing.map((e) => [e.id, e]));
	const upsertKey = (p: Prepared) =>
		p.existingId ? (beforeById.get(p.existingId)?.externalId ?? p.existingId) : p.key;
	await adoptOwnIds(tx, ctx, w, beforeById);
	const { written, afterByKey } = await upsertOffers(tx, networkId, w, upsertKey);
	const idByKey = new Map(written.map((r) => [r.external_id, r.id]));
	const offerIdOf = (p: Prepared) => idByKey.get(upsertKey(p))!;
	await replaceLocations(tx, ctx, w, written, offerIdOf);
	await recordHistory(tx, networkId, w, { written, afterByKey, beforeById, offerIdOf });
	await refreshSearchWords(tx, networkId);
}
