import { createHash } from 'node:crypto';
import { asc, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { districts, offerLocations, offers, organisations, topics } from '$lib/server/db/schema';
import { insertRecordset } from '$lib/server/db/bulk';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import {
	MAX_LOCATIONS,
	locationKey,
	locationsFromForm,
	offerFormSchema,
	type OfferFormInput
} from '$lib/server/domains/offers/offer-schema';
import { formatDates, formatExceptions, parseDates, parseExceptions } from '$lib/server/domains/offers/schedule-text';
import { formatDayHours, parseDayHours } from '$lib/server/domains/tenancy/office-hours';
import { WEEKDAYS } from '$lib/weekdays';
import {
	inputToFormValues,
	offerToFormValues,
	type OfferFormValues
} from '$lib/server/domains/offers/offer-form-values';
import { compactFormValues, diffFormValues } from '$lib/server/domains/offers/offer-version-values';
import { offerAuditColumns, offerRowValues } from '$lib/server/domains/offers/write-offer';
import { refreshSearchWords } from '$lib/server/domains/offers/refresh-search-words';
import { t, type MessageKey } from '$lib/i18n';
import { isCalendarDay } from '$lib/calendar-day';
import { ALL_OFFER_COLUMNS, type Column } from './offer-columns';
import { unneutralise, type Sheet } from './spreadsheet';

export type RowError = { row: number; column: string; message: string };
/**
 * `unchanged` rows match what is stored and are not written. `withoutStatus` counts new offers
 * whose row gives no status: they get `newStatus` (the coordinator's choice, draft by default).
 */
export type ImportReport = {
	rows: number;
	created: number;
	updated: number;
	unchanged: number;
	newOrganisations: string[];
	errors: RowError[];
	committed: boolean;
	derivedKeys?: boolean;
	withoutStatus?: number;
	newStatus?: NewOfferStatus;
};

/** What a new offer without a status becomes: nothing is published unless the coordinator says so. */
export const NEW_OFFER_STATUSES = ['draft', 'published'] as const;
export type NewOfferStatus = (typeof NEW_OFFER_STATUSES)[number];
export type ImportOptions = { dryRun: boolean; newStatus?: NewOfferStatus };

/** A short stable key from text parts (for rows without an external id). */
export function stableKey(parts: string[]): string {
	return createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 16);
}

/** Errors shown per file at most; the count says how many there were. */
export const MAX_REPORTED_ERRORS = 500;

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'wahr', '1', 'x']);
const NO = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', '']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const GERMAN_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** "YYYY-MM-DD" or "TT.MM.JJJJ" as "YYYY-MM-DD"; null when it is neither, or not a day of the calendar. */
export function parseDay(value: string): string | null {
	const m = GERMAN_DAY.exec(value);
	const day = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : value;
	return ISO_DAY.test(day) && isCalendarDay(day) ? day : null;
}

/** The message for a date cell `parseDay` refused: a day that does not exist, or no date at all. */
const dateError = (value: string): MessageKey =>
	ISO_DAY.test(value) || GERMAN_DAY.test(value) ? 'error.dateImpossible' : 'error.dateInvalid';

const splitList = (v: string) =>
	v
		.split(/[,;\n]/)
		.map((s) => s.trim())
		.filter(Boolean);

type Lookup = Map<string, string>;
const lower = (s: string) => s.trim().toLowerCase();

/** What a column's cell means for the form, or an error message. */
type CellResult = { value: string | string[] | boolean } | { error: string } | { keep: true };
/** Columns with one code; an empty cell keeps the stored value (or the default for a new offer). */
const SINGLE_CODE = new Set(['offerType', 'preventionLevel', 'status']);

export function readCell(column: Column, raw: string, refs: { topics: Lookup; districts: Lookup }): CellResult {
	const cell = unneutralise(raw).trim();
	switch (column.kind) {
		case 'bool': {
			const v = lower(cell);
			if (v === '') return { keep: true };
			if (YES.has(v)) return { value: true };
			if (NO.has(v)) return { value: false };
			return { error: t('error.importBool', { value: cell }) };
		}
		case 'codes': {
			const byLabel = new Map<string, string>();
			for (const code of column.codes ?? []) {
				byLabel.set(code, code);
				if (column.labelKey) byLabel.set(lower(t(column.labelKey(code))), code);
			}
			const parts = splitList(cell);
			const unknown = parts.filter((p) => !byLabel.has(lower(p)));
			if (unknown.length)
				return {
					error: t('error.importUnknownValue', { value: unknown.join(', '), allowed: (column.codes ?? []).join(', ') })
				};
			const codes = parts.map((p) => byLabel.get(lower(p))!);
			if (!SINGLE_CODE.has(column.key)) return { value: codes };
			if (codes.length > 1) return { error: t('error.importOneValue') };
			return codes[0] ? { value: codes[0] } : { keep: true };
		}
		case 'topics': {
			const parts = splitList(cell);
			const unknown = parts.filter((p) => !refs.topics.has(lower(p)));
			if (unknown.length)
				return {
					error: t('error.importUnknownValue', {
						value: unknown.join(', '),
						allowed: [...new Set(refs.topics.values())].join(', ')
					})
				};
			return { value: parts.map((p) => refs.topics.get(lower(p))!) };
		}
		case 'district': {
			if (!cell) return { value: '' };
			const id = refs.districts.get(lower(cell));
			return id ? { value: id } : { error: t('error.importUnknownDistrict', { value: cell }) };
		}
		case 'date': {
			if (!cell) return { value: '' };
			const day = parseDay(cell);
			return day ? { value: day } : { error: t(dateError(cell)) };
		}
		default:
			return { value: column.key.endsWith('-postcode') && /^\d{4}$/.test(cell) ? `0${cell}` : cell };
	}
}

type Prepared = {
	row: number;
	key: string;
	existingId: string | null;
	input: OfferFormInput;
	values: OfferFormValues;
	organisationName: string;
	verifiedAt: Date | null;
	unchanged: boolean;
};

const berlinDay = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/** Form values as the write stores them: hours, closures and dates in their written form, empty place names → provider. */
function asWritten(input: OfferFormInput, organisationName: string): OfferFormValues {
	const values = inputToFormValues(input);
	for (const d of WEEKDAYS) {
		const slots = parseDayHours(d, String(values[`hours-${d}`] ?? ''));
		if (slots) values[`hours-${d}`] = formatDayHours(slots, d);
	}
	const exceptions = parseExceptions(String(values.exceptions ?? ''));
	if (exceptions) values.exceptions = formatExceptions({ weekly: [], exceptions });
	const dates = parseDates(String(values.dates ?? ''));
	if (dates) values.dates = formatDates({ weekly: [], dates });
	for (let i = 0; i < MAX_LOCATIONS; i++)
		if (!values[locationKey(i, 'label')]) values[locationKey(i, 'label')] = organisationName;
	return values;
}

/** Whether a row gives exactly what is stored (form fields, status, provider, day last checked). */
function sameAsStored(
	current: OfferFormValues,
	input: OfferFormInput,
	o: { organisationName: string; organisationSame: boolean; verifiedSame: boolean }
): boolean {
	if (!o.organisationSame || !o.verifiedSame) return false;
	const stored = offerFormSchema.safeParse(current);
	if (!stored.success || stored.data.status !== input.status) return false;
	return (
		diffFormValues(asWritten(stored.data as OfferFormInput, o.organisationName), asWritten(input, o.organisationName))
			.length === 0
	);
}

/**
 * Imports offers from a spreadsheet: every row is checked with the offer form's rules
 * (row number, column, message for each problem); only a file without any error is written,
 * in one transaction. Rows are matched on "Externe ID" (or an offer's own id from an export),
 * so importing the same file again updates instead of duplicating. `dryRun` checks only.
 */
export async function importOffers(
	ctx: TenantContext,
	sheet: Sheet,
	mapping: (string | null)[],
	o: ImportOptions
): Promise<ImportReport> {
	const newStatus: NewOfferStatus = o.newStatus ?? 'draft';
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	const columns = new Map(ALL_OFFER_COLUMNS.map((c) => [c.key, c]));
	const headerOf = (key: string) => columns.get(key)?.header ?? key;
	return tenantTx(ctx, async (tx) => {
		const topicRows = await tx
			.select({ slug: topics.slug, name: topics.name })
			.from(topics)
			.where(scoped(topics, ctx))
			.orderBy(asc(topics.position));
		const topicLookup: Lookup = new Map(
			topicRows.flatMap((r) => [[r.slug, r.slug] as const, [lower(r.name), r.slug] as const])
		);
		const districtLookup: Lookup = new Map(
			(await tx.select({ id: districts.id, name: districts.name }).from(districts).where(scoped(districts, ctx))).map(
				(d) => [lower(d.name), d.id]
			)
		);
		const orgRows = await tx
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(scoped(organisations, ctx));
		const orgByName = new Map(orgRows.map((r) => [lower(r.name), r]));
		const orgName = new Map(orgRows.map((r) => [r.id, r.name]));
		const existing = await tx.select(offerAuditColumns).from(offers).where(scoped(offers, ctx));
		const byKey = new Map<string, (typeof existing)[number]>();
		for (const e of existing) {
			byKey.set(e.id, e);
			if (e.externalId) byKey.set(e.externalId, e);
		}
		const locationRows = await tx
			.select()
			.from(offerLocations)
			.where(scoped(offerLocations, ctx))
			.orderBy(asc(offerLocations.position), asc(offerLocations.id));
		const locationsOf = new Map<string, (typeof locationRows)[number][]>();
		for (const l of locationRows) locationsOf.set(l.offerId, [...(locationsOf.get(l.offerId) ?? []), l]);

		const errors: RowError[] = [];
		let errorCount = 0;
		const addError = (e: RowError) => {
			errorCount++;
			if (errors.length < MAX_REPORTED_ERRORS) errors.push(e);
		};
		const keyColumn = mapping.indexOf('externalId');
		const titleColumn = mapping.indexOf('title');
		// Without an ID column (lists made elsewhere) a row is recognised by title, provider and first street.
		const derivedKey = (r: { cells: string[] }) =>
			`auto-${stableKey(['title', 'organisationId', 'loc0-street'].map((k) => lower(unneutralise(r.cells[mapping.indexOf(k)] ?? ''))))}`;
		if (keyColumn === -1 && titleColumn === -1)
			addError({ row: 1, column: headerOf('title'), message: t('error.importColumnMissing') });
		if (titleColumn === -1 && keyColumn !== -1 && sheet.rows.some((r) => !byKey.has(r.cells[keyColumn] ?? ''))) {
			addError({ row: 1, column: headerOf('title'), message: t('error.importColumnMissing') });
		}
		const seen = new Map<string, number>();
		const prepared: Prepared[] = [];
		let withoutStatus = 0;
		const newOrganisations = new Set<string>();
		const city = ctx.network.name.replace(/^.*\s/, '');
		for (const r of keyColumn === -1 && titleColumn === -1 ? [] : sheet.rows) {
			const key = keyColumn === -1 ? derivedKey(r) : unneutralise(r.cells[keyColumn] ?? '').trim();
			if (!key) {
				addError({ row: r.row, column: headerOf('externalId'), message: t('error.importKeyMissing') });
				continue;
			}
			if (key.length > 100) {
				addError({ row: r.row, column: headerOf('externalId'), message: t('error.tooLong') });
				continue;
			}
			if (seen.has(key)) {
				addError({
					row: r.row,
					column: headerOf(keyColumn === -1 ? 'title' : 'externalId'),
					message: t(keyColumn === -1 ? 'error.importRowDuplicate' : 'error.importKeyDuplicate', {
						row: seen.get(key)!
					})
				});
				continue;
			}
			seen.set(key, r.row);
			const current = byKey.get(key) ?? null;
			// Columns the file leaves out keep the stored values (or the form's defaults for a new offer).
			const stored = current
				? offerToFormValues(current as Parameters<typeof offerToFormValues>[0], locationsOf.get(current.id) ?? [], city)
				: null;
			const values: OfferFormValues = stored ? { ...stored } : { ...offerToFormValues(null, [], city), status: '' };
			values.version = '0';
			let organisationName = current?.organisationId ? (orgName.get(current.organisationId) ?? '') : '';
			let verifiedAt: Date | null = current ? current.verifiedAt : null;
			let rowOk = true;
			const failed = new Set<string>();
			mapping.forEach((colKey, i) => {
				if (!colKey || colKey === 'externalId') return;
				const column = columns.get(colKey);
				if (!column) return;
				const raw = r.cells[i] ?? '';
				if (column.kind === 'organisation') {
					organisationName = unneutralise(raw).trim();
					return;
				}
				if (colKey === 'verifiedAt') {
					const day = raw.trim() ? parseDay(unneutralise(raw).trim()) : null;
					if (raw.trim() && !day) {
						addError({ row: r.row, column: column.header, message: t(dateError(unneutralise(raw).trim())) });
						rowOk = false;
					} else if (!day) verifiedAt = null;
					// The same day as stored keeps the stored moment.
					else if (!current?.verifiedAt || berlinDay(current.verifiedAt) !== day)
						verifiedAt = new Date(`${day}T12:00:00Z`);
					return;
				}
				const result = readCell(column, raw, { topics: topicLookup, districts: districtLookup });
				if ('error' in result) {
					addError({ row: r.row, column: column.header, message: result.error });
					failed.add(colKey);
					rowOk = false;
				} else if ('value' in result) values[colKey] = result.value;
			});
			if (organisationName.length > 200) {
				addError({ row: r.row, column: headerOf('organisationId'), message: t('error.tooLong') });
				rowOk = false;
			}
			const org = organisationName ? orgByName.get(lower(organisationName)) : undefined;
			if (organisationName && !org) newOrganisations.add(organisationName);
			// A placeholder id for an organisation that the import will create; replaced before writing.
			values.organisationId = org?.id ?? (organisationName ? '00000000-0000-4000-8000-000000000000' : '');
			if (!current && !values.status) {
				values.status = newStatus;
				withoutStatus++;
			}
			const parsed = offerFormSchema.safeParse(values);
			if (!parsed.success) {
				const fields = new Set<string>(failed);
				for (const issue of parsed.error.issues) {
					const field = String(issue.path[0] ?? 'form');
					if (fields.has(field)) continue;
					fields.add(field);
					addError({
						row: r.row,
						column: headerOf(field),
						message: t((issue.message.startsWith('error.') ? issue.message : 'error.invalid') as MessageKey)
					});
				}
				continue;
			}
			if (!rowOk) continue;
			if (!current && !verifiedAt && parsed.data.status === 'published') verifiedAt = now;
			const input = parsed.data as OfferFormInput;
			const unchanged =
				!!current &&
				!!stored &&
				sameAsStored(stored, input, {
					organisationName,
					organisationSame:
						lower(organisationName) ===
						lower(current.organisationId ? (orgName.get(current.organisationId) ?? '') : ''),
					verifiedSame: (verifiedAt?.getTime() ?? null) === (current.verifiedAt?.getTime() ?? null)
				});
			prepared.push({
				row: r.row,
				key,
				existingId: current?.id ?? null,
				input,
				values,
				organisationName,
				verifiedAt,
				unchanged
			});
		}
		const report: ImportReport = {
			rows: sheet.rows.length,
			created: prepared.filter((p) => !p.existingId).length,
			updated: prepared.filter((p) => p.existingId && !p.unchanged).length,
			unchanged: prepared.filter((p) => p.unchanged).length,
			newOrganisations: [...newOrganisations].sort(),
			errors,
			committed: false,
			derivedKeys: keyColumn === -1,
			withoutStatus,
			newStatus
		};
		if (errorCount > errors.length)
			report.errors.push({
				row: 0,
				column: '',
				message: t('error.importMoreErrors', { count: errorCount - errors.length })
			});
		if (o.dryRun || errorCount > 0) return report;

		await writeImport(tx, ctx, {
			prepared: prepared.filter((p) => !p.unchanged),
			newOrganisations: [...newOrganisations],
			orgByName,
			orgName,
			topicRows,
			existing,
			actorUserId: actor.userId,
			actorName: actor.name,
			now
		});
		return { ...report, committed: true };
	});
}

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
	lats: 'float8[]',
	lngs: 'float8[]',
	search_extra: 'text',
	updated_at: 'timestamptz'
};
const UPDATED_ON_CONFLICT = Object.keys(OFFER_COLUMNS).filter((c) => c !== 'network_id' && c !== 'external_id');
const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

async function writeImport(
	tx: Tx,
	ctx: TenantContext,
	w: {
		prepared: Prepared[];
		newOrganisations: string[];
		orgByName: Map<string, { id: string; name: string }>;
		orgName: Map<string, string>;
		topicRows: { slug: string; name: string }[];
		existing: { id: string; externalId: string | null }[];
		actorUserId: string;
		actorName: string;
		now: Date;
	}
) {
	const networkId = ctx.network.id;
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
	// Offers matched by their own id (from an export) keep that id as their external id from now on.
	const beforeById = new Map(w.existing.map((e) => [e.id, e]));
	const upsertKey = (p: Prepared) =>
		p.existingId ? (beforeById.get(p.existingId)?.externalId ?? p.existingId) : p.key;
	const adopt = w.prepared
		.filter((p) => p.existingId && !beforeById.get(p.existingId)?.externalId)
		.map((p) => p.existingId!);
	for (const ids of chunks(adopt, 1000)) {
		await tx
			.update(offers)
			.set({ externalId: sql`${offers.id}::text` })
			.where(scoped(offers, ctx, inArray(offers.id, ids), isNull(offers.externalId)));
	}
	const written: { id: string; external_id: string; inserted: boolean }[] = [];
	const afterByKey = new Map<string, Record<string, unknown>>();
	const locationValues: Record<string, unknown>[] = [];
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
		const result = await insertRecordset<{ id: string; external_id: string; inserted: boolean }>(
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
	const idByKey = new Map(written.map((r) => [r.external_id, r.id]));
	const ids = written.map((r) => r.id);
	for (const part of chunks(ids, 2000))
		await tx.delete(offerLocations).where(scoped(offerLocations, ctx, inArray(offerLocations.offerId, part)));
	for (const p of w.prepared) {
		const offerId = idByKey.get(upsertKey(p))!;
		locationsFromForm(p.input).forEach((l, position) =>
			locationValues.push({
				network_id: networkId,
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
	for (const part of chunks(locationValues, 4000)) await insertRecordset(tx, 'offer_locations', LOCATION_COLUMNS, part);
	const audits = written.map((r) => ({
		network_id: networkId,
		actor_user_id: w.actorUserId,
		action: r.inserted ? 'import_create' : 'import_update',
		entity: 'offer',
		entity_id: r.id,
		before: r.inserted ? null : (beforeById.get(r.id) ?? null),
		after: { id: r.id, ...afterByKey.get(r.external_id) },
		at: w.now
	}));
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
	for (const part of chunks(audits, 2000)) await insertRecordset(tx, 'audit_log', AUDIT_COLUMNS, part);
	const versions = w.prepared.map((p) => ({
		network_id: networkId,
		offer_id: idByKey.get(upsertKey(p))!,
		data: compactFormValues({ ...inputToFormValues(p.input), status: p.input.status }),
		state: 'applied',
		base_version: 0,
		author_user_id: w.actorUserId,
		author_name: w.actorName,
		comment: 'Import',
		created_at: w.now
	}));
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
	for (const part of chunks(versions, 2000)) await insertRecordset(tx, 'offer_versions', VERSION_COLUMNS, part);
	await refreshSearchWords(tx, networkId);
}
