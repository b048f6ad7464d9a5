import type { TenantContext } from '$lib/server/domains/shared/context';
import type { FileStore } from './file-store-types';
import { localFileStore } from './local-file-store';
import { s3FileStore, type S3Settings } from './s3-file-store';

export type { FileStore, S3Settings };

export type FileStoreConfig = { filesDir: string; s3: S3Settings | null };

/** The store the configuration names: S3 when a bucket is set, else the local folder. */
export function openFileStore(config: FileStoreConfig): FileStore {
	if (config.s3 && !/^https?:\/\//.test(config.s3.endpoint))
		throw new Error('S3_BUCKET is set, so S3_ENDPOINT must be the https:// address of the object storage');
	return config.s3 ? s3FileStore(config.s3) : localFileStore(config.filesDir);
}

/** A tenant use case that reads or writes files, with the upload limit. */
export type FilesContext = TenantContext & { files: FileStore; maxUploadBytes: number };
