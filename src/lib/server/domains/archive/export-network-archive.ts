import { createHash } from 'node:crypto';
import { Readable, Transform, pipeline } from 'node:stream';
import archiver, { type Archiver } from 'archiver';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { migrationJournal } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import { networks } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { hasRole, type Actor } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import type { FileStore } from '$lib/server/domains/documents/file-store';
import { checkFileKey } from '$lib/server/domains/documents/file-keys';
import { EXCLUDED_TABLES, OMITTED_COLUMN, listArchiveTables, type ArchiveTable } from './archive-tables';
import {
	ACCOUNTS_NOTE,
	ARCHIVE_FORMAT,
	ARCHIVE_FORMAT_VERSION,
	MANIFEST_NAME,
	fileEntryName,
	tableEntryName,
	type Manifest
} from './archive-manifest';

export type ArchiveExportContext = { db: Db; actor: Actor | null; files: FileStore; now?: Date };

/** Rows per query: a table of any size is read in pieces of this many rows. */
const BATCH = 500;

type NetworkHead = { id: string; slug: string; name: string };

/**
 * The whole network as one ZIP stream (ADR 0031): tables row batch by row batch, files piped
 * from the store one after the other, the manifest with counts and checksums last. Nothing is
 * held in memory beyond one batch of rows or one chunk of a file. The coordination of the
 * network or the operator may export; the export is audited once the archive is complete.
 */
export async function exportNetworkArchive(
	ctx: ArchiveExportContext,
	networkId: string
): Promise<{ filename: string; stream: Readable }> {
	if (!ctx.actor) throw new AppError('unauthenticated');
	if (!hasRole(ctx.actor, 'operator') && !hasRole(ctx.actor, 'coordinator', networkId)) throw new AppError('forbidden');
	const { network, tables } = await withSystem(ctx.db, async (tx) => ({
		network: (
			await tx
				.select({ id: networks.id, slug: networks.slug, name: networks.name })
				.from(networks)
				.where(eq(networks.id, networkId))
		)[0],
		tables: await listArchiveTables(tx)
	}));
	if (!network) throw new AppError('not_found');
	const now = ctx.now ?? new Date();
	const zip = archiver('zip', { zlib: { level: 6 } });
	writeArchive(ctx, zip, network, tables, now).catch((e: unknown) => {
		console.error('[archive] export of', network.slug, 'ended:', e instanceof Error ? e.message : e);
		if (!zip.destroyed) zip.destroy(e instanceof Error ? e : new Error(String(e)));
	});
	return { filename: `netzwerk-${network.slug}-${now.toISOString().slice(0, 10)}.zip`, stream: zip };
}

async function writeArchive(
	ctx: ArchiveExportContext,
	zip: Archiver,
	network: NetworkHead,
	tables: ArchiveTable[],
	now: Date
) {
	// One entry at a time: the next source opens only when archiver has written the last one. When the
	// download ends early (the browser went away), the open source is closed and the export stops.
	const append = (source: Readable | Buffer, name: string) =>
		new Promise<void>((resolve, reject) => {
			const done = (error?: Error) => {
				zip.off('entry', onEntry);
				zip.off('error', done);
				zip.off('close', onClose);
				if (!error) resolve();
				else {
					if (source instanceof Readable) source.destroy();
					reject(error);
				}
			};
			const onEntry = (e: { name: string }) => e.name === name && done();
			const onClose = () => done(new Error('download ended before the archive was complete'));
			zip.on('entry', onEntry);
			zip.once('error', done);
			zip.once('close', onClose);
			zip.append(source, { name, date: now });
		});
	const manifest: Manifest = {
		format: ARCHIVE_FORMAT,
		formatVersion: ARCHIVE_FORMAT_VERSION,
		app: (({ count, lastTag }) => ({ migrations: count, lastMigration: lastTag }))(migrationJournal()),
		createdAt: now.toISOString(),
		network,
		tables: [],
		files: [],
		missingFiles: [],
		excludedTables: EXCLUDED_TABLES,
		omittedColumns: `columns matching ${OMITTED_COLUMN.source} (hashes of personal links)`,
		nulledColumns: Object.fromEntries(
			tables.filter((t) => t.nulledColumns.length).map((t) => [t.name, t.nulledColumns])
		),
		accounts: ACCOUNTS_NOTE
	};
	const keys = new Set<string>();
	for (const table of tables) {
		const hash = createHash('sha256');
		const tally = { rows: 0, bytes: 0 };
		const lines = tableLines(ctx.db, network.id, table, keys, tally);
		const source = Readable.from(
			(async function* () {
				for await (const text of lines) {
					const chunk = Buffer.from(text, 'utf8');
					hash.update(chunk);
					tally.bytes += chunk.length;
					yield chunk;
				}
			})()
		);
		const file = tableEntryName(table.name);
		await append(source, file);
		manifest.tables.push({ name: table.name, file, rows: tally.rows, bytes: tally.bytes, sha256: hash.digest('hex') });
	}
	for (const key of [...keys].sort()) {
		const stored = await ctx.files.getStream(checkFileKey(key));
		if (!stored) {
			manifest.missingFiles.push(key);
			continue;
		}
		const hash = createHash('sha256');
		let bytes = 0;
		const counted = new Transform({
			transform(chunk: Buffer, _encoding, done) {
				hash.update(chunk);
				bytes += chunk.length;
				done(null, chunk);
			}
		});
		pipeline(stored, counted, (e) => {
			if (e && !zip.destroyed) zip.destroy(e);
		});
		const file = fileEntryName(key);
		await append(counted, file);
		manifest.files.push({ key, file, bytes, sha256: hash.digest('hex') });
	}
	await append(Buffer.from(JSON.stringify(manifest, null, '\t') + '\n', 'utf8'), MANIFEST_NAME);
	await zip.finalize();
	await withSystem(ctx.db, (tx) =>
		recordAudit(tx, {
			networkId: network.id,
			actorUserId: ctx.actor!.userId,
			action: 'export',
			entity: 'network_archive',
			entityId: network.id,
			after: { tables: manifest.tables.length, files: manifest.files.length }
		})
	);
}

/** A table as the lines of a JSON array, one row per line, read in batches ordered by the primary key. */
async function* tableLines(
	db: Db,
	networkId: string,
	table: ArchiveTable,
	keys: Set<string>,
	tally: { rows: number }
): AsyncGenerator<string> {
	const select = sql.raw(
		table.columns.map((c) => (table.nulledColumns.includes(c) ? `null as ${c}` : `t.${c}`)).join(', ')
	);
	const order = sql.raw(table.orderBy.map((c) => `x.${c}`).join(', '));
	const inner = sql.raw(table.orderBy.map((c) => `t.${c}`).join(', '));
	const keyList = sql.raw(
		table.fileKeyColumns.length
			? `array[${table.fileKeyColumns.map((c) => `x.${c}`).join(', ')}]::text[]`
			: `'{}'::text[]`
	);
	const where = table.name === 'networks' ? sql`t.id = ${networkId}` : sql`t.network_id = ${networkId}`;
	yield '[\n';
	for (let offset = 0; ; offset += BATCH) {
		const rows = await withSystem(db, async (tx) => {
			// Instants as UTC text, whatever the server's zone: two installations write the same bytes.
			await tx.execute(sql`set local time zone 'UTC'`);
			return rowsOf<{ r: string; keys: (string | null)[] }>(
				await tx.execute(sql`select to_jsonb(x)::text as r, ${keyList} as keys from (
					select ${select} from ${sql.raw(table.name)} t where ${where}
					order by ${inner} limit ${BATCH} offset ${offset}) x order by ${order}`)
			);
		});
		for (const row of rows) {
			yield (tally.rows === 0 ? '' : ',\n') + row.r;
			tally.rows++;
			for (const k of row.keys) if (k) keys.add(k);
		}
		if (rows.length < BATCH) break;
	}
	yield '\n]\n';
}
