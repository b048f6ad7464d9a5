import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileStore } from './file-store-types';
import { checkFileKey } from './file-keys';

/** Files in a folder on local disk (the default). */
export function localFileStore(dir: string): FileStore {
	const file = (key: string) => path.join(dir, ...checkFileKey(key).split('/'));
	return {
		kind: 'local',
		async put(key, data) {
			const target = file(key);
			await fs.mkdir(path.dirname(target), { recursive: true });
			// Write to a temporary name first so a reader never sees half a file.
			const tmp = `${target}.${process.pid}.tmp`;
			await fs.writeFile(tmp, data);
			await fs.rename(tmp, target);
		},
		async get(key) {
			try {
				return await fs.readFile(file(key));
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
				throw e;
			}
		},
		async getStream(key) {
			try {
				const handle = await fs.open(file(key), 'r');
				return handle.createReadStream();
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
				throw e;
			}
		},
		async remove(key) {
			await fs.rm(file(key), { force: true });
		}
	};
}
