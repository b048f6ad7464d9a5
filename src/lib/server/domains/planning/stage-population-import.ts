import { and, eq } from 'drizzle-orm';
import { importUploads } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { autoMapping } from '$lib/server/domains/exchange/offer-columns';
import type { ImportReport } from '$lib/server/domains/exchange/import-offers';
import { readSheet } from '$lib/server/domains/exchange/read-sheet';
import { MAX_IMPORT_BYTES, type Sheet } from '$lib/server/domains/exchange/spreadsheet';
import { populationColumns } from './population-columns';
import { importPopulationFigures } from './import-population-figures';
import { readPlanningSettings } from './read-planning-settings';

export type PopulationImportCheck = {
	uploadId: string;
	filename: string;
	format: Sheet['format'];
	encoding?: string;
	headers: string[];
	mapping: (string | null)[];
	columns: { key: string; header: string }[];
	/** The year for rows without a "Jahr" column (the year chosen on the page). */
	defaultYear: number | null;
	report: ImportReport;
};

type Upload = { id: string; filename: string; sheet: Sheet | null; content: Buffer };

async function check(
	ctx: TenantContext,
	upload: Upload,
	mapping: (string | null)[] | null,
	o: { dryRun: boolean; defaultYear: number | null }
): Promise<PopulationImportCheck> {
	const sheet = upload.sheet ?? (await readSheet(upload.content));
	if ('error' in sheet) throw new AppError('validation', { field: 'file', message: sheet.error });
	const settings = await tenantTx(ctx, (tx) => readPlanningSettings(tx, ctx));
	const columns = populationColumns(settings.extraFigureName);
	const known = new Set(columns.map((c) => c.key));
	const used = mapping ? mapping.map((m) => (m && known.has(m) ? m : null)) : autoMapping(sheet.headers, columns);
	const report = await importPopulationFigures(ctx, sheet, used, o);
	return {
		uploadId: upload.id,
		filename: upload.filename,
		format: sheet.format,
		encoding: sheet.encoding,
		headers: sheet.headers,
		mapping: used,
		columns: columns.map((c) => ({ key: c.key, header: c.header })),
		defaultYear: o.defaultYear,
		report
	};
}

/**
 * Keeps an uploaded CSV/XLSX of population figures (the import pipeline's staged uploads) and
 * checks it with the automatic column mapping; nothing is written.
 */
export async function stagePopulationImport(
	ctx: TenantContext,
	file: { filename: string; bytes: Uint8Array; defaultYear: number | null }
): Promise<PopulationImportCheck> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	if (file.bytes.length > MAX_IMPORT_BYTES) throw new AppError('payload_too_large');
	const sheet = await readSheet(file.bytes);
	if ('error' in sheet) throw new AppError('validation', { field: 'file', message: sheet.error });
	const [upload] = await tenantTx(ctx, (tx) =>
		tx
			.insert(importUploads)
			.values({
				networkId: ctx.network.id,
				kind: 'population',
				filename: file.filename.slice(0, 200),
				content: Buffer.from(file.bytes),
				sheet,
				createdBy: actor.userId
			})
			.returning()
	);
	return check(ctx, upload!, null, { dryRun: true, defaultYear: file.defaultYear });
}

async function loadUpload(ctx: TenantContext, uploadId: string): Promise<Upload> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const [upload] = await tenantTx(ctx, (tx) =>
		tx
			.select()
			.from(importUploads)
			.where(scoped(importUploads, ctx, and(eq(importUploads.id, uploadId), eq(importUploads.kind, 'population'))))
	);
	if (!upload) throw new AppError('not_found');
	return upload;
}

/** Checks a stored upload again with the coordinator's column mapping (dry run). */
export async function checkPopulationImport(
	ctx: TenantContext,
	uploadId: string,
	mapping: (string | null)[],
	defaultYear: number | null
): Promise<PopulationImportCheck> {
	return check(ctx, await loadUpload(ctx, uploadId), mapping, { dryRun: true, defaultYear });
}

/** Imports a stored upload, all-or-nothing; the file is dropped once imported. */
export async function runPopulationImport(
	ctx: TenantContext,
	uploadId: string,
	mapping: (string | null)[],
	defaultYear: number | null
): Promise<PopulationImportCheck> {
	const result = await check(ctx, await loadUpload(ctx, uploadId), mapping, { dryRun: false, defaultYear });
	if (result.report.committed)
		await tenantTx(ctx, (tx) =>
			tx.delete(importUploads).where(scoped(importUploads, ctx, eq(importUploads.id, uploadId)))
		);
	return result;
}
