// archiver and unzipper ship no types: the part of their APIs the network archive uses (ADR 0031).
declare module 'archiver' {
	import type { Readable, Transform } from 'node:stream';
	export type EntryData = { name: string; date?: Date };
	export interface Archiver extends Transform {
		append(source: Readable | Buffer | string, data: EntryData): this;
		finalize(): Promise<void>;
		abort(): this;
		pointer(): number;
		on(event: 'entry', listener: (entry: EntryData) => void): this;
		on(event: 'warning' | 'error', listener: (error: Error) => void): this;
		on(event: string, listener: (...args: unknown[]) => void): this;
	}
	export default function archiver(format: 'zip', options?: { zlib?: { level?: number } }): Archiver;
}

declare module 'unzipper' {
	import type { Readable } from 'node:stream';
	export type CentralDirectoryEntry = {
		path: string;
		type: 'File' | 'Directory';
		compressedSize: number;
		uncompressedSize: number;
		compressionMethod: number;
		stream(): Readable;
	};
	export type CentralDirectory = { files: CentralDirectoryEntry[] };
	export const Open: {
		file(path: string): Promise<CentralDirectory>;
		buffer(data: Buffer): Promise<CentralDirectory>;
	};
}
