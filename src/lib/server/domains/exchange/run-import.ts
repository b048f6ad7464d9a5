import { and, eq, inArray } from 'drizzle-orm';
import { IMPORT_KINDS, importUploads, type ImportKind } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { ALL_OFFER_COLUMNS, autoMapping, organisationColumns, type Column } from './offer-columns';
import { importOffers, type ImportReport, type NewOfferStatus } from './import-offers';
import { importOrganisations } from './import-organisations';
import { readSheet } from './read-sheet';
import { MAX_IMPORT_BYTES, type Sheet } from './spreadsheet';
import { hsdsToSheet } from './hsds-to-sheet';

export type ImportCheck = {
	uploadId: string;
	kind: ImportKind;
	filename: string;
	format: Sheet['format'];
	encoding?: string;
	headers: string[];
	mapping: (string | null)[];
	columns: { key: string; header: string }[];
	report: ImportReport;
};

const columnsOf = (kind: ImportKind): Column[] => (kind === 'offers' ? ALL_OFFER_COLUMNS : organisationColumns);

async function sheetOrThrow(bytes: Uint8Array): Promise<Sheet> {
	const sheet = await readSheet(bytes);
	if ('error' in sheet) throw new AppError('validation', { field: 'file', message: sheet.error });
	return sheet;
}

/** An HSDS 3.0 JSON document, turned into offer rows (see hsds-to-sheet.ts). */
function hsdsSheetOrThrow(bytes: Uint8Array): Sheet {
	let doc: unknown;
	try {
		doc = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
	} catch {
		throw new AppError('validation', { field: 'file', message: 'error.hsdsInvalid' });
	}
	const sheet = hsdsToSheet(doc);
	if ('error' in sheet) throw new AppError('validation', { field: 'file', message: sheet.error });
	return sheet;
}

/** The coordinator's choice on the import page besides the mapping: the status of new offers without one. */
export type ImportChoices = { newStatus?: NewOfferStatus };

async function check(
	ctx: TenantContext,
	upload: { id: string; kind: ImportKind; filename: string; content: Buffer; sheet: Sheet | null },
	mapping: (string | null)[] | null,
	o: { dryRun: boolean; newStatus?: NewOfferStatus }
): Promise<ImportCheck> {
	const sheet = upload.sheet ?? (await sheetOrThrow(upload.content));
	const columns = columnsOf(upload.kind);
	const known = new Set(columns.map((c) => c.key));
	const used = mapping ? mapping.map((m) => (m && known.has(m) ? m : null)) : autoMapping(sheet.headers, columns);
	const run = upload.kind === 'offers' ? importOffers : importOrganisations;
	const report = await run(ctx, sheet, used, o);
	return {
		uploadId: upload.id,
		kind: upload.kind,
		filename: upload.filename,
		format: sheet.format,
		encoding: sheet.encoding,
		headers: sheet.headers,
		mapping: used,
		columns: columns.map((c) => ({ key: c.key, header: c.header })),
		report
	};
}

/** Stores an uploaded file for the coordinator and checks it (dry run with the automatic column mapping). */
export async function stageImport(
	ctx: TenantContext,
	file: { kind: ImportKind | 'hsds'; filename: string; bytes: Uint8Array }
): Promise<ImportCheck> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	if (file.bytes.length > MAX_IMPORT_BYTES) throw new AppError('payload_too_large');
	const sheet = file.kind === 'hsds' ? hsdsSheetOrThrow(file.bytes) : await sheetOrThrow(file.bytes);
	file = { ...file, kind: file.kind === 'hsds' ? 'offers' : file.kind };
	const [upload] = await tenantTx(ctx, (tx) =>
		tx
			.insert(importUploads)
			.values({
				networkId: ctx.network.id,
				kind: file.kind as ImportKind,
				filename: file.filename.slice(0, 200),
				content: Buffer.from(file.bytes),
				sheet,
				createdBy: actor.userId
			})
			.returning()
	);
	return check(ctx, { ...upload!, kind: file.kind as ImportKind }, null, { dryRun: true });
}

async function loadUpload(ctx: TenantContext, uploadId: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const [upload] = await tenantTx(ctx, (tx) =>
		tx
			.select()
			.from(importUploads)
			// Population figures have their own page (planning/stage-population-import.ts).
			.where(scoped(importUploads, ctx, eq(importUploads.id, uploadId), inArray(importUploads.kind, [...IMPORT_KINDS])))
	);
	if (!upload) throw new AppError('not_found');
	return upload as typeof upload & { kind: ImportKind };
}

/** Checks a stored upload again, with the coordinator's column mapping. */
export async function checkImport(
	ctx: TenantContext,
	uploadId: string,
	mapping: (string | null)[],
	choices: ImportChoices = {}
): Promise<ImportCheck> {
	return check(ctx, await loadUpload(ctx, uploadId), mapping, { dryRun: true, newStatus: choices.newStatus });
}

/** Imports a stored upload (all-or-nothing); the file is dropped once imported. */
export async function runImport(
	ctx: TenantContext,
	uploadId: string,
	mapping: (string | null)[],
	choices: ImportChoices = {}
): Promise<ImportCheck> {
	const result = await check(ctx, await loadUpload(ctx, uploadId), mapping, {
		dryRun: false,
		newStatus: choices.newStatus
	});
	if (result.report.committed)
		await tenantTx(ctx, (tx) =>
			tx.delete(importUploads).where(scoped(importUploads, ctx, and(eq(importUploads.id, uploadId))))
		);
	return result;
}
