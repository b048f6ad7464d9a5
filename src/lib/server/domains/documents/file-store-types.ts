import type { Readable } from 'node:stream';

/** Where uploaded files live: a folder on local disk (default) or an S3-compatible bucket. */
export type FileStore = {
	kind: 'local' | 's3';
	put(key: string, data: Buffer, contentType: string): Promise<void>;
	/** null when the file is gone. */
	get(key: string): Promise<Buffer | null>;
	/** The file as a stream (archives of a whole network: one file in memory at a time at most); null when gone. */
	getStream(key: string): Promise<Readable | null>;
	remove(key: string): Promise<void>;
};
