import { catalogLabel, messageKeyFor } from '$lib/message-keys';
import { createHash } from 'node:crypto';
import { asc } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { districts, offerLocations, offers, organisations, topics } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import {
	MAX_LOCATIONS,
	locationKey,
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
import { diffFormValues } from '$lib/server/domains/offers/offer-version-values';
import { offerAuditColumns } from '$lib/server/domains/offers/write-offer';
import { t, type MessageKey } from '$lib/i18n';
import { isCalendarDay } from '$lib/calendar-day';
import { berlinDay } from '$lib/time';
import { ALL_OFFER_COLUMNS, WHOLE_NETWORK_CELL, type Column } from './offer-columns';
import { unneutralise, type Sheet } from './spreadsheet';
import { writeImport, type Prepared } from './write-import';

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
				if (column.labelPrefix) byLabel.set(lower(catalogLabel(t, column.labelPrefix, code)), code);
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
		case 'serviceArea':
			return readServiceArea(cell, refs.districts);
		case 'date': {
			if (!cell) return { value: '' };
			const day = parseDay(cell);
			return day ? { value: day } : { error: t(dateError(cell)) };
		}
		default:
			return { value: column.key.endsWith('-postcode') && /^\d{4}$/.test(cell) ? `0${cell}` : cell };
	}
}

/**
 * An Einzugsgebiet cell: district names, or "ganzes Netzwerkgebiet" (kept in the list as the
 * marker `*`, which readRowCells turns into the whole-network flag).
 */
function readServiceArea(cell: string, districtLookup: Lookup): CellResult {
	const parts = splitList(cell);
	if (parts.some((p) => lower(p) === lower(WHOLE_NETWORK_CELL))) return { value: ['*'] };
	const unknown = parts.filter((p) => !districtLookup.has(lower(p)));
	if (unknown.length) return { error: t('error.importUnknownDistrict', { value: unknown.join(', ') }) };
	return { value: [...new Set(parts.map((p) => districtLookup.get(lower(p))!))] };
}

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

/** The network's topics, districts, organisations, offers and their locations that a row is checked against. */
async function loadImportRefs(tx: Tx, ctx: TenantContext) {
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
	return { topicRows, topicLookup, districtLookup, orgByName, orgName, existing, byKey, locationsOf };
}

type ImportRefs = Awaited<ReturnType<typeof loadImportRefs>>;
type StoredOffer = ImportRefs['existing'][number];

/** The state of one import run: the file, the references, the errors found so far and what the rows give. */
type ImportRun = {
	sheet: Sheet;
	mapping: (string | null)[];
	refs: ImportRefs;
	columns: Map<string, Column>;
	headerOf: (key: string) => string;
	addError: (e: RowError) => void;
	keyColumn: number;
	titleColumn: number;
	newStatus: NewOfferStatus;
	now: Date;
	city: string;
	seen: Map<string, number>;
	prepared: Prepared[];
	newOrganisations: Set<string>;
	withoutStatus: number;
};

/** The row's key (external id, or derived from title, provider and street), or null after reporting why not. */
function rowKey(run: ImportRun, r: { row: number; cells: string[] }): string | null {
	const { mapping, keyColumn, headerOf } = run;
	// Without an ID column (lists made elsewhere) a row is recognised by title, provider and first street.
	const key =
		keyColumn === -1
			? `auto-${stableKey(['title', 'organisationId', 'loc0-street'].map((k) => lower(unneutralise(r.cells[mapping.indexOf(k)] ?? ''))))}`
			: unneutralise(r.cells[keyColumn] ?? '').trim();
	if (!key) {
		run.addError({ row: r.row, column: headerOf('externalId'), message: t('error.importKeyMissing') });
		return null;
	}
	if (key.length > 100) {
		run.addError({ row: r.row, column: headerOf('externalId'), message: t('error.tooLong') });
		return null;
	}
	if (run.seen.has(key)) {
		run.addError({
			row: r.row,
			column: headerOf(keyColumn === -1 ? 'title' : 'externalId'),
			message: t(keyColumn === -1 ? 'error.importRowDuplicate' : 'error.importKeyDuplicate', {
				row: run.seen.get(key)!
			})
		});
		return null;
	}
	run.seen.set(key, r.row);
	return key;
}

/** The row's cells read into the form values; the provider's name and the day last checked are kept apart. */
function readRowCells(
	run: ImportRun,
	r: { row: number; cells: string[] },
	current: StoredOffer | null,
	values: OfferFormValues
) {
	let organisationName = current?.organisationId ? (run.refs.orgName.get(current.organisationId) ?? '') : '';
	let verifiedAt: Date | null = current ? current.verifiedAt : null;
	let rowOk = true;
	const failed = new Set<string>();
	run.mapping.forEach((colKey, i) => {
		if (!colKey || colKey === 'externalId') return;
		const column = run.columns.get(colKey);
		if (!column) return;
		const raw = r.cells[i] ?? '';
		if (column.kind === 'organisation') {
			organisationName = unneutralise(raw).trim();
			return;
		}
		if (colKey === 'verifiedAt') {
			const day = raw.trim() ? parseDay(unneutralise(raw).trim()) : null;
			if (raw.trim() && !day) {
				run.addError({ row: r.row, column: column.header, message: t(dateError(unneutralise(raw).trim())) });
				rowOk = false;
			} else if (!day) verifiedAt = null;
			// The same day as stored keeps the stored moment.
			else if (!current?.verifiedAt || berlinDay(current.verifiedAt) !== day) verifiedAt = new Date(`${day}T12:00:00Z`);
			return;
		}
		const result = readCell(column, raw, { topics: run.refs.topicLookup, districts: run.refs.districtLookup });
		if ('error' in result) {
			run.addError({ row: r.row, column: column.header, message: result.error });
			failed.add(colKey);
			rowOk = false;
		} else if ('value' in result && column.kind === 'serviceArea') {
			const whole = Array.isArray(result.value) && result.value.includes('*');
			values.servesWholeNetwork = whole;
			values[colKey] = whole ? [] : result.value;
		} else if ('value' in result) values[colKey] = result.value;
	});
	return { organisationName, verifiedAt, rowOk, failed };
}

/** The form schema's complaints about a row, one per field (fields whose cell already failed are left out). */
function reportSchemaIssues(
	run: ImportRun,
	row: number,
	failed: Set<string>,
	issues: { path: PropertyKey[]; message: string }[]
) {
	const fields = new Set<string>(failed);
	for (const issue of issues) {
		const field = String(issue.path[0] ?? 'form');
		if (fields.has(field)) continue;
		fields.add(field);
		run.addError({
			row,
			column: run.headerOf(field),
			message: t(messageKeyFor('', issue.message) ?? 'error.invalid')
		});
	}
}

/** Checks one row; a row without errors joins `run.prepared`. */
function prepareRow(run: ImportRun, r: { row: number; cells: string[] }) {
	const key = rowKey(run, r);
	if (key === null) return;
	const { refs, city } = run;
	const current = refs.byKey.get(key) ?? null;
	// Columns the file leaves out keep the stored values (or the form's defaults for a new offer).
	const stored = current
		? offerToFormValues(
				current as Parameters<typeof offerToFormValues>[0],
				refs.locationsOf.get(current.id) ?? [],
				city
			)
		: null;
	const values: OfferFormValues = stored ? { ...stored } : { ...offerToFormValues(null, [], city), status: '' };
	values.version = '0';
	const cells = readRowCells(run, r, current, values);
	const { organisationName, failed } = cells;
	let { verifiedAt, rowOk } = cells;
	if (organisationName.length > 200) {
		run.addError({ row: r.row, column: run.headerOf('organisationId'), message: t('error.tooLong') });
		rowOk = false;
	}
	const org = organisationName ? refs.orgByName.get(lower(organisationName)) : undefined;
	if (organisationName && !org) run.newOrganisations.add(organisationName);
	// A placeholder id for an organisation that the import will create; replaced before writing.
	values.organisationId = org?.id ?? (organisationName ? '00000000-0000-4000-8000-000000000000' : '');
	if (!current && !values.status) {
		values.status = run.newStatus;
		run.withoutStatus++;
	}
	const parsed = offerFormSchema.safeParse(values);
	if (!parsed.success) return reportSchemaIssues(run, r.row, failed, parsed.error.issues);
	if (!rowOk) return;
	if (!current && !verifiedAt && parsed.data.status === 'published') verifiedAt = run.now;
	const input = parsed.data as OfferFormInput;
	const unchanged =
		!!current &&
		!!stored &&
		sameAsStored(stored, input, {
			organisationName,
			organisationSame:
				lower(organisationName) ===
				lower(current.organisationId ? (refs.orgName.get(current.organisationId) ?? '') : ''),
			verifiedSame: (verifiedAt?.getTime() ?? null) === (current.verifiedAt?.getTime() ?? null)
		});
	run.prepared.push({
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
		const refs = await loadImportRefs(tx, ctx);
		const errors: RowError[] = [];
		let errorCount = 0;
		const run: ImportRun = {
			sheet,
			mapping,
			refs,
			columns,
			headerOf,
			addError: (e) => {
				errorCount++;
				if (errors.length < MAX_REPORTED_ERRORS) errors.push(e);
			},
			keyColumn: mapping.indexOf('externalId'),
			titleColumn: mapping.indexOf('title'),
			newStatus,
			now,
			city: ctx.network.name.replace(/^.*\s/, ''),
			seen: new Map(),
			prepared: [],
			newOrganisations: new Set(),
			withoutStatus: 0
		};
		const { keyColumn, titleColumn } = run;
		if (keyColumn === -1 && titleColumn === -1)
			run.addError({ row: 1, column: headerOf('title'), message: t('error.importColumnMissing') });
		if (titleColumn === -1 && keyColumn !== -1 && sheet.rows.some((r) => !refs.byKey.has(r.cells[keyColumn] ?? ''))) {
			run.addError({ row: 1, column: headerOf('title'), message: t('error.importColumnMissing') });
		}
		for (const r of keyColumn === -1 && titleColumn === -1 ? [] : sheet.rows) prepareRow(run, r);
		const { prepared, newOrganisations } = run;
		const report: ImportReport = {
			rows: sheet.rows.length,
			created: prepared.filter((p) => !p.existingId).length,
			updated: prepared.filter((p) => p.existingId && !p.unchanged).length,
			unchanged: prepared.filter((p) => p.unchanged).length,
			newOrganisations: [...newOrganisations].sort(),
			errors,
			committed: false,
			derivedKeys: keyColumn === -1,
			withoutStatus: run.withoutStatus,
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
			orgByName: refs.orgByName,
			orgName: refs.orgName,
			topicRows: refs.topicRows,
			existing: refs.existing,
			actorUserId: actor.userId,
			actorName: actor.name,
			now
		});
		return { ...report, committed: true };
	});
}
