// `npm run bench:reports`: one network with 5,000 published offers and 40 districts (outlines and
// population figures) in PGlite and, with BENCH_DATABASE_URL (or TEST_DATABASE_URL), in PostgreSQL
// (BENCH_ONLY=pglite|postgres runs one). Prints seconds for the coverage page's data, the
// Jahresbericht PDF and XLSX, and a ratio to a baseline measured in the same process: a trivial
// select through the same tenant transaction helper. Goals: page < 0.5 s, PDF < 5 s.
// BENCH_PDF_OUT=/tmp/x.pdf keeps the last PDF to look at.
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../src/lib/server/db/testing';
import type { DatabaseKind } from '../src/lib/server/db/client';
import { rowsOf, withSystem } from '../src/lib/server/db/scope';
import { tenantTx, type TenantContext } from '../src/lib/server/domains/shared/context';
import { ensureOfferDefaults } from '../src/lib/server/domains/taxonomy/default-taxonomy';
import { loadCoveragePage } from '../src/lib/server/domains/planning/coverage-page';
import { parseCoverageParams } from '../src/lib/server/domains/planning/coverage-filters';
import { buildAnnualReport } from '../src/lib/server/domains/planning/build-annual-report';
import { renderAnnualReportPdf } from '../src/lib/server/domains/planning/render-annual-report-pdf';
import { writeAnnualReportXlsx } from '../src/lib/server/domains/planning/write-annual-report-xlsx';

const OFFERS = Number(process.env.BENCH_OFFERS ?? 5_000);
const DISTRICTS = Number(process.env.BENCH_DISTRICTS ?? 40);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const YEAR = new Date().getFullYear();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const secs = (ms: number) => (ms / 1000).toFixed(3).padStart(7);

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
	const t = performance.now();
	const value = await fn();
	return [performance.now() - t, value];
}

async function generate(ctx: TenantContext) {
	const id = ctx.network.id;
	await withSystem(ctx.db, async (tx) => {
		await ensureOfferDefaults(tx, id);
		// 40 districts in an 8-column grid of squares (~1 km), each with an outline and figures.
		await tx.execute(sql`
			insert into districts (network_id, name, postcodes, lat, lng, geojson)
			select ${id}, 'Bezirk ' || lpad(d::text, 2, '0'), array[(40000 + d)::text],
				51.5 + ((d - 1) / 8) * 0.01, 7.1 + ((d - 1) % 8) * 0.015,
				jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
					jsonb_build_array(7.1 + ((d - 1) % 8) * 0.015, 51.5 + ((d - 1) / 8) * 0.01),
					jsonb_build_array(7.1 + ((d - 1) % 8) * 0.015 + 0.015, 51.5 + ((d - 1) / 8) * 0.01),
					jsonb_build_array(7.1 + ((d - 1) % 8) * 0.015 + 0.015, 51.5 + ((d - 1) / 8) * 0.01 + 0.01),
					jsonb_build_array(7.1 + ((d - 1) % 8) * 0.015, 51.5 + ((d - 1) / 8) * 0.01 + 0.01),
					jsonb_build_array(7.1 + ((d - 1) % 8) * 0.015, 51.5 + ((d - 1) / 8) * 0.01))))
			from generate_series(1, ${DISTRICTS}) d`);
		for (const year of [YEAR - 1, YEAR])
			await tx.execute(sql`
				insert into population_figures (network_id, district_id, year, births, children_0_3, children_3_6, children_0_3_sgb2)
				select network_id, id, ${year}, 40 + (random() * 160)::int, 120 + (random() * 480)::int,
					120 + (random() * 480)::int, 10 + (random() * 90)::int
				from districts where network_id = ${id}`);
		// Offers: a location district each, every fifth an Einzugsgebiet of two more, a few the whole network.
		await tx.execute(sql`
			with ds as (select array_agg(id::text order by name) ids from districts where network_id = ${id})
			insert into offers (network_id, title, summary, description, life_stages, topics, offer_type, prevention_level,
				languages, cost_free, status, verified_at, district_ids, service_district_ids, serves_whole_network)
			select ${id}, 'Angebot ' || i, 'Kurzbeschreibung ' || i, 'Beschreibung',
				case i % 5 when 0 then array['schwangerschaft','0-1'] when 1 then array['0-1','1-3'] when 2 then array['1-3','kita']
					when 3 then array['kita','grundschule'] else array['uebergreifend'] end,
				array['beratung'], (array['kurs','beratung','hausbesuch','gruppe'])[1 + i % 4],
				(array['universell','selektiv','indiziert'])[1 + i % 3], array['de'], true, 'published',
				now() - ((i % 400) || ' days')::interval,
				array[ds.ids[1 + i % ${DISTRICTS}]],
				case when i % 5 = 0 then array[ds.ids[1 + (i + 7) % ${DISTRICTS}], ds.ids[1 + (i + 13) % ${DISTRICTS}]] else array[]::text[] end,
				i % 250 = 0
			from ds, generate_series(1, ${OFFERS}) i`);
		await tx.execute(sql`
			insert into search_stats (network_id, day, term, filters, result_count, searches)
			select ${id}, make_date(${YEAR}, 1 + i % 11, 1 + i % 27), 'suchwort ' || (i % 60), 'lebensphase=0-1', (i % 4), 1 + i % 9
			from generate_series(1, 2000) i`);
		await tx.execute(sql`analyze`);
	});
	const [row] = rowsOf<{ n: number }>(
		await withSystem(ctx.db, (tx) => tx.execute(sql`select count(*)::int as n from offers where network_id = ${id}`))
	);
	return row!.n;
}

async function run(kind: DatabaseKind) {
	console.log(`\n== ${kind} ==`);
	const database = await createTestDatabase(kind);
	try {
		const [network] = rowsOf<{ id: string; slug: string; name: string }>(
			await withSystem(database.db, (tx) =>
				tx.execute(sql`insert into networks (slug, name, municipality, municipality_kind)
					values ('bench', 'Netzwerk Frühe Hilfen Benchstadt', 'Benchstadt', 'stadt') returning id, slug, name`)
			)
		);
		const ctx: TenantContext = {
			db: database.db,
			network: network!,
			actor: {
				userId: randomUUID(),
				email: 'koordination@example.org',
				name: 'Bench',
				grants: [{ role: 'coordinator', networkId: network!.id, organisationId: null }]
			}
		};
		const [genMs, count] = await timed(() => generate(ctx));
		console.log(`generated ${count} offers, ${DISTRICTS} districts in ${secs(genMs)} s`);

		const baseline: number[] = [];
		for (let i = 0; i < 20; i++)
			baseline.push((await timed(() => tenantTx(ctx, (tx) => tx.execute(sql`select 1`))))[0]);
		const request = parseCoverageParams(new URLSearchParams());
		await loadCoveragePage(ctx, request); // warm-up
		const page: number[] = [];
		const data: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			page.push((await timed(() => loadCoveragePage(ctx, request)))[0]);
			data.push((await timed(() => buildAnnualReport(ctx, YEAR)))[0]);
		}
		const pdf: number[] = [];
		const xlsx: number[] = [];
		let last: Buffer | null = null;
		for (let i = 0; i < Math.min(RUNS, 3); i++) {
			const [ms, file] = await timed(async () => renderAnnualReportPdf(await buildAnnualReport(ctx, YEAR)));
			pdf.push(ms);
			last = file;
			xlsx.push((await timed(async () => writeAnnualReportXlsx(await buildAnnualReport(ctx, YEAR))))[0]);
		}
		if (process.env.BENCH_PDF_OUT && last) fs.writeFileSync(process.env.BENCH_PDF_OUT, last);
		const b = median(baseline);
		const line = (name: string, xs: number[], goal?: number) => {
			const m = median(xs);
			const verdict = goal === undefined ? '' : `  goal < ${goal} s → ${m / 1000 < goal ? 'met' : 'NOT met'}`;
			console.log(
				`${name.padEnd(26)}${secs(m)} s (median of ${xs.length}, max ${secs(Math.max(...xs))})  ×${(m / b).toFixed(0)} baseline${verdict}`
			);
		};
		console.log(`baseline (select 1 in a tenant transaction): ${secs(b)} s (median of 20)`);
		line('coverage page data', page, 0.5);
		line('Jahresbericht data', data);
		line('Jahresbericht PDF', pdf, 5);
		line('Jahresbericht XLSX', xlsx);
		if (last) console.log(`PDF size: ${(last.length / 1024).toFixed(0)} KiB`);
	} finally {
		await database.close();
	}
}

process.env.TEST_DATABASE_URL ||= process.env.BENCH_DATABASE_URL ?? '';
const only = process.env.BENCH_ONLY;
if (only !== 'postgres') await run('pglite');
if (only !== 'pglite') {
	if (process.env.TEST_DATABASE_URL) await run('postgres');
	else console.log('\n(no BENCH_DATABASE_URL / TEST_DATABASE_URL: PostgreSQL skipped)');
}
