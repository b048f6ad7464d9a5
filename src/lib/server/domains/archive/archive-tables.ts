import { sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';

/**
 * Which tables a network archive holds, read from the catalogue (pg_class, pg_attribute,
 * pg_constraint) so a table added by a later migration is in the archive without a change here:
 * `networks` (the network's own row) and every table with a `network_id` column, in an order
 * where each table comes after the tables its foreign keys point at.
 */
export type ArchiveTable = {
	name: string;
	/** Columns written and read back: all but generated ones and the omitted link-token columns. */
	columns: string[];
	/** Sort order of the rows (the primary key), so two exports of the same data are byte-identical. */
	orderBy: string[];
	/** Columns that hold a file store key (`storage_key`, `file_key`, `scan_key` …): the files go along. */
	fileKeyColumns: string[];
	/** Columns pointing at rows outside the archive (accounts): exported as null. */
	nulledColumns: string[];
};

/**
 * Tables with a network_id that stay behind, with the reason the manifest gives. Accounts are not
 * exported (no password hashes, TOTP secrets, sessions or role grants leave the installation): the
 * operator invites the coordinators of an imported network again.
 */
export const EXCLUDED_TABLES: Record<string, string> = {
	role_assignments: 'accounts: roles belong to accounts of this installation; invite the coordination again',
	outbox: 'mail: messages carry personal links and must not be sent again from another installation',
	offer_confirmations: 'single-use "still current" link tokens',
	import_uploads: 'staged spreadsheet uploads (temporary)'
};

/** Columns left out of every table: hashes of personal links (RSVP, signing, registration, opt-out). */
export const OMITTED_COLUMN = /token_hashes$/;

const NAME = /^[a-z_][a-z0-9_]*$/;

type CatalogueRow = { name: string; columns: string[]; pk: string[] | null };
type ForeignKey = { source: string; target: string; columns: string[] };

/**
 * A file store key's column: `storage_key`, `file_key`, `scan_key` (and `…_storage_key` …). Other
 * keys (a retention rule's `rule_key`) are plain text.
 */
const FILE_KEY_COLUMN = /(^|_)(storage|file|scan)_key$/;

/** The archive's tables in foreign-key order (a table after every table it references). */
export async function listArchiveTables(tx: Tx): Promise<ArchiveTable[]> {
	const found = rowsOf<CatalogueRow>(
		await tx.execute(sql`
			select c.relname as name,
				array(select a.attname::text from pg_attribute a
					where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
					order by a.attnum) as columns,
				array(select a.attname::text from pg_index i
					join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
					where i.indrelid = c.oid and i.indisprimary
					order by array_position(i.indkey::int2[], a.attnum)) as pk
			from pg_class c
			where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
				and (c.relname = 'networks' or exists (select 1 from pg_attribute a
					where a.attrelid = c.oid and a.attname = 'network_id' and not a.attisdropped))
			order by c.relname`)
	).filter((t) => !(t.name in EXCLUDED_TABLES));
	const names = new Set(found.map((t) => t.name));
	const keys = rowsOf<ForeignKey>(
		await tx.execute(sql`
			select c.conrelid::regclass::text as source, c.confrelid::regclass::text as target,
				array(select a.attname::text from pg_attribute a
					where a.attrelid = c.conrelid and a.attnum = any(c.conkey)) as columns
			from pg_constraint c
			where c.contype = 'f' and c.connamespace = 'public'::regnamespace`)
	);
	const tables = found.map((t): ArchiveTable => {
		for (const n of [t.name, ...t.columns]) if (!NAME.test(n)) throw new Error(`unexpected name ${n}`);
		const columns = t.columns.filter((c) => !OMITTED_COLUMN.test(c));
		const outside = keys.filter((k) => k.source === t.name && !names.has(k.target));
		return {
			name: t.name,
			columns,
			orderBy: t.pk && t.pk.length > 0 ? t.pk : columns,
			fileKeyColumns: columns.filter((c) => FILE_KEY_COLUMN.test(c)),
			nulledColumns: [
				...new Set(
					outside
						.filter((k) => k.target !== 'networks')
						.flatMap((k) => k.columns)
						.filter((c) => c !== 'network_id')
				)
			]
		};
	});
	return inDependencyOrder(tables, keys);
}

/** Topological order (Kahn); self-references do not count. */
function inDependencyOrder(tables: ArchiveTable[], keys: ForeignKey[]): ArchiveTable[] {
	const byName = new Map(tables.map((t) => [t.name, t]));
	const needs = new Map(tables.map((t) => [t.name, new Set<string>()]));
	for (const k of keys)
		if (k.source !== k.target && byName.has(k.source) && byName.has(k.target)) needs.get(k.source)!.add(k.target);
	const ordered: ArchiveTable[] = [];
	while (needs.size > 0) {
		const ready = [...needs].filter(([, n]) => n.size === 0).map(([name]) => name);
		if (ready.length === 0) throw new Error(`foreign keys in a circle: ${[...needs.keys()].join(', ')}`);
		for (const name of ready.sort()) {
			ordered.push(byName.get(name)!);
			needs.delete(name);
			for (const n of needs.values()) n.delete(name);
		}
	}
	return ordered;
}
