import { inArray, sql } from 'drizzle-orm';
import { auditLog, districts, organisations } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { organisationProfileSchema } from '$lib/server/domains/organisations/organisation-schema';
import { t, type MessageKey } from '$lib/i18n';
import { organisationColumns } from './offer-columns';
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
	'districtIds'
] as const;

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
	const headerOf = (key: string) => organisationColumns.find((c) => c.key === key)?.header ?? key;
	return tenantTx(ctx, async (tx) => {
		const districtLookup = new Map(
			(await tx.select({ id: districts.id, name: districts.name }).from(districts).where(scoped(districts, ctx))).map(
				(d) => [lower(d.name), d.id]
			)
		);
		const existing = await tx.select().from(organisations).where(scoped(organisations, ctx));
		const byKey = new Map<string, (typeof existing)[number]>();
		for (const e of existing) {
			byKey.set(e.id, e);
			if (e.externalId) byKey.set(e.externalId, e);
		}
		const errors: RowError[] = [];
		const keyColumn = mapping.indexOf('externalId');
		const nameColumn = mapping.indexOf('name');
		if (keyColumn === -1 && nameColumn === -1)
			errors.push({ row: 1, column: headerOf('name'), message: t('error.importColumnMissing') });
		// Without an ID column an organisation is recognised by its name (names are unique in a network).
		const byName = new Map(existing.map((e) => [lower(e.name), e]));
		const seenKey = new Map<string, number>();
		const seenName = new Map<string, number>();
		const prepared: {
			key: string;
			current: (typeof existing)[number] | null;
			data: ReturnType<typeof organisationProfileSchema.parse>;
			unchanged: boolean;
		}[] = [];
		for (const r of keyColumn === -1 && nameColumn === -1 ? [] : sheet.rows) {
			const nameCell = unneutralise(r.cells[nameColumn] ?? '').trim();
			const key =
				keyColumn === -1
					? (byName.get(lower(nameCell))?.externalId ??
						byName.get(lower(nameCell))?.id ??
						`auto-${stableKey([lower(nameCell)])}`)
					: unneutralise(r.cells[keyColumn] ?? '').trim();
			if (!key) {
				errors.push({ row: r.row, column: headerOf('externalId'), message: t('error.importKeyMissing') });
				continue;
			}
			if (seenKey.has(key)) {
				errors.push({
					row: r.row,
					column: headerOf('externalId'),
					message: t('error.importKeyDuplicate', { row: seenKey.get(key)! })
				});
				continue;
			}
			seenKey.set(key, r.row);
			const current = byKey.get(key) ?? (keyColumn === -1 ? (byName.get(lower(nameCell)) ?? null) : null);
			const values: Record<string, unknown> = {
				version: '0',
				name: current?.name ?? '',
				description: current?.description ?? '',
				street: current?.street ?? '',
				postcode: current?.postcode ?? '',
				city: current?.city ?? '',
				phone: current?.phone ?? '',
				email: current?.email ?? '',
				web: current?.web ?? '',
				districtIds: current?.districtIds ?? []
			};
			let rowOk = true;
			mapping.forEach((colKey, i) => {
				if (!colKey || colKey === 'externalId') return;
				const cell = unneutralise(r.cells[i] ?? '').trim();
				if (colKey === 'districtIds') {
					const names = cell
						.split(/[,;\n]/)
						.map((s) => s.trim())
						.filter(Boolean);
					const unknown = names.filter((n) => !districtLookup.has(lower(n)));
					if (unknown.length) {
						errors.push({
							row: r.row,
							column: headerOf(colKey),
							message: t('error.importUnknownDistrict', { value: unknown.join(', ') })
						});
						rowOk = false;
					} else values.districtIds = names.map((n) => districtLookup.get(lower(n))!);
				} else values[colKey] = colKey === 'postcode' && /^\d{4}$/.test(cell) ? `0${cell}` : cell;
			});
			const parsed = organisationProfileSchema.safeParse(values);
			if (!parsed.success) {
				for (const issue of parsed.error.issues)
					errors.push({
						row: r.row,
						column: headerOf(String(issue.path[0] ?? '')),
						message: t((issue.message.startsWith('error.') ? issue.message : 'error.invalid') as MessageKey)
					});
				continue;
			}
			const name = lower(parsed.data.name);
			const keepsName = !!current && lower(current.name) === name;
			if (!keepsName && seenName.has(name)) {
				errors.push({
					row: r.row,
					column: headerOf('name'),
					message: t('error.importNameDuplicate', { row: seenName.get(name)! })
				});
				continue;
			}
			if (!seenName.has(name)) seenName.set(name, r.row);
			const clash = !keepsName && existing.find((e) => lower(e.name) === name && e.id !== current?.id);
			if (clash) {
				errors.push({ row: r.row, column: headerOf('name'), message: t('error.organisationNameTaken') });
				continue;
			}
			const unchanged =
				!!current && PROFILE_FIELDS.every((f) => String(parsed.data[f] ?? '') === String(current[f] ?? ''));
			if (rowOk) prepared.push({ key, current, data: parsed.data, unchanged });
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
					actorUserId: actor.userId,
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
					actorUserId: actor.userId,
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
		return { ...report, committed: true };
	});
}
