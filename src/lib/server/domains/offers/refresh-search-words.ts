import { sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';

/** Rebuilds the network's lexicon of words in published offers (typo correction, "Meinten Sie …?"). */
export async function refreshSearchWords(tx: Tx, networkId: string): Promise<void> {
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
