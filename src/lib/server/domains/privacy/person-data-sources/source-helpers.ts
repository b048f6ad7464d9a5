import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import type { MessageKey } from '$lib/i18n';
import type { TenantContext } from '$lib/server/domains/shared/context';

/** Whom the coordinator looks for: an exact e-mail address (lower case) and/or a name (case and accents ignored). */
export type PersonQuery = { email: string | null; name: string | null };

/** What an erasure does with one record; `keep` and `refuse` carry the reason the preview shows. */
export type ErasureAction =
	| { kind: 'delete' }
	| { kind: 'anonymise' }
	| { kind: 'keep'; reason: MessageKey }
	| { kind: 'refuse'; reason: MessageKey };

/** One place where something about the person is stored. */
export type PersonRecord = {
	/** The row's id (or key) inside its source. */
	id: string;
	/** A readable line naming the record ("Ansprechperson bei …"). */
	label: string;
	/** Everything stored about the person in this record, as shown and exported. */
	data: Record<string, unknown>;
	action: ErasureAction;
	/** Names and addresses as stored here (they may differ in case or accents from the query): replaced in free texts. */
	strings?: string[];
};

/** What an erasure run hands every source. */
export type ErasureRun = {
	ctx: TenantContext;
	query: PersonQuery;
	/** "Person gelöscht 2026-12-04 #1a2b3c4d": replaces names in what is kept for its own sake (audit log, free texts). */
	pseudonym: string;
	/** Every name and address of the person found in any source (matching case-insensitively). */
	needles: string[];
	/** Ids of the accounts being deleted in this run (their traces as actors go too). */
	userIds: string[];
	now: Date;
	/** File store keys to remove once the transaction has committed. */
	files: string[];
};

/**
 * A source of personal data (one place, one file). `find` lists the person's records with what
 * an erasure would do; `erase` carries out `delete`/`anonymise` for the records given (the others
 * are left alone). Adding a place means adding one source to `person-sources.ts`.
 */
export type PersonSource = {
	key: string;
	title: MessageKey;
	find(tx: Tx, ctx: TenantContext, q: PersonQuery): Promise<PersonRecord[]>;
	erase(tx: Tx, run: ErasureRun, records: PersonRecord[]): Promise<void>;
};

/** `column` is the address (case ignored); false when no address was asked for. */
export function emailIs(column: SQL | unknown, q: PersonQuery): SQL {
	return q.email ? sql`lower(${column}) = ${q.email}` : sql`false`;
}

/** `column` is the name, ignoring case, accents and extra spaces; false when no name was asked for. */
export function nameIs(column: SQL | unknown, q: PersonQuery): SQL {
	return q.name
		? sql`nfh_unaccent(lower(regexp_replace(trim(${column}), ${'\\s+'}, ' ', 'g'))) = nfh_unaccent(lower(${q.name}))`
		: sql`false`;
}

const likeEscape = (s: string) => s.replace(/[%_\\]/g, '\\$&');

/** `column` (text, or jsonb/array cast to text) contains the address or the name anywhere. */
export function mentions(column: SQL | unknown, q: PersonQuery): SQL {
	const parts: SQL[] = [];
	if (q.email) parts.push(sql`${column}::text ilike ${`%${likeEscape(q.email)}%`}`);
	if (q.name) parts.push(sql`nfh_unaccent(${column}::text) ilike nfh_unaccent(${`%${likeEscape(q.name)}%`})`);
	return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** Either: the address equals `emailColumn` or the name equals `nameColumn`. */
export function personIs(emailColumn: SQL | unknown, nameColumn: SQL | unknown, q: PersonQuery): SQL {
	return sql`(${emailIs(emailColumn, q)} or ${nameIs(nameColumn, q)})`;
}

/**
 * Runs `fn` as the system role inside the caller's transaction: the outbox, the audit log and
 * accounts are not writable by the tenant role. Every statement in `fn` names the network itself.
 */
export async function asSystem<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
	await tx.execute(sql`select set_config('role', 'nfh_system', true)`);
	try {
		return await fn();
	} finally {
		await tx.execute(sql`select set_config('role', 'nfh_app', true)`);
	}
}

function escapeRegExp(s: string) {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `text` with every needle (case ignored, longest first) replaced by `by`. */
export function replaceNeedles(text: string, needles: string[], by: string): string {
	let out = text;
	for (const n of [...needles].filter(Boolean).sort((a, b) => b.length - a.length))
		out = out.replace(new RegExp(escapeRegExp(n), 'giu'), by);
	return out;
}

/** A JSON value with the needles replaced in every string (keys included). */
export function replaceInJson(value: unknown, needles: string[], by: string): unknown {
	if (typeof value === 'string') return replaceNeedles(value, needles, by);
	if (Array.isArray(value)) return value.map((v) => replaceInJson(v, needles, by));
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([k, v]) => [replaceNeedles(k, needles, by), replaceInJson(v, needles, by)])
		);
	return value;
}

/** Ids of the records an erasure changes (delete or anonymise). */
export function idsTo(records: PersonRecord[], kind: 'delete' | 'anonymise'): string[] {
	return records.filter((r) => r.action.kind === kind).map((r) => r.id);
}
