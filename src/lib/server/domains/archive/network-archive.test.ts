import fs from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '$lib/server/db/client';
import { migrationJournal } from '$lib/server/db/client';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import { seedDemoData } from '$lib/server/demo/seed-demo-data';
import S3rver from 's3rver';
import { localFileStore } from '$lib/server/domains/documents/local-file-store';
import { s3FileStore } from '$lib/server/domains/documents/s3-file-store';
import type { FileStore } from '$lib/server/domains/documents/file-store';
import type { Actor } from '$lib/server/domains/shared/actor';
import { isAppError } from '$lib/server/errors';
import { countFiles, createOperator, entriesOf, saveStream, tempDir } from '$tests/archive-fixtures';
import { zipOf } from '$tests/zip-fixtures';
import { exportNetworkArchive } from './export-network-archive';
import { checkNetworkArchive, importNetworkArchive } from './import-network-archive';
import type { ArchiveLimits } from './read-network-archive';

type Installation = { database: Database; files: FileStore; filesDir: string; operator: Actor };

async function installation(kind: Database['kind'], dir: string, seed: boolean, s3?: FileStore): Promise<Installation> {
	const database = await createTestDatabase(kind);
	const filesDir = path.join(dir, 'files');
	const files = s3 ?? localFileStore(filesDir);
	if (seed) await seedDemoData(database.db, { files });
	return { database, files, filesDir, operator: await createOperator(database.db) };
}

const count = async (db: Database['db'], query: ReturnType<typeof sql>) =>
	rowsOf<{ n: number }>(await withSystem(db, (tx) => tx.execute(query)))[0]!.n;

/** The reason key of a refused archive. */
async function refusal(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (e) {
		if (isAppError(e)) return String(e.details.message);
		throw e;
	}
	return 'accepted';
}

describe.each(TEST_DATABASE_KINDS)('network archive (%s)', (kind) => {
	const dir = tempDir('nfh-archive-');
	let first: Installation;
	let second: Installation;
	let s3: S3rver;
	let networkId = '';
	let slug = '';
	let archive = '';

	beforeAll(async () => {
		first = await installation(kind, path.join(dir, 'first'), true);
		const [top] = rowsOf<{ id: string; slug: string }>(
			await withSystem(first.database.db, (tx) =>
				tx.execute(sql`select n.id, n.slug from networks n
					order by (select count(*) from documents d where d.network_id = n.id) desc, n.slug limit 1`)
			)
		);
		networkId = top!.id;
		slug = top!.slug;
		// A logo (bytea) and a stored file per document: both must survive the round trip.
		await withSystem(first.database.db, (tx) =>
			tx.execute(
				sql`update networks set logo = decode('89504e470d0a1a0a', 'hex'), logo_type = 'image/png' where id = ${networkId}`
			)
		);
		const exported = await exportNetworkArchive(
			{ db: first.database.db, actor: first.operator, files: first.files },
			networkId
		);
		archive = await saveStream(exported.stream, path.join(dir, 'first.zip'));
		// The other installation keeps its files in an S3-compatible bucket (a real S3 server on loopback).
		fs.mkdirSync(path.join(dir, 's3'), { recursive: true });
		s3 = new S3rver({
			port: 0,
			address: '127.0.0.1',
			silent: true,
			directory: path.join(dir, 's3'),
			configureBuckets: [{ name: 'nfh-dokumente', configs: [] }]
		});
		const { port } = await s3.run();
		const bucket = s3FileStore({
			endpoint: `http://127.0.0.1:${port}`,
			bucket: 'nfh-dokumente',
			region: 'us-east-1',
			accessKeyId: 'S3RVER',
			secretAccessKey: 'S3RVER'
		});
		second = await installation(kind, path.join(dir, 'second'), false, bucket);
	}, 240_000);

	afterAll(async () => {
		await first?.database.close();
		await second?.database.close();
		await s3?.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('exports every network table with counts and checksums, and no account secrets', async () => {
		const entries = await entriesOf(archive);
		const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
		expect(manifest.app.migrations).toBe(migrationJournal().count);
		const names = manifest.tables.map((t: { name: string }) => t.name);
		for (const t of [
			'networks',
			'offers',
			'offer_versions',
			'bodies',
			'meetings',
			'tasks',
			'agreements',
			'agreement_signatures',
			'documents',
			'audit_log',
			'events'
		])
			expect(names).toContain(t);
		expect(names).not.toContain('role_assignments');
		expect(names).not.toContain('users');
		expect(names.indexOf('organisations')).toBeLessThan(names.indexOf('offers'));
		const offers = manifest.tables.find((t: { name: string }) => t.name === 'offers');
		const offerRows = JSON.parse(entries.get('tables/offers.json')!.toString('utf8'));
		expect(offerRows).toHaveLength(offers.rows);
		expect(offers.rows).toBe(
			await count(first.database.db, sql`select count(*)::int as n from offers where network_id = ${networkId}`)
		);
		expect(manifest.files.length).toBeGreaterThan(0);
		for (const f of manifest.files) expect(entries.get(f.file)!.length).toBe(f.bytes);
		const everything = [...entries.values()].map((b) => b.toString('latin1')).join('\n');
		expect(everything).not.toMatch(/password_hash|totp_secret|\$argon2/);
	});

	it('lets only the network’s coordination or the operator export it, and only the operator import', async () => {
		const as = (role: 'coordinator' | 'member', id: string): Actor => ({
			...first.operator,
			grants: [{ role, networkId: id, organisationId: null }]
		});
		const ctx = (actor: Actor) => ({ db: first.database.db, actor, files: first.files });
		const other = '0b7c3b9e-3f7a-4a53-8f43-0d3c1a6a2b10';
		await expect(exportNetworkArchive(ctx(as('member', networkId)), networkId)).rejects.toThrow('forbidden');
		await expect(exportNetworkArchive(ctx(as('coordinator', other)), networkId)).rejects.toThrow('forbidden');
		const own = await exportNetworkArchive(ctx(as('coordinator', networkId)), networkId);
		own.stream.destroy();
		await expect(checkNetworkArchive(ctx(as('coordinator', networkId)), archive, null)).rejects.toThrow('forbidden');
		await expect(importNetworkArchive(ctx(as('coordinator', networkId)), archive, 'x-y')).rejects.toThrow('forbidden');
	});

	it('stops an export whose download ends early, and the next export is complete', async () => {
		const ctx = { db: first.database.db, actor: first.operator, files: first.files };
		const cut = await exportNetworkArchive(ctx, networkId);
		await new Promise<void>((resolve) => cut.stream.once('data', () => resolve()));
		cut.stream.destroy();
		const whole = await saveStream((await exportNetworkArchive(ctx, networkId)).stream, path.join(dir, 'again.zip'));
		expect([...(await entriesOf(whole)).keys()].sort()).toEqual([...(await entriesOf(archive)).keys()].sort());
	});

	it('imports into another installation (files in S3) and exports the same tables and files again', async () => {
		const ctx = { db: second.database.db, actor: second.operator, files: second.files };
		const summary = await checkNetworkArchive(ctx, archive, null);
		expect(summary.slug).toBe(slug);
		expect(await count(second.database.db, sql`select count(*)::int as n from networks`)).toBe(0);
		await importNetworkArchive(ctx, archive, slug);
		const again = await exportNetworkArchive(ctx, networkId);
		const copy = await saveStream(again.stream, path.join(dir, 'second.zip'));
		const [a, b] = [await entriesOf(archive), await entriesOf(copy)];
		expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
		for (const [name, data] of a) if (name !== 'manifest.json') expect(b.get(name)!.equals(data), name).toBe(true);
		const manifest = (m: Buffer) => ({ ...JSON.parse(m.toString('utf8')), createdAt: null });
		expect(manifest(b.get('manifest.json')!)).toEqual(manifest(a.get('manifest.json')!));
		for (const f of JSON.parse(a.get('manifest.json')!.toString()).files as { key: string; file: string }[])
			expect((await second.files.get(f.key))!.equals(a.get(f.file)!)).toBe(true);
	});

	it('refuses the same network a second time, with the id already here', async () => {
		const ctx = { db: second.database.db, actor: second.operator, files: second.files };
		expect(await refusal(checkNetworkArchive(ctx, archive, 'eine-neue-adresse'))).toBe('archive.error.alreadyHere');
		expect(await refusal(importNetworkArchive(ctx, archive, 'eine-neue-adresse'))).toBe('archive.error.alreadyHere');
		expect(await count(second.database.db, sql`select count(*)::int as n from networks`)).toBe(1);
	});

	describe('bad input', () => {
		let third: Installation;
		const ctx = () => ({ db: third.database.db, actor: third.operator, files: third.files });
		let entries: Map<string, Buffer>;
		const write = (name: string, parts: { name: string; data: Buffer }[]) => {
			const file = path.join(dir, name);
			fs.writeFileSync(file, zipOf(parts));
			return file;
		};
		const withManifest = (change: (m: Record<string, unknown>) => void) =>
			[...entries].map(([name, data]) => {
				if (name !== 'manifest.json') return { name, data };
				const m = JSON.parse(data.toString('utf8'));
				change(m);
				return { name, data: Buffer.from(JSON.stringify(m)) };
			});
		const nothingWritten = async () => {
			expect(await count(third.database.db, sql`select count(*)::int as n from networks`)).toBe(0);
			expect(await count(third.database.db, sql`select count(*)::int as n from documents`)).toBe(0);
			expect(countFiles(third.filesDir)).toBe(0);
		};
		const refusedBoth = async (file: string, message: string, limits?: ArchiveLimits) => {
			expect(await refusal(checkNetworkArchive({ ...ctx(), limits }, file, null))).toBe(message);
			expect(await refusal(importNetworkArchive({ ...ctx(), limits }, file, 'neue-adresse'))).toBe(message);
			await nothingWritten();
		};

		beforeAll(async () => {
			third = await installation(kind, path.join(dir, 'third'), false);
			entries = await entriesOf(archive);
		}, 120_000);
		afterAll(() => third?.database.close());

		it('refuses a file that is not a zip', async () => {
			const file = path.join(dir, 'kein.zip');
			fs.writeFileSync(file, 'Das ist keine ZIP-Datei.');
			await refusedBoth(file, 'archive.error.notZip');
		});

		it('refuses an archive without manifest', async () => {
			await refusedBoth(
				write(
					'ohne-manifest.zip',
					[...entries].filter(([n]) => n !== 'manifest.json').map(([name, data]) => ({ name, data }))
				),
				'archive.error.noManifest'
			);
		});

		it('refuses an archive of a newer schema version', async () => {
			const parts = withManifest((m) => ((m.app as { migrations: number }).migrations += 1));
			await refusedBoth(write('neuer.zip', parts), 'archive.error.newerSchema');
		});

		it('refuses a broken checksum, and removes files already written when the import fails', async () => {
			const parts = [...entries].map(([name, data]) =>
				name === 'tables/offers.json'
					? { name, data: Buffer.from(data.toString('utf8').replace(/"title": "/, '"title": "X')) }
					: { name, data }
			);
			await refusedBoth(write('pruefsumme.zip', parts), 'archive.error.checksum');
			const files = [...entries.keys()].filter((n) => n.startsWith('files/')).sort();
			expect(files.length).toBeGreaterThan(1);
			const lastFile = files.at(-1)!;
			const brokenFile = [...entries].map(([name, data]) =>
				name === lastFile
					? { name, data: Buffer.concat([data.subarray(0, data.length - 1), Buffer.from([data.at(-1)! ^ 1])]) }
					: { name, data }
			);
			await refusedBoth(write('datei-kaputt.zip', brokenFile), 'archive.error.checksum');
		});

		it('refuses a slug that exists and lets the operator choose another', async () => {
			await withSystem(third.database.db, (tx) =>
				tx.execute(
					sql`insert into networks (slug, name, municipality, municipality_kind) values (${slug}, 'Netzwerk Beispielstadt', 'Beispielstadt', 'stadt')`
				)
			);
			expect(await refusal(checkNetworkArchive(ctx(), archive, null))).toBe('archive.error.slugTaken');
			expect(await refusal(importNetworkArchive(ctx(), archive, slug))).toBe('archive.error.slugTaken');
			expect(await count(third.database.db, sql`select count(*)::int as n from networks`)).toBe(1);
			expect((await checkNetworkArchive(ctx(), archive, 'andere-adresse')).slug).toBe('andere-adresse');
			await withSystem(third.database.db, (tx) => tx.execute(sql`delete from networks`));
		});

		it('refuses an archive whose row ids are already here in another network, writing nothing', async () => {
			const [district] = JSON.parse(entries.get('tables/districts.json')!.toString('utf8')) as { id: string }[];
			await withSystem(third.database.db, async (tx) => {
				await tx.execute(
					sql`insert into networks (slug, name, municipality, municipality_kind) values ('andere', 'Netzwerk Anderswo', 'Anderswo', 'stadt')`
				);
				await tx.execute(
					sql`insert into districts (id, network_id, name) select ${district!.id}, id, 'Nordviertel' from networks where slug = 'andere'`
				);
			});
			expect(await refusal(importNetworkArchive(ctx(), archive, 'neue-adresse'))).toBe('archive.error.alreadyHere');
			expect(await count(third.database.db, sql`select count(*)::int as n from networks`)).toBe(1);
			expect(await count(third.database.db, sql`select count(*)::int as n from offers`)).toBe(0);
			expect(countFiles(third.filesDir)).toBe(0);
			await withSystem(third.database.db, (tx) => tx.execute(sql`delete from networks`));
		});

		it('refuses a document row pointing at another network’s stored file, even with matching checksums', async () => {
			const other = '0b7c3b9e-3f7a-4a53-8f43-0d3c1a6a2b10';
			const forged = Buffer.from(
				entries
					.get('tables/documents.json')!
					.toString('utf8')
					.replace(/"storage_key": "[0-9a-f-]{36}\//, `"storage_key": "${other}/`)
			);
			const parts = withManifest((m) => {
				const t = (m.tables as { name: string; bytes: number; sha256: string }[]).find((x) => x.name === 'documents')!;
				t.bytes = forged.length;
				t.sha256 = createHash('sha256').update(forged).digest('hex');
			}).map((p) => (p.name === 'tables/documents.json' ? { ...p, data: forged } : p));
			await refusedBoth(write('fremde-datei.zip', parts), 'archive.error.foreignRows');
		});

		it('refuses a zip bomb: too many entries, too much unpacked, a suspicious ratio, a lying size', async () => {
			await refusedBoth(archive, 'archive.error.tooLarge', {
				maxEntries: 3,
				maxUncompressedBytes: 1e12,
				maxRatio: 200
			});
			await refusedBoth(archive, 'archive.error.tooLarge', {
				maxEntries: 1e6,
				maxUncompressedBytes: 1000,
				maxRatio: 200
			});
			const zeros = { name: 'tables/zeros.json', data: Buffer.alloc(20 * 1024 * 1024) };
			await refusedBoth(write('bombe.zip', [...withManifest(() => {}), zeros]), 'archive.error.tooLarge');
			const lying = path.join(dir, 'luege.zip');
			const manifest = { name: 'manifest.json', data: Buffer.alloc(900 * 1024, 0x20) };
			fs.writeFileSync(
				lying,
				zipOf([manifest], () => 10)
			);
			await refusedBoth(lying, 'archive.error.tooLarge');
		});
	});
});
