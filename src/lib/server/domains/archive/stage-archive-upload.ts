import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/**
 * An uploaded archive waits on disk between the dry run and the confirmation (it is read twice,
 * as a stream, never held in memory). Named by a random id the page carries; a day old, it goes.
 */
const TOKEN = /^[0-9a-f-]{36}$/;
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** Writes the upload to the staging folder and returns its id (older uploads are cleared first). */
export async function stageArchiveUpload(dir: string, body: ReadableStream<Uint8Array>): Promise<string> {
	fs.mkdirSync(dir, { recursive: true });
	for (const name of fs.readdirSync(dir)) {
		const file = path.join(dir, name);
		if (Date.now() - fs.statSync(file).mtimeMs > MAX_AGE_MS) fs.rmSync(file, { force: true });
	}
	const token = crypto.randomUUID();
	await pipeline(
		Readable.fromWeb(body as WebReadableStream<Uint8Array>),
		fs.createWriteStream(path.join(dir, `${token}.zip`))
	);
	return token;
}

/** The staged file of an id, or null when the id is malformed or the file is gone. */
export function stagedArchivePath(dir: string, token: string): string | null {
	if (!TOKEN.test(token)) return null;
	const file = path.join(dir, `${token}.zip`);
	return fs.existsSync(file) ? file : null;
}

/** Removes a staged upload (after the import, or when the dry run refused it). */
export function discardStagedArchive(dir: string, token: string): void {
	const file = stagedArchivePath(dir, token);
	if (file) fs.rmSync(file, { force: true });
}
