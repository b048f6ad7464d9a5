import { requireRole } from '$lib/server/domains/shared/actor';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { TargetLocale } from '$lib/server/domains/taxonomy/shipped-term-translations';
import { applyTranslatedTexts } from './apply-translated-texts';
import { listUntranslatedTexts } from './list-untranslated-texts';
import { readSheet } from './read-sheet';
import type { FilledText, PackageError, PackageResult } from './translation-package-helpers';
import { writeXlsx } from './write-xlsx';

export type { PackageChange, PackageError, PackageResult } from './translation-package-helpers';

/** The columns of a translation package, in this order. */
export const PACKAGE_HEADERS = ['id', 'field', 'German source', 'target text'] as const;
const COLUMN = { id: 0, field: 1, source: 2, target: 3 } as const;

/**
 * The package for a translation office: one XLSX row per text still to translate into `locale`
 * (offer texts, the network's guidance cards, event texts, topic names and help-number texts; see
 * `listUntranslatedTexts`). The id is `offer:<uuid>`, `guidance:<uuid>`, `event:<uuid>` or `term`.
 */
export async function exportTranslationPackage(ctx: TenantContext, locale: TargetLocale): Promise<Buffer> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const texts = await tenantTx(ctx, (tx) => listUntranslatedTexts(tx, ctx, locale));
	const rows = texts.map((t) => [t.ref, t.field, t.source, '']);
	return writeXlsx(`Übersetzung ${locale}`, [...PACKAGE_HEADERS], rows);
}

type Read = { rows: number[]; entries: FilledText[] } | { fileError: NonNullable<PackageResult['fileError']> };

/** The filled rows of the sheet (target text given) with their row numbers, or the one error that stops reading it. */
async function readRows(bytes: Uint8Array): Promise<Read> {
	const sheet = await readSheet(bytes);
	if ('error' in sheet) return { fileError: { message: sheet.error } };
	const cols = PACKAGE_HEADERS.map((name) =>
		sheet.headers.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase())
	);
	const missing = PACKAGE_HEADERS.find((_, i) => cols[i] === -1);
	if (missing) return { fileError: { message: 'tr.errorHeaders', values: { column: missing } } };
	const cell = (cells: string[], i: number) => (cells[cols[i]!] ?? '').trim();
	const filled = sheet.rows.filter((r) => cell(r.cells, COLUMN.target) !== '');
	return {
		rows: filled.map((r) => r.row),
		entries: filled.map((r) => ({
			ref: cell(r.cells, COLUMN.id),
			field: cell(r.cells, COLUMN.field),
			source: cell(r.cells, COLUMN.source),
			target: cell(r.cells, COLUMN.target)
		}))
	};
}

/**
 * Imports a filled package: the dry run (`apply: false`) lists what would change and the errors
 * with row and column and writes nothing; `apply: true` writes all changes in one transaction,
 * and nothing at all if any row has an error.
 */
export async function importTranslationPackage(
	ctx: TenantContext,
	locale: TargetLocale,
	bytes: Uint8Array,
	o: { apply: boolean }
): Promise<PackageResult> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const read = await readRows(bytes);
	if ('fileError' in read)
		return { format: 'xlsx', changes: [], errors: [], applied: false, fileError: read.fileError };
	return tenantTx(ctx, async (tx) => {
		const done = await applyTranslatedTexts(tx, ctx, locale, read.entries, { ...o, userId: actor.userId });
		const errors: PackageError[] = done.problems.map((p) => ({
			row: read.rows[p.index]!,
			column: PACKAGE_HEADERS[COLUMN[p.part]],
			message: p.message,
			...(p.values ? { values: p.values } : {})
		}));
		const changes = done.changes.map(({ id, field, source, before, after }) => ({ id, field, source, before, after }));
		return { format: 'xlsx' as const, changes, errors, applied: done.applied };
	});
}
