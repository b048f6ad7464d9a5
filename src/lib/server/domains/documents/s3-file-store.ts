import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AwsClient } from 'aws4fetch';
import type { FileStore } from './file-store-types';
import { checkFileKey } from './file-keys';

export type S3Settings = {
	endpoint: string;
	bucket: string;
	region: string;
	accessKeyId: string;
	secretAccessKey: string;
};

/** Any S3-compatible object storage (path-style addressing, Signature V4). */
export function s3FileStore(s: S3Settings): FileStore {
	const client = new AwsClient({
		accessKeyId: s.accessKeyId,
		secretAccessKey: s.secretAccessKey,
		region: s.region,
		service: 's3'
	});
	const url = (key: string) => `${s.endpoint.replace(/\/$/, '')}/${encodeURIComponent(s.bucket)}/${checkFileKey(key)}`;
	return {
		kind: 's3',
		async put(key, data, contentType) {
			const res = await client.fetch(url(key), {
				method: 'PUT',
				body: new Uint8Array(data),
				headers: { 'content-type': contentType }
			});
			if (!res.ok) throw new Error(`S3 PUT ${res.status}: ${(await res.text()).slice(0, 200)}`);
		},
		async get(key) {
			const res = await client.fetch(url(key), { method: 'GET' });
			if (res.status === 404) return null;
			if (!res.ok) throw new Error(`S3 GET ${res.status}`);
			return Buffer.from(await res.arrayBuffer());
		},
		async getStream(key) {
			const res = await client.fetch(url(key), { method: 'GET' });
			if (res.status === 404) return null;
			if (!res.ok || !res.body) throw new Error(`S3 GET ${res.status}`);
			return Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
		},
		async remove(key) {
			const res = await client.fetch(url(key), { method: 'DELETE' });
			if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${res.status}`);
		}
	};
}
