import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import { localFileStore } from '$lib/server/domains/documents/local-file-store';
import { newFileKey } from '$lib/server/domains/documents/file-keys';
import { createOperator, tempDir } from '$tests/archive-fixtures';
import { exportNetworkArchive } from './export-network-archive';

const FILE_MB = 128;

describe.each(TEST_DATABASE_KINDS)('network archive export of large files (%s)', (kind) => {
	const dir = tempDir('nfh-archive-large-');
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

	it(`streams a ${FILE_MB} MB document into the ZIP without holding it in memory`, async () => {
		const database = await createTestDatabase(kind);
		try {
			const files = localFileStore(dir);
			const [network] = rowsOf<{ id: string }>(
				await withSystem(database.db, (tx) =>
					tx.execute(sql`insert into networks (slug, name, municipality, municipality_kind)
						values ('gross', 'Netzwerk Großdorf', 'Großdorf', 'stadt') returning id`)
				)
			);
			const key = newFileKey(network!.id, 'documents');
			// Written to the store's folder in pieces, so the test itself never holds the file either.
			const target = path.join(dir, ...key.split('/'));
			fs.mkdirSync(path.dirname(target), { recursive: true });
			const out = fs.createWriteStream(target);
			for (let i = 0; i < FILE_MB; i++)
				if (!out.write(randomBytes(1024 * 1024))) await new Promise<void>((r) => out.once('drain', () => r()));
			await new Promise<void>((r) => out.end(() => r()));
			await withSystem(database.db, (tx) =>
				tx.execute(sql`insert into documents (network_id, title, file_name, content_type, byte_size, storage_key)
					values (${network!.id}, 'Großer Plan', 'plan.pdf', 'application/pdf', ${FILE_MB * 1024 * 1024}, ${key})`)
			);
			const operator = await createOperator(database.db);
			const before = process.memoryUsage().rss;
			let peak = before;
			let written = 0;
			const exported = await exportNetworkArchive({ db: database.db, actor: operator, files }, network!.id);
			await pipeline(
				exported.stream,
				new Writable({
					write(chunk: Buffer, _encoding, done) {
						written += chunk.length;
						peak = Math.max(peak, process.memoryUsage().rss);
						done();
					}
				})
			);
			// Random bytes do not compress: the whole file went through the stream.
			expect(written).toBeGreaterThan(FILE_MB * 1024 * 1024);
			// Holding the file (or the ZIP) in memory would add at least its size.
			expect(peak - before).toBeLessThan((FILE_MB / 2) * 1024 * 1024);
		} finally {
			await database.close();
		}
	}, 120_000);
});
