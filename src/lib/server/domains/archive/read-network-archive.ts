import { createHash } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import { Open, type CentralDirectoryEntry } from 'unzipper';
import { migrationJournal } from '$lib/server/db/client';
import { AppError } from '$lib/server/errors';
import { ARCHIVE_FORMAT_VERSION, MANIFEST_NAME, manifestSchema, type Manifest } from './archive-manifest';

/**
 * Reading a network archive that came from outside (ADR 0031). Nothing in it is trusted: the
 * central directory is checked against the limits before any entry is unpacked (a "zip bomb"
 * of a few kilobytes can declare or hold gigabytes), every entry is unpacked as a stream that
 * stops at its declared size, and its SHA-256 must match the manifest.
 */
export type ArchiveLimits = {
	maxEntries: number;
	maxUncompressedBytes: number;
	/** Unpacked : packed, for entries above 1 MiB (JSON compresses ~10:1, zeros 1000:1). */
	maxRatio: number;
};
export const ARCHIVE_LIMITS: ArchiveLimits = {
	maxEntries: 200_000,
	maxUncompressedBytes: 20 * 1024 ** 3,
	maxRatio: 200
};
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const RATIO_FROM_BYTES = 1024 * 1024;

export type OpenedArchive = { manifest: Manifest; entries: Map<string, CentralDirectoryEntry> };

/** A refusal the import page shows as its message (keys in internal-archive-de.ts). */
export function archiveRefused(reason: string, details: Record<string, unknown> = {}): AppError {
	return new AppError('validation', { field: 'file', message: `archive.error.${reason}`, reason, ...details });
}

/** The archive's directory and manifest, checked against the limits and this installation's schema. */
export async function openNetworkArchive(file: string, limits: ArchiveLimits = ARCHIVE_LIMITS): Promise<OpenedArchive> {
	let list: CentralDirectoryEntry[];
	try {
		list = (await Open.file(file)).files.filter((f) => f.type === 'File');
	} catch {
		throw archiveRefused('notZip');
	}
	if (list.length > limits.maxEntries) throw archiveRefused('tooLarge');
	let total = 0;
	for (const f of list) {
		total += f.uncompressedSize;
		const ratio = f.uncompressedSize / Math.max(1, f.compressedSize);
		if (f.uncompressedSize > RATIO_FROM_BYTES && ratio > limits.maxRatio) throw archiveRefused('tooLarge');
	}
	if (total > limits.maxUncompressedBytes) throw archiveRefused('tooLarge');
	const entries = new Map(list.map((f) => [f.path, f]));
	const manifestEntry = entries.get(MANIFEST_NAME);
	if (!manifestEntry) throw archiveRefused('noManifest');
	if (manifestEntry.uncompressedSize > MAX_MANIFEST_BYTES) throw archiveRefused('tooLarge');
	const chunks: Buffer[] = [];
	for await (const chunk of limitedEntry(manifestEntry)) chunks.push(chunk);
	let parsed: ReturnType<typeof manifestSchema.safeParse>;
	try {
		parsed = manifestSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
	} catch {
		throw archiveRefused('badManifest');
	}
	if (!parsed.success) throw archiveRefused('badManifest');
	const manifest = parsed.data;
	const ours = migrationJournal().count;
	if (manifest.formatVersion > ARCHIVE_FORMAT_VERSION || manifest.app.migrations > ours)
		throw archiveRefused('newerSchema', { theirs: manifest.app.migrations, ours });
	const listed = new Set([MANIFEST_NAME, ...manifest.tables.map((t) => t.file), ...manifest.files.map((f) => f.file)]);
	for (const name of listed) if (!entries.has(name)) throw archiveRefused('incomplete', { entry: name });
	for (const name of entries.keys()) if (!listed.has(name)) throw archiveRefused('incomplete', { entry: name });
	return { manifest, entries };
}

/** An entry's bytes, stopping with a refusal once more come out than the directory declared. */
async function* limitedEntry(entry: CentralDirectoryEntry): AsyncGenerator<Buffer> {
	let bytes = 0;
	try {
		for await (const chunk of entry.stream()) {
			bytes += (chunk as Buffer).length;
			if (bytes > entry.uncompressedSize) throw archiveRefused('tooLarge');
			yield chunk as Buffer;
		}
	} catch (e) {
		if (e instanceof AppError) throw e;
		throw archiveRefused('unreadable', { entry: entry.path });
	}
}

/** An entry's bytes as the manifest lists them: refused when its size or SHA-256 differs. */
export async function* verifiedEntry(
	archive: OpenedArchive,
	listed: { file: string; bytes: number; sha256: string }
): AsyncGenerator<Buffer> {
	const entry = archive.entries.get(listed.file)!;
	if (entry.uncompressedSize !== listed.bytes) throw archiveRefused('checksum', { entry: listed.file });
	const hash = createHash('sha256');
	for await (const chunk of limitedEntry(entry)) {
		hash.update(chunk);
		yield chunk;
	}
	if (hash.digest('hex') !== listed.sha256) throw archiveRefused('checksum', { entry: listed.file });
}

/** The rows of a table entry (a JSON array, one row per line), parsed one line at a time. */
export async function* tableRows(chunks: AsyncIterable<Buffer>): AsyncGenerator<Record<string, unknown>> {
	let rest = '';
	const parse = (line: string) => {
		const text = line.trim().replace(/,$/, '');
		if (text === '' || text === '[' || text === ']') return null;
		let row: unknown;
		try {
			row = JSON.parse(text);
		} catch {
			throw archiveRefused('unreadable');
		}
		if (!row || typeof row !== 'object' || Array.isArray(row)) throw archiveRefused('unreadable');
		return row as Record<string, unknown>;
	};
	const decoder = new StringDecoder('utf8');
	for await (const chunk of chunks) {
		const lines = (rest + decoder.write(chunk)).split('\n');
		rest = lines.pop()!;
		for (const line of lines) {
			const row = parse(line);
			if (row) yield row;
		}
	}
	const row = parse(rest + decoder.end());
	if (row) yield row;
}
