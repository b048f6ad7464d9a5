// `npm run bench:import`: 10,000 offers from one XLSX file (and the same as CSV) into a fresh
// network — dry run, then the all-or-nothing import — in PGlite and, with BENCH_DATABASE_URL
// (or TEST_DATABASE_URL), in PostgreSQL. Target: ≤ 10 s per file. Baseline in the same run:
// a plain multi-row INSERT of the same number of minimal offer rows.
import { sql } from 'drizzle-orm';
import { performance } from 'node:perf_hooks';
import { createTestDatabase } from '../src/lib/server/db/testing';
import type { Database, DatabaseKind } from '../src/lib/server/db/client';
import { withSystem } from '../src/lib/server/db/scope';
import { districts, networks, roleAssignments, users } from '../src/lib/server/db/schema';
import { loadActor } from '../src/lib/server/domains/shared/actor';
import { ensureOfferDefaults } from '../src/lib/server/domains/taxonomy/default-taxonomy';
import { OFFER_TEMPLATES } from '../src/lib/server/demo/demo-offers';
import { offerColumns } from '../src/lib/server/domains/exchange/offer-columns';
import { writeCsv } from '../src/lib/server/domains/exchange/write-csv';
import { writeXlsx } from '../src/lib/server/domains/exchange/write-xlsx';
import { runImport, stageImport } from '../src/lib/server/domains/exchange/run-import';
import type { TenantContext } from '../src/lib/server/domains/shared/context';

const OFFERS = Number(process.env.BENCH_IMPORT_OFFERS ?? 10_000);
const DISTRICTS = ['Altstadt', 'Nordviertel', 'Südstadt', 'Westend', 'Ostpark'];

function rows(): { headers: string[]; cells: string[][] } {
	const columns = offerColumns(3);
	const cells = Array.from({ length: OFFERS }, (_, i) => {
		const t = OFFER_TEMPLATES[i % OFFER_TEMPLATES.length]!;
		const d = DISTRICTS[i % DISTRICTS.length]!;
		const values: Record<string, string> = {
			'Externe ID': `BENCH-${i}`,
			Titel: `${t.title} ${i}`,
			Kurzbeschreibung: t.summary,
			Beschreibung: t.description,
			Anbieter: `${t.provider} ${i % 400}`,
			Lebensphasen: t.lifeStages.join(', '),
			Angebotsart: t.type,
			Präventionsebene: t.prevention,
			Kostenlos: t.costFree ? 'ja' : 'nein',
			Kosten: t.costFree ? '' : '5 € pro Termin',
			'Weitere Sprachen': t.languages.filter((l) => l !== 'de').join(', '),
			Montag: '09:00-12:00',
			Mittwoch: '14:00-17:00',
			Telefon: `030 23125 ${String(i % 1000).padStart(3, '0')}`,
			'E-Mail': `angebot${i}@example.org`,
			'Ort 1 Straße': `Beispielweg ${1 + (i % 90)}`,
			'Ort 1 PLZ': String(12345 + (i % 5)),
			'Ort 1 Ort': 'Musterstadt',
			'Ort 1 Stadtteil': d
		};
		return columns.map((c) => values[c.header] ?? '');
	});
	return { headers: columns.map((c) => c.header), cells };
}

async function setup(database: Database): Promise<TenantContext> {
	return withSystem(database.db, async (tx) => {
		const [network] = await tx
			.insert(networks)
			.values({
				slug: `bench-import-${Date.now()}`,
				name: 'Netzwerk Musterstadt',
				municipality: 'Musterstadt',
				municipalityKind: 'stadt'
			})
			.returning();
		await ensureOfferDefaults(tx, network!.id);
		await tx
			.insert(districts)
			.values(DISTRICTS.map((name, i) => ({ networkId: network!.id, name, postcodes: [String(12345 + i)] })));
		const [user] = await tx
			.insert(users)
			.values({ email: `bench-${network!.id}@example.org`, name: 'Benchmark' })
			.returning();
		await tx.insert(roleAssignments).values({ userId: user!.id, role: 'coordinator', networkId: network!.id });
		return { db: database.db, network: network!, actor: (await loadActor(tx, user!.id))! };
	});
}

async function measure(kind: DatabaseKind, files: { format: string; bytes: Buffer }[]) {
	const database = await createTestDatabase(kind);
	try {
		for (const file of files) {
			const ctx = await setup(database);
			let t0 = performance.now();
			const staged = await stageImport(ctx, { kind: 'offers', filename: `bench.${file.format}`, bytes: file.bytes });
			const dry = performance.now() - t0;
			if (staged.report.errors.length) throw new Error(JSON.stringify(staged.report.errors.slice(0, 3)));
			t0 = performance.now();
			const done = await runImport(ctx, staged.uploadId, staged.mapping);
			const write = performance.now() - t0;
			if (!done.report.committed || done.report.created !== OFFERS) throw new Error('import did not write every row');
			// Re-import of the same file: every row is recognised (unchanged rows are checked, not written).
			const again = await stageImport(ctx, { kind: 'offers', filename: `bench.${file.format}`, bytes: file.bytes });
			t0 = performance.now();
			const updated = await runImport(ctx, again.uploadId, again.mapping);
			const rewrite = performance.now() - t0;
			if (updated.report.updated + updated.report.unchanged !== OFFERS)
				throw new Error('re-import did not recognise every row');
			console.log(
				`${kind.padEnd(8)} ${file.format.padEnd(5)} dry run ${(dry / 1000).toFixed(2)} s · import ${(write / 1000).toFixed(2)} s · total ${((dry + write) / 1000).toFixed(2)} s · re-import (same file) ${(rewrite / 1000).toFixed(2)} s`
			);
		}
		const ctx = await setup(database);
		const t0 = performance.now();
		await withSystem(database.db, async (tx) => {
			for (let i = 0; i < OFFERS; i += 1000) {
				await tx.execute(sql`insert into offers (network_id, title, summary, offer_type, status)
					select ${ctx.network.id}, 'Baseline ' || n, 'Kurz', 'beratung', 'published' from generate_series(${i}::int, ${Math.min(OFFERS, i + 1000) - 1}::int) n`);
			}
		});
		const baseline = performance.now() - t0;
		console.log(
			`${kind.padEnd(8)} baseline: plain INSERT of ${OFFERS} minimal offers ${(baseline / 1000).toFixed(2)} s`
		);
	} finally {
		await database.close();
	}
}

const { headers, cells } = rows();
const files = [
	{ format: 'xlsx', bytes: await writeXlsx('Angebote', headers, cells) },
	{ format: 'csv', bytes: writeCsv(headers, cells) }
];
console.log(
	`${OFFERS} offers: XLSX ${(files[0]!.bytes.length / 1e6).toFixed(1)} MB, CSV ${(files[1]!.bytes.length / 1e6).toFixed(1)} MB (target: dry run + import ≤ 10 s)`
);
if (!process.env.BENCH_ONLY_PG) await measure('pglite', files);
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) {
	process.env.TEST_DATABASE_URL = url;
	await measure('postgres', files);
}
