import { messageKeyFor } from '$lib/message-keys';
import { inArray, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { auditLog, districts, organisations } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { organisationProfileSchema } from '$lib/server/domains/organisations/organisation-schema';
import { organisationFormValues } from '$lib/server/domains/organisations/organisation-form-values';
import { t } from '$lib/i18n';
import { organisationColumns, WHOLE_NETWORK_CELL } from './offer-columns';
import { MAX_REPORTED_ERRORS, stableKey, type ImportOptions, type ImportReport, type RowError } from './import-offers';
import { unneutralise, type Sheet } from './spreadsheet';

const lower = (s: string) => s.trim().toLowerCase();

const PROFILE_FIELDS = [
	'name',
	'description',
	'street',
	'postcode',
	'city',
	'phone',
	'email',
	'web',
	'districtIds',
	'servesWholeNetwork'
] as const;

type OrganisationRow = typeof organisations.$inferSelect;
type Prepared = {
	key: string;
	current: OrganisationRow | null;
	data: ReturnType<typeof organisationProfileSchema.parse>;
	unchanged: boolean;
};

const headerOf = (key: string) => organisationColumns.find((c) => c.key === key)?.header ?? key;

/** What the rows are checked against: the network's districts by name and its organisations by key and name. */
async function loadImportState(tx: Tx, ctx: TenantContext) {
	const districtLookup = new Map(
		(await tx.select({ id: districts.id, name: districts.name }).from(districts).where(scoped(districts, ctx))).map(
			(d) => [lower(d.name), d.id]
		)
	);
	const existing = await tx.select().from(organisations).where(scoped(organisations, ctx));
	const byKey = new Map<string, OrganisationRow>();
	for (const e of existing) {
		byKey.set(e.id, e);
		if (e.externalId) byKey.set(e.externalId, e);
	}
	// Without an ID column an organisation is recognised by its name (names are unique in a network).
	const byName = new Map(existing.map((e) => [lower(e.name), e]));
	return { districtLookup, existing, byKey, byName };
}
type ImportState = Awaited<ReturnType<typeof loadImportState>>;

/** Per run: the columns that identify a row, and the keys and names seen in earlier rows. */
type RowScan = {
	keyColumn: number;
	nameColumn: number;
	seenKey: Map<string, number>;
	seenName: Map<string, number>;
	errors: RowError[];
};

/** The row's key (its "Externe ID", or one derived from the name) and the organisation it matches; null after an error. */
function matchRow(r: Sheet['rows'][number], state: ImportState, scan: RowScan) {
	const { keyColumn, nameColumn, seenKey, errors } = scan;
	const nameCell = unneutralise(r.cells[nameColumn] ?? '').trim();
	const key =
		keyColumn === -1
			? (state.byName.get(lower(nameCell))?.externalId ??
				state.byName.get(lower(nameCell))?.id ??
				`auto-${stableKey([lower(nameCell)])}`)
			: unneutralise(r.cells[keyColumn] ?? '').trim();
	if (!key) {
		errors.push({ row: r.row, column: headerOf('externalId'), message: t('error.importKeyMissing') });
		return null;
	}
	if (seenKey.has(key)) {
		errors.push({
			row: r.row,
			column: headerOf('externalId'),
			message: t('error.importKeyDuplicate', { row: seenKey.get(key)! })
		});
		return null;
	}
	seenKey.set(key, r.row);
	const current = state.byKey.get(key) ?? (keyColumn === -1 ? (state.byName.get(lower(nameCell)) ?? null) : null);
	return { key, current };
}

/** The row's cells over the organisation's current profile; false when a district is unknown. */
function readCells(
	r: Sheet['rows'][number],
	mapping: (string | null)[],
	values: Record<string, unknown>,
	state: ImportState,
	errors: RowError[]
): boolean {
	let rowOk = true;
	mapping.forEach((colKey, i) => {
		if (!colKey || colKey === 'externalId') return;
		const cell = unneutralise(r.cells[i] ?? '').trim();
		if (colKey === 'districtIds') {
			const parts = cell
				.split(/[,;\n]/)
				.map((s) => s.trim())
				.filter(Boolean);
			// "ganzes Netzwerkgebiet" among the districts: the organisation serves the whole network area.
			const names = parts.filter((n) => lower(n) !== lower(WHOLE_NETWORK_CELL));
			values.servesWholeNetwork = names.length < parts.length;
			const unknown = names.filter((n) => !state.districtLookup.has(lower(n)));
			if (unknown.length) {
				errors.push({
					row: r.row,
					column: headerOf(colKey),
					message: t('error.importUnknownDistrict', { value: unknown.join(', ') })
				});
				rowOk = false;
			} else values.districtIds = names.map((n) => state.districtLookup.get(lower(n))!);
		} else values[colKey] = colKey === 'postcode' && /^\d{4}$/.test(cell) ? `0${cell}` : cell;
	});
	return rowOk;
}

/** One row checked: matched, read, validated, its name free; the row to write or null (errors noted). */
function prepareRow(
	r: Sheet['rows'][number],
	mapping: (string | null)[],
	state: ImportState,
	scan: RowScan
): Prepared | null {
	const { seenName, errors } = scan;
	const match = matchRow(r, state, scan);
	if (!match) return null;
	const { key, current } = match;
	const values: Record<string, unknown> = organisationFormValues(current);
	const rowOk = readCells(r, mapping, values, state, errors);
	const parsed = organisationProfileSchema.safeParse(values);
	if (!parsed.success) {
		for (const issue of parsed.error.issues)
			errors.push({
				row: r.row,
				column: headerOf(String(issue.path[0] ?? '')),
				message: t(messageKeyFor('', issue.message) ?? 'error.invalid')
			});
		return null;
	}
	const name = lower(parsed.data.name);
	const keepsName = !!current && lower(current.name) === name;
	if (!keepsName && seenName.has(name)) {
		errors.push({
			row: r.row,
			column: headerOf('name'),
			message: t('error.importNameDuplicate', { row: seenName.get(name)! })
		});
		return null;
	}
	if (!seenName.has(name)) seenName.set(name, r.row);
	const clash = !keepsName && state.existing.find((e) => lower(e.name) === name && e.id !== current?.id);
	if (clash) {
		errors.push({ row: r.row, column: headerOf('name'), message: t('error.organisationNameTaken') });
		return null;
	}
	const unchanged = !!current && PROFILE_FIELDS.every((f) => String(parsed.data[f] ?? '') === String(current[f] ?? ''));
	return rowOk ? { key, current, data: parsed.data, unchanged } : null;
}

/** Writes the changed and new organisations, each with its audit entry. */
async function writeOrganisations(
	tx: Tx,
	ctx: TenantContext,
	actorUserId: string,
	prepared: Prepared[],
	now: Date
): Promise<void> {
	const audits = [];
	for (const p of prepared.filter((x) => !x.unchanged)) {
		const fields = { ...p.data, updatedAt: now };
		delete (fields as { version?: number }).version;
		if (p.current) {
			const [after] = await tx
				.update(organisations)
				.set({
					...fields,
					externalId: p.current.externalId ?? p.current.id,
					version: sql`${organisations.version} + 1`
				})
				.where(scoped(organisations, ctx, inArray(organisations.id, [p.current.id])))
				.returning();
			audits.push({
				networkId: ctx.network.id,
				actorUserId,
				action: 'import_update',
				entity: 'organisation',
				entityId: p.current.id,
				before: p.current,
				after,
				at: now
			});
		} else {
			const [after] = await tx
				.insert(organisations)
				.values({ ...fields, networkId: ctx.network.id, externalId: p.key })
				.returning();
			audits.push({
				networkId: ctx.network.id,
				actorUserId,
				action: 'import_create',
				entity: 'organisation',
				entityId: after!.id,
				before: null,
				after,
				at: now
			});
		}
	}
	if (audits.length) await tx.insert(auditLog).values(audits);
}

/**
 * Imports organisations (profile fields and districts served), matched on "Externe ID" or the
 * organisation's own id; a row may not take a name another organisation of the network has.
 * A row that keeps its organisation's name is fine even where older data holds that name
 * twice. All-or-nothing like offers; rows equal to what is stored are counted, not written.
 */
export async function importOrganisations(
	ctx: TenantContext,
	sheet: Sheet,
	mapping: (string | null)[],
	o: ImportOptions
): Promise<ImportReport> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const state = await loadImportState(tx, ctx);
		const errors: RowError[] = [];
		const keyColumn = mapping.indexOf('externalId');
		const nameColumn = mapping.indexOf('name');
		if (keyColumn === -1 && nameColumn === -1)
			errors.push({ row: 1, column: headerOf('name'), message: t('error.importColumnMissing') });
		const scan: RowScan = { keyColumn, nameColumn, seenKey: new Map(), seenName: new Map(), errors };
		const prepared: Prepared[] = [];
		for (const r of keyColumn === -1 && nameColumn === -1 ? [] : sheet.rows) {
			const p = prepareRow(r, mapping, state, scan);
			if (p) prepared.push(p);
		}
		const report: ImportReport = {
			rows: sheet.rows.length,
			created: prepared.filter((p) => !p.current).length,
			updated: prepared.filter((p) => p.current && !p.unchanged).length,
			unchanged: prepared.filter((p) => p.unchanged).length,
			newOrganisations: [],
			errors: errors.slice(0, MAX_REPORTED_ERRORS),
			committed: false,
			derivedKeys: keyColumn === -1
		};
		if (o.dryRun || errors.length > 0) return report;
		await writeOrganisations(tx, ctx, actor.userId, prepared, now);
		return { ...report, committed: true };
	});
}
