import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import type { Tx } from './client';

const NAMES = new Map<string, string>();

/** A statement's name: the same text always gets the same name (the pg driver refuses one name for two texts). */
function nameOf(text: string): string {
	let name = NAMES.get(text);
	if (!name) {
		if (NAMES.size >= 5_000) NAMES.clear();
		name = `nfh_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
		NAMES.set(text, name);
	}
	return name;
}

/**
 * `tx.execute(query)` as a named (prepared) statement: on PostgreSQL each connection parses it
 * once, and after a few executions the server keeps its generic plan, so a hot statement such as
 * the portal search is neither parsed nor planned again. Only for statements whose text comes
 * from a small set of shapes (values are parameters): every distinct text stays prepared on every
 * pooled connection. PGlite runs it as an ordinary query. Drizzle has no public API for a named
 * raw statement, so this goes through the transaction's session as `tx.execute` itself does.
 */
export async function executePrepared(tx: Tx, query: SQL): Promise<unknown> {
	const session = (tx as unknown as { _: { session: PgSession } })._.session;
	const { dialect } = session as unknown as { dialect: PgDialect };
	const compiled = dialect.sqlToQuery(query);
	return session.prepareQuery(compiled, undefined, nameOf(compiled.sql), false).execute();
}
