import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { Open } from 'unzipper';
import type { Db } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import type { Actor } from '$lib/server/domains/shared/actor';

// Shared by the archive tests: an operator, a folder per installation, archives as files and entries.

/** An operator account of this installation (the export is audited with its id). */
export async function createOperator(db: Db): Promise<Actor> {
	const email = `betrieb-${crypto.randomUUID().slice(0, 8)}@example.org`;
	const [row] = rowsOf<{ id: string }>(
		await withSystem(db, (tx) =>
			tx.execute(sql`insert into users (email, name) values (${email}, 'Olga Operatorbeispiel') returning id`)
		)
	);
	return {
		userId: row!.id,
		email,
		name: 'Olga Operatorbeispiel',
		grants: [{ role: 'operator', networkId: null, organisationId: null }]
	};
}

export function tempDir(prefix: string): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes a stream to a file and resolves its path. */
export async function saveStream(stream: Readable, file: string): Promise<string> {
	const out = fs.createWriteStream(file);
	await new Promise<void>((resolve, reject) => {
		stream.on('error', reject);
		out.on('error', reject);
		out.on('finish', () => resolve());
		stream.pipe(out);
	});
	return file;
}

/** Every entry of an archive by name. */
export async function entriesOf(file: string): Promise<Map<string, Buffer>> {
	const dir = await Open.file(file);
	const out = new Map<string, Buffer>();
	for (const f of dir.files) {
		const chunks: Buffer[] = [];
		for await (const c of f.stream()) chunks.push(c as Buffer);
		out.set(f.path, Buffer.concat(chunks));
	}
	return out;
}

/** Number of files below a folder (the local file store of an installation). */
export function countFiles(dir: string): number {
	if (!fs.existsSync(dir)) return 0;
	return fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, String(f))).isFile()).length;
}
