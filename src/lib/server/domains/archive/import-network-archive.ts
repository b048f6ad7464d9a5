import { eq, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks } from '$lib/server/db/schema';
import { AppError, isAppError } from '$lib/server/errors';
import { requireRole, type Actor } from '$lib/server/domains/shared/actor';
import type { FileStore } from '$lib/server/domains/documents/file-store';
import { checkFileKey } from '$lib/server/domains/documents/file-keys';
import { slugSchema } from '$lib/server/domains/tenancy/network-schemas';
import { listArchiveTables, type ArchiveTable } from './archive-tables';
import { fileEntryName } from './archive-manifest';
import {
	ARCHIVE_LIMITS,
	archiveRefused,
	openNetworkArchive,
	tableRows,
	verifiedEntry,
	type ArchiveLimits,
	type OpenedArchive
} from './read-network-archive';

export type ArchiveImportContext = { db: Db; actor: Actor | null; files: FileStore; limits?: ArchiveLimits };

export type ArchiveSummary = {
	network: { id: string; name: string; slug: string };
	createdAt: string;
	migrations: number;
	tables: { name: string; rows: number }[];
	files: number;
	fileBytes: number;
	missingFiles: number;
};

const BATCH = 500;

/**
 * The dry run of an import (ADR 0031): the whole archive is read once — limits, manifest, the
 * schema version, every entry's checksum, every row belonging to the archive's network — and
 * the installation is asked whether the network or the slug is already here. Writes nothing.
 */
export async function checkNetworkArchive(
	ctx: ArchiveImportContext,
	file: string,
	slug: string | null
): Promise<ArchiveSummary & { slug: string }> {
	requireRole(ctx.actor, 'operator', null);
	if (slug !== null) requireSlug(slug);
	const archive = await openNetworkArchive(file, ctx.limits ?? ARCHIVE_LIMITS);
	const target = slug ?? archive.manifest.network.slug;
	// First whether the archive is sound (a broken one is the bigger news), then whether it fits here.
	await eachTable(archive, await withSystem(ctx.db, listArchiveTables), async () => {});
	for (const f of archive.manifest.files) await readFile(archive, f, false);
	await withSystem(ctx.db, (tx) => refuseExisting(tx, archive, target));
	return { ...summarise(archive), slug: target };
}

/**
 * The import itself, all or nothing: every row in one transaction, in foreign-key order, then
 * the files into the store (each checked against its checksum first). When anything fails the
 * transaction rolls back and the files written so far are removed again.
 */
export async function importNetworkArchive(
	ctx: ArchiveImportContext,
	file: string,
	slug: string
): Promise<ArchiveSummary & { slug: string }> {
	requireRole(ctx.actor, 'operator', null);
	requireSlug(slug);
	const archive = await openNetworkArchive(file, ctx.limits ?? ARCHIVE_LIMITS);
	const written: string[] = [];
	try {
		await withSystem(ctx.db, async (tx) => {
			await refuseExisting(tx, archive, slug);
			const tables = await listArchiveTables(tx);
			await eachTable(archive, tables, (table, rows) =>
				insertRows(tx, table, table.name === 'networks' ? rows.map((r) => ({ ...r, slug })) : rows)
			);
			for (const f of archive.manifest.files) {
				// One file in memory at a time, written only once its checksum matched.
				await ctx.files.put(f.key, await readFile(archive, f), 'application/octet-stream');
				written.push(f.key);
			}
		});
	} catch (e) {
		await Promise.allSettled(written.map((key) => ctx.files.remove(key)));
		throw refusalOf(e);
	}
	return { ...summarise(archive), slug };
}

function requireSlug(slug: string) {
	const checked = slugSchema.safeParse(slug);
	if (!checked.success)
		throw new AppError('validation', {
			field: 'slug',
			message: checked.error.issues[0]?.message ?? 'error.slugFormat'
		});
}

/** A file of the archive, checked: its key is one of the network's own, its bytes match the manifest. */
async function readFile(
	archive: OpenedArchive,
	f: OpenedArchive['manifest']['files'][number],
	keep = true
): Promise<Buffer> {
	if (!ownFileKey(f.key, archive.manifest.network.id) || f.file !== fileEntryName(f.key))
		throw archiveRefused('foreignRows');
	const chunks: Buffer[] = [];
	for await (const chunk of verifiedEntry(archive, f)) if (keep) chunks.push(chunk);
	return Buffer.concat(chunks);
}

function ownFileKey(key: unknown, networkId: string): boolean {
	if (typeof key !== 'string' || !key.startsWith(`${networkId}/`)) return false;
	try {
		checkFileKey(key);
		return true;
	} catch {
		return false;
	}
}

function summarise(archive: OpenedArchive): ArchiveSummary {
	const m = archive.manifest;
	return {
		network: m.network,
		createdAt: m.createdAt,
		migrations: m.app.migrations,
		tables: m.tables.map((t) => ({ name: t.name, rows: t.rows })),
		files: m.files.length,
		fileBytes: m.files.reduce((sum, f) => sum + f.bytes, 0),
		missingFiles: m.missingFiles.length
	};
}

/** The network's id (kept on import) or the chosen address already in this installation. */
async function refuseExisting(tx: Tx, archive: OpenedArchive, slug: string) {
	const found = await tx
		.select({ id: networks.id, slug: networks.slug })
		.from(networks)
		.where(or(eq(networks.id, archive.manifest.network.id), eq(networks.slug, slug)));
	if (found.some((n) => n.id === archive.manifest.network.id)) throw archiveRefused('alreadyHere');
	if (found.length > 0) throw new AppError('validation', { field: 'slug', message: 'archive.error.slugTaken' });
}

/**
 * Every table entry in this installation's foreign-key order, checked row by row (the row belongs
 * to the archive's network, its columns exist here, the counts match), handed on in batches.
 */
async function eachTable(
	archive: OpenedArchive,
	tables: ArchiveTable[],
	onBatch: (table: ArchiveTable, rows: Record<string, unknown>[]) => Promise<void>
) {
	const known = new Map(tables.map((t) => [t.name, t]));
	for (const t of archive.manifest.tables)
		if (!known.has(t.name)) throw archiveRefused('unknownTable', { table: t.name });
	const networkId = archive.manifest.network.id;
	for (const table of tables) {
		const listed = archive.manifest.tables.find((t) => t.name === table.name);
		if (!listed) continue;
		const columns = new Set(table.columns);
		const owner = table.name === 'networks' ? 'id' : 'network_id';
		let batch: Record<string, unknown>[] = [];
		let count = 0;
		for await (const row of tableRows(verifiedEntry(archive, listed))) {
			if (row[owner] !== networkId) throw archiveRefused('foreignRows', { table: table.name });
			for (const key of Object.keys(row))
				if (!columns.has(key)) throw archiveRefused('unknownTable', { table: `${table.name}.${key}` });
			// A stored file may only be one of this network's (never another network's file in the store).
			for (const c of table.fileKeyColumns)
				if (row[c] != null && !ownFileKey(row[c], networkId)) throw archiveRefused('foreignRows');
			// Links to accounts of another installation mean nothing here (and must not name accounts of this one).
			for (const c of table.nulledColumns) if (c in row) row[c] = null;
			batch.push(row);
			count++;
			if (batch.length === BATCH) {
				await onBatch(table, batch);
				batch = [];
			}
		}
		if (batch.length > 0) await onBatch(table, batch);
		if (count !== listed.rows || (table.name === 'networks' && count !== 1)) throw archiveRefused('checksum');
	}
}

/** One batch as one JSON parameter; PostgreSQL turns the JSON back into the column types. */
async function insertRows(tx: Tx, table: ArchiveTable, rows: Record<string, unknown>[]) {
	const present = new Set(rows.flatMap((r) => Object.keys(r)));
	const list = sql.raw(table.columns.filter((c) => present.has(c)).join(', '));
	const name = sql.raw(table.name);
	await tx.execute(
		sql`insert into ${name} (${list}) select ${list} from jsonb_populate_recordset(null::${name}, ${JSON.stringify(rows)}::jsonb)`
	);
}

/** Database refusals in terms of the archive: a row id already here, or rows that do not fit together. */
function refusalOf(e: unknown): unknown {
	if (isAppError(e)) return e;
	const code = sqlState(e);
	if (code === '23505') return archiveRefused('alreadyHere');
	if (code && /^(23|22)/.test(code)) return archiveRefused('inconsistent');
	return e;
}

function sqlState(e: unknown): string | undefined {
	for (let cur = e; cur && typeof cur === 'object'; cur = (cur as { cause?: unknown }).cause) {
		const code = (cur as { code?: unknown }).code;
		if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
	}
	return undefined;
}
