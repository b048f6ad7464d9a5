import { sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';

/**
 * One advisory lock per network's lexicon: offer writes take it shared (they only add and
 * subtract their own words, row by row), a full rebuild takes it exclusively so it never
 * interleaves with a write's delta. Held until the transaction ends.
 */
const LEXICON_LOCK = 7_240_318;
const lexiconLock = (networkId: string, mode: 'shared' | 'exclusive') =>
	mode === 'shared'
		? sql`select pg_advisory_xact_lock_shared(${LEXICON_LOCK}, hashtext(${networkId}))`
		: sql`select pg_advisory_xact_lock(${LEXICON_LOCK}, hashtext(${networkId}))`;

/** The text of an offer that feeds the lexicon: only published offers count. */
export function lexiconText(
	row: { status: string; title: string; summary: string; searchExtra: string } | null | undefined
): string {
	return row && row.status === 'published' ? `${row.title} ${row.summary} ${row.searchExtra}` : '';
}

/** Rebuilds the network's lexicon of words in published offers (typo correction, "Meinten Sie …?"). */
export async function refreshSearchWords(tx: Tx, networkId: string): Promise<void> {
	await tx.execute(lexiconLock(networkId, 'exclusive'));
	await tx.execute(sql`delete from search_words where network_id = ${networkId}`);
	await tx.execute(sql`
		insert into search_words (network_id, word, frequency)
		select ${networkId}::uuid, word, count(*)::int
		from (
			select regexp_split_to_table(lower(nfh_unaccent(title || ' ' || summary || ' ' || search_extra)), '[^a-z0-9]+') as word
			from offers where network_id = ${networkId} and status = 'published'
		) w
		where length(word) >= 3
		group by word`);
}

/**
 * Keeps the lexicon up to date for one written offer: subtracts the words of its text before,
 * adds those after. Only the changed words' rows are touched, in word order (concurrent writers
 * wait for each other's rows instead of deadlocking), and ON CONFLICT makes a word two writers
 * bring at once one row. Same result as `refreshSearchWords`, without reading the whole network.
 */
export async function updateSearchWords(tx: Tx, networkId: string, before: string, after: string): Promise<void> {
	if (before === after) return;
	await tx.execute(lexiconLock(networkId, 'shared'));
	const words = (text: string) => sql`regexp_split_to_table(lower(nfh_unaccent(${text}::text)), '[^a-z0-9]+')`;
	const changed = await tx.execute(sql`
		insert into search_words (network_id, word, frequency)
		select ${networkId}::uuid, word, sum(delta)::int
		from (
			select ${words(before)} as word, -1 as delta
			union all
			select ${words(after)}, 1
		) w
		where length(word) >= 3
		group by word
		having sum(delta) <> 0
		order by word
		on conflict (network_id, word) do update set frequency = search_words.frequency + excluded.frequency
		returning word, frequency`);
	const gone = rowsOf<{ word: string; frequency: number }>(changed)
		.filter((r) => r.frequency <= 0)
		.map((r) => r.word);
	if (gone.length > 0) {
		await tx.execute(
			sql`delete from search_words where network_id = ${networkId} and word = any(string_to_array(${gone.join(',')}, ',')) and frequency <= 0`
		);
	}
}
