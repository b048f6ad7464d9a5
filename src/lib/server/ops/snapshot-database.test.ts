import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localFileStore } from '../domains/documents/local-file-store';
import { holdableFileStore } from './snapshot-database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-hold-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const key = (n: number) => `00000000-0000-0000-0000-00000000000${n}/documents/00000000-0000-0000-0000-00000000000${n}`;

describe('file removals during a backup', () => {
	it('keeps a deleted file until the backup has ended, then removes it; without a backup at once', async () => {
		const files = holdableFileStore(localFileStore(dir));
		await files.put(key(1), Buffer.from('eins'), 'application/pdf');
		await files.put(key(2), Buffer.from('zwei'), 'application/pdf');

		const release = files.holdRemovals();
		await files.remove(key(1));
		expect((await files.get(key(1)))?.toString()).toBe('eins');
		await release();
		expect(await files.get(key(1))).toBeNull();

		await files.remove(key(2));
		expect(await files.get(key(2))).toBeNull();
	});
});
