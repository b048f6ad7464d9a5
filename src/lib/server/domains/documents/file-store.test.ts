import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF } from '$tests/file-fixtures';
import { openFileStore, type FileStore } from './file-store';
import { localFileStore } from './local-file-store';
import { s3FileStore } from './s3-file-store';

describe('file stores', () => {
	let dir: string;
	let s3: S3rver;
	let s3Port = 0;
	beforeAll(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-store-'));
		fs.mkdirSync(path.join(dir, 's3'));
		s3 = new S3rver({
			port: 0,
			address: '127.0.0.1',
			silent: true,
			directory: path.join(dir, 's3'),
			configureBuckets: [{ name: 'nfh-dokumente', configs: [] }]
		});
		s3Port = (await s3.run()).port;
	});
	afterAll(async () => {
		await s3?.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	const key = '0b7c3b9e-3f7a-4a53-8f43-0d3c1a6a2b10/documents/5f0e6f43-59a4-4a54-9f0e-3b2b8e1c6d21';
	const roundTrip = async (store: FileStore) => {
		await store.put(key, PDF, 'application/pdf');
		expect(await store.get(key)).toEqual(PDF);
		const chunks: Buffer[] = [];
		for await (const chunk of (await store.getStream(key))!) chunks.push(chunk as Buffer);
		expect(Buffer.concat(chunks)).toEqual(PDF);
		await store.remove(key);
		expect(await store.get(key)).toBeNull();
		expect(await store.getStream(key)).toBeNull();
	};
	it('stores, reads and removes on local disk and refuses keys that could leave the folder', async () => {
		const store = localFileStore(path.join(dir, 'local'));
		await roundTrip(store);
		await expect(store.put('../../etc/passwd', PDF, 'application/pdf')).rejects.toThrow(/invalid file key/);
	});
	it('stores, reads and removes in an S3-compatible bucket (a real S3 server on loopback)', async () => {
		await roundTrip(
			s3FileStore({
				endpoint: `http://127.0.0.1:${s3Port}`,
				bucket: 'nfh-dokumente',
				region: 'us-east-1',
				accessKeyId: 'S3RVER',
				secretAccessKey: 'S3RVER'
			})
		);
	});
	it('chooses S3 only with an endpoint', () => {
		expect(openFileStore({ filesDir: dir, s3: null }).kind).toBe('local');
		expect(() =>
			openFileStore({
				filesDir: dir,
				s3: { endpoint: '', bucket: 'b', region: 'r', accessKeyId: '', secretAccessKey: '' }
			})
		).toThrow(/S3_ENDPOINT/);
	});
});
