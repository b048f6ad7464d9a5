// `npm run bench:search`: national scale (570 networks, 200,000 offers) in PGlite and,
// with BENCH_DATABASE_URL (or TEST_DATABASE_URL), in PostgreSQL; 1,000 mixed queries;
// prints p50/p95/p99 of the server-side search and a baseline measured in the same run.
import { sql } from 'drizzle-orm';
import { performance } from 'node:perf_hooks';
import { createTestDatabase } from '../src/lib/server/db/testing';
import type { Database, DatabaseKind } from '../src/lib/server/db/client';
import { rowsOf, withSystem } from '../src/lib/server/db/scope';
import { NO_FILTERS, searchOffers, type OfferSearchInput } from '../src/lib/server/domains/offers/search-offers';
import { DEFAULT_SYNONYMS, DEFAULT_TOPICS } from '../src/lib/server/domains/taxonomy/default-taxonomy';
import { OFFER_TEMPLATES } from '../src/lib/server/demo/demo-offers';

const NETWORKS = Number(process.env.BENCH_NETWORKS ?? 570);
const OFFERS = Number(process.env.BENCH_OFFERS ?? 200_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1_000);

function percentile(sorted: number[], p: number) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
function stats(samples: number[]) {
	const s = [...samples].sort((a, b) => a - b);
	return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) };
}
const fmt = (n: number) => n.toFixed(2).padStart(7);

async function generate(database: Database) {
	const perNetwork = Math.ceil(OFFERS / NETWORKS);
	const templates = JSON.stringify(
		OFFER_TEMPLATES.map((t) => ({
			title: t.title,
			summary: t.summary,
			description: t.description,
			provider: t.provider,
			life_stages: t.lifeStages,
			topics: t.topics,
			type: t.type,
			languages: t.languages,
			cost_free: t.costFree
		}))
	);
	await withSystem(database.db, async (tx) => {
		await tx.execute(sql`
			insert into networks (slug, name, municipality, municipality_kind)
			select 'bench-' || n, 'Netzwerk ' || n, 'Kommune ' || n, 'stadt' from generate_series(1, ${NETWORKS}) n`);
		await tx.execute(sql`
			insert into districts (network_id, name, postcodes, lat, lng)
			select id, 'Bezirk ' || d, array[lpad(((row_number() over ()) % 90000 + 10000)::text, 5, '0')], 48 + (d * 0.01) + random(), 7 + random() * 6
			from networks, generate_series(1, 5) d`);
		await tx.execute(sql`
			insert into topics (network_id, slug, name, position)
			select n.id, t.slug, t.name, t.pos from networks n,
				jsonb_to_recordset(${JSON.stringify(DEFAULT_TOPICS.map((t, i) => ({ slug: t.slug, name: t.name, pos: i })))}::jsonb) as t(slug text, name text, pos int)`);
		await tx.execute(sql`
			insert into synonym_groups (network_id, terms)
			select n.id, array(select jsonb_array_elements_text(g)) from networks n, jsonb_array_elements(${JSON.stringify(DEFAULT_SYNONYMS)}::jsonb) g`);
		await tx.execute(sql`
			insert into offers (network_id, title, summary, description, life_stages, topics, offer_type, languages, cost_free, status, search_extra, verified_at, district_ids, lats, lngs)
			select n.id, t.title || case when i > 1 then ' ' || i else '' end, t.summary, t.description,
				array(select jsonb_array_elements_text(t.life_stages)), array(select jsonb_array_elements_text(t.topics)), t.type,
				array(select jsonb_array_elements_text(t.languages)), t.cost_free, 'published', t.provider || ' ' || n.name, now(),
				array[ds.ids[k.k]::text], array[ds.lats[k.k] + random() * 0.02], array[ds.lngs[k.k] + random() * 0.02]
			from networks n
			cross join lateral (select array_agg(d.id) ids, array_agg(d.lat) lats, array_agg(d.lng) lngs from districts d where d.network_id = n.id) ds
			cross join generate_series(1, ${Math.ceil(perNetwork / OFFER_TEMPLATES.length)}) i
			cross join jsonb_to_recordset(${templates}::jsonb) as t(title text, summary text, description text, provider text, life_stages jsonb, topics jsonb, type text, languages jsonb, cost_free boolean)
			cross join lateral (select 1 + floor(random() * cardinality(ds.ids))::int + 0 * i as k) k`);
		await tx.execute(sql`
			insert into offer_locations (network_id, offer_id, street, postcode, city, district_id, lat, lng)
			select o.network_id, o.id, 'Benchweg 1', d.postcodes[1], 'Stadt', d.id, o.lats[1], o.lngs[1]
			from offers o join districts d on d.id = o.district_ids[1]::uuid`);
		// District and coordinates go into the offer's insert above: an UPDATE of all offers rewrites
		// every generated search vector and runs PGlite out of memory at the full scale.
		await tx.execute(sql`
			insert into search_words (network_id, word, frequency)
			select network_id, word, count(*)::int from (
				select network_id, regexp_split_to_table(lower(nfh_unaccent(title || ' ' || summary || ' ' || search_extra)), '[^a-z0-9]+') as word from offers) w
			where length(word) >= 3 group by network_id, word`);
		await tx.execute(sql`analyze`);
	});
	const [row] = rowsOf<{ n: number }>(
		await withSystem(database.db, (tx) => tx.execute(sql`select count(*)::int as n from offers`))
	);
	return row!.n;
}

const WORDS = [
	'hebamme',
	'krabbelgruppe',
	'beratung',
	'elterncafe',
	'frühförderung',
	'sprachkurs',
	'elterngeld',
	'babymassage',
	'stillgruppe',
	'erziehungsberatung',
	'kinderarzt',
	'familienzentrum'
];
const TYPOS = ['hebame', 'kinderartz', 'krabelgruppe', 'schreibabby', 'fruhforderung', 'elterngelt'];
const SYNONYMS = ['pädiater', 'schreiambulanz', 'tagesmutter', 'deutschkurs'];
/** Issue 13: words in the page's language (its translations and German are searched, thesaurus). */
const MULTILINGUAL: [string, string][] = [
	['ebe', 'tr'],
	['midwife', 'en'],
	['crying baby', 'en'],
	['قابلة', 'ar'],
	['ماما', 'fa'],
	['акушерка', 'ru'],
	['дитячий садок', 'uk'],
	['położna', 'pl'],
	['Hebamme türkisch', 'de']
];
/** Issue 13: sentences as families type them (stop words, OR of the rest, compounds). */
const SENTENCES = [
	'mein Baby schreit ständig',
	'ich suche eine Hebamme in der Nähe',
	'wo gibt es Kinderturnen für meinen Sohn',
	'my baby cries all the time',
	'çocuk doktoru arıyorum',
	'nachhilfe für mein kind kostenlos'
];
const KINDS = ['plain word', 'typo', 'synonym', 'word + filters', 'near me (postcode)', 'multilingual', 'sentence'];

function queryMix(
	i: number,
	networks: { id: string; slug: string; name: string }[],
	districts: Map<string, { lat: number; lng: number }>
) {
	const network = networks[(i * 7919) % networks.length]!;
	const base: OfferSearchInput = { ...NO_FILTERS, q: '', page: 1 };
	const kind = i % KINDS.length;
	const [word, locale] = MULTILINGUAL[i % MULTILINGUAL.length]!;
	const input: OfferSearchInput =
		kind === 5
			? { ...base, q: word, locale }
			: kind === 6
				? { ...base, q: SENTENCES[i % SENTENCES.length]! }
				: kind === 0
					? { ...base, q: WORDS[i % WORDS.length]! }
					: kind === 1
						? { ...base, q: TYPOS[i % TYPOS.length]! }
						: kind === 2
							? { ...base, q: SYNONYMS[i % SYNONYMS.length]! }
							: kind === 3
								? { ...base, q: WORDS[i % WORDS.length]!, lifeStages: ['0-1'], costFree: true }
								: { ...base, q: i % 2 ? '' : 'beratung', origin: districts.get(network.id) ?? null };
	return { network, input };
}

async function run(kind: DatabaseKind) {
	console.log(`\n== ${kind} ==`);
	const database = await createTestDatabase(kind);
	try {
		let t = performance.now();
		const count = await generate(database);
		console.log(`generated ${NETWORKS} networks, ${count} offers in ${((performance.now() - t) / 1000).toFixed(1)} s`);
		const networks = rowsOf<{ id: string; slug: string; name: string }>(
			await withSystem(database.db, (tx) => tx.execute(sql`select id, slug, name from networks`))
		);
		const districts = new Map(
			rowsOf<{ network_id: string; lat: number; lng: number }>(
				await withSystem(database.db, (tx) =>
					tx.execute(sql`select distinct on (network_id) network_id, lat, lng from districts`)
				)
			).map((d) => [d.network_id, { lat: d.lat, lng: d.lng }])
		);
		// Warm-up, then the measured mix.
		for (let i = 0; i < 50; i++) {
			const { network, input } = queryMix(i, networks, districts);
			await searchOffers({ db: database.db, network, actor: null }, input);
		}
		const search: number[] = [];
		const byKind: number[][] = KINDS.map(() => []);
		const baseline: number[] = [];
		let hits = 0;
		for (let i = 0; i < QUERIES; i++) {
			const { network, input } = queryMix(i, networks, districts);
			t = performance.now();
			const result = await searchOffers({ db: database.db, network, actor: null }, input);
			search.push(performance.now() - t);
			byKind[i % KINDS.length]!.push(search[search.length - 1]!);
			if (result.total > 0) hits++;
			// Baseline in the same process and transaction shape: one indexed lookup of the network's offer count.
			t = performance.now();
			await withSystem(database.db, (tx) =>
				tx.execute(sql`select count(*) from offers where network_id = ${network.id} and status = 'published'`)
			);
			baseline.push(performance.now() - t);
		}
		const s = stats(search);
		const b = stats(baseline);
		console.log(`queries: ${QUERIES} (${hits} with results)`);
		console.log(`              p50 ms  p95 ms  p99 ms`);
		console.log(`search       ${fmt(s.p50)} ${fmt(s.p95)} ${fmt(s.p99)}`);
		console.log(`baseline     ${fmt(b.p50)} ${fmt(b.p95)} ${fmt(b.p99)}   (count of one network's offers)`);
		for (const [k, name] of KINDS.entries()) {
			const x = stats(byKind[k]!);
			console.log(`  ${name.padEnd(19)}${fmt(x.p50)} ${fmt(x.p95)} ${fmt(x.p99)}`);
		}
		console.log(`ratio p95 search/baseline: ${(s.p95 / b.p95).toFixed(1)}`);
		console.log(
			`target p95: ${kind === 'postgres' ? '≤ 10 ms' : '≤ 25 ms'} → ${s.p95 <= (kind === 'postgres' ? 10 : 25) ? 'met' : 'NOT met'}`
		);
	} finally {
		await database.close();
	}
}

process.env.TEST_DATABASE_URL ||= process.env.BENCH_DATABASE_URL ?? '';
if (process.env.BENCH_ONLY !== 'postgres') await run('pglite');
if (process.env.TEST_DATABASE_URL) await run('postgres');
else console.log('\n(no BENCH_DATABASE_URL / TEST_DATABASE_URL: PostgreSQL skipped)');
