import { asc, eq } from 'drizzle-orm';
import { districts, offerLocations, offers, organisations, topics } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { offerToFormValues } from '$lib/server/domains/offers/offer-form-values';
import {
	codeLabel,
	columnNotes,
	columnType,
	offerColumns,
	organisationColumns,
	WHOLE_NETWORK_CELL,
	type Column
} from './offer-columns';
import { dayCell, type CellValue } from './spreadsheet';
import { writeCsv } from './write-csv';
import { writeXlsx } from './write-xlsx';
import { berlinDay } from '$lib/time';
import { t } from '$lib/i18n';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportFile = { body: Buffer; filename: string; contentType: string };

const CONTENT_TYPE: Record<ExportFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

async function file(
	format: ExportFormat,
	name: string,
	sheet: string,
	columns: Column[],
	rows: CellValue[][],
	notes?: { title: string; rows: string[][] }
): Promise<ExportFile> {
	const headers = columns.map((c) => c.header);
	return {
		body:
			format === 'csv'
				? writeCsv(headers, rows)
				: await writeXlsx(sheet, headers, rows, { types: columns.map(columnType), notes }),
		filename: `${name}.${format}`,
		contentType: CONTENT_TYPE[format]
	};
}

/** All offers of the network (every status) in the import template's columns; `template` gives the header row only. */
export async function exportOffers(
	ctx: TenantContext,
	format: ExportFormat,
	o: { template?: boolean } = {}
): Promise<ExportFile> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const rows = o.template
			? []
			: await tx.select().from(offers).where(scoped(offers, ctx)).orderBy(asc(offers.title), asc(offers.id));
		const locations = o.template
			? []
			: await tx
					.select()
					.from(offerLocations)
					.where(scoped(offerLocations, ctx))
					.orderBy(asc(offerLocations.position), asc(offerLocations.id));
		const orgName = new Map(
			(
				await tx
					.select({ id: organisations.id, name: organisations.name })
					.from(organisations)
					.where(scoped(organisations, ctx))
			).map((r) => [r.id, r.name])
		);
		const districtName = new Map(
			(await tx.select({ id: districts.id, name: districts.name }).from(districts).where(scoped(districts, ctx))).map(
				(r) => [r.id, r.name]
			)
		);
		const locationsOf = new Map<string, (typeof locations)[number][]>();
		for (const l of locations) locationsOf.set(l.offerId, [...(locationsOf.get(l.offerId) ?? []), l]);
		const blocks = Math.max(3, ...[...locationsOf.values()].map((l) => l.length));
		const columns = offerColumns(blocks);
		const topicRows = await tx.select({ slug: topics.slug, name: topics.name }).from(topics).where(scoped(topics, ctx));
		const topicName = new Map(topicRows.map((x) => [x.slug, x.name]));
		// Readable labels instead of codes (the import reads both); days and coordinates typed.
		const cells = rows.map((offer) => {
			const values = offerToFormValues(offer, locationsOf.get(offer.id) ?? [], '');
			return columns.map((c): CellValue => {
				if (c.key === 'externalId') return offer.externalId ?? offer.id;
				if (c.key === 'verifiedAt') return dayCell(offer.verifiedAt ? berlinDay(offer.verifiedAt) : '');
				const v = values[c.key];
				if (c.kind === 'organisation') return offer.organisationId ? (orgName.get(offer.organisationId) ?? '') : '';
				if (c.kind === 'district') return typeof v === 'string' && v ? (districtName.get(v) ?? '') : '';
				if (c.kind === 'serviceArea')
					return offer.servesWholeNetwork
						? WHOLE_NETWORK_CELL
						: offer.serviceDistrictIds
								.map((id) => districtName.get(id) ?? '')
								.filter(Boolean)
								.join(', ');
				if (c.kind === 'date') return dayCell(typeof v === 'string' ? v : '');
				if (c.kind === 'number')
					return typeof v === 'string' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : '';
				if (c.kind === 'codes')
					return (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : [])
						.map((code) => codeLabel(c, code))
						.join(', ');
				if (c.kind === 'topics')
					return (Array.isArray(v) ? v : []).map((slug) => topicName.get(slug) ?? slug).join(', ');
				if (typeof v === 'boolean') return v ? 'ja' : 'nein';
				if (Array.isArray(v)) return v.join(', ');
				return v ?? '';
			});
		});
		const day = berlinDay(ctx.now ?? new Date());
		const notes = o.template
			? {
					title: t('server.sheet.notes'),
					rows: columnNotes(columns, {
						topics: topicRows.map((x) => `${x.slug} (${x.name})`),
						districts: [...districtName.values()]
					})
				}
			: undefined;
		return file(
			format,
			o.template ? 'vorlage-angebote' : `angebote-${ctx.network.slug}-${day}`,
			t('server.sheet.offers'),
			columns,
			cells,
			notes
		);
	});
}

/** All organisations of the network in the import columns. */
export async function exportOrganisations(
	ctx: TenantContext,
	format: ExportFormat,
	o: { template?: boolean } = {}
): Promise<ExportFile> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const rows = o.template
			? []
			: await tx
					.select()
					.from(organisations)
					.where(scoped(organisations, ctx))
					.orderBy(asc(organisations.name), asc(organisations.id));
		const districtName = new Map(
			(
				await tx
					.select({ id: districts.id, name: districts.name })
					.from(districts)
					.where(eq(districts.networkId, ctx.network.id))
			).map((r) => [r.id, r.name])
		);
		const cells = rows.map((r) =>
			organisationColumns.map((c) => {
				if (c.key === 'externalId') return r.externalId ?? r.id;
				if (c.key === 'districtIds')
					return [
						...(r.servesWholeNetwork ? [WHOLE_NETWORK_CELL] : []),
						...r.districtIds.map((id) => districtName.get(id) ?? '').filter(Boolean)
					].join(', ');
				return String(r[c.key as keyof typeof r] ?? '');
			})
		);
		const day = berlinDay(ctx.now ?? new Date());
		return file(
			format,
			o.template ? 'vorlage-organisationen' : `organisationen-${ctx.network.slug}-${day}`,
			t('server.sheet.organisations'),
			organisationColumns,
			cells
		);
	});
}
