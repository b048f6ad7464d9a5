import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/client';
import type { FileStore } from '../domains/documents/file-store';
import type { ControlHandlers } from './control-socket';

/** Entries of a PostgreSQL data directory; DATA_DIR also holds the app's own (files/, app-secret, the socket). */
const DATABASE_ENTRY = /^(PG_VERSION|base|global|pg_[a-z_]+|pg_(hba|ident)\.conf|postgresql\.(auto\.)?conf)$/;
/** Snapshots live in DATA_DIR (the one place server and `npm run backup` both see, even with a private /tmp). */
export const SNAPSHOT_PREFIX = '.backup-';

/** Copies the database's files from the data directory into a new folder `DATA_DIR/.backup-…`. */
export function copyDatabaseFiles(dataDir: string): string {
	const target = fs.mkdtempSync(path.join(dataDir, SNAPSHOT_PREFIX));
	fs.chmodSync(target, 0o700);
	for (const name of fs.readdirSync(dataDir)) {
		if (!DATABASE_ENTRY.test(name)) continue;
		fs.cpSync(path.join(dataDir, name), path.join(target, name), { recursive: true, preserveTimestamps: true });
	}
	return target;
}

/** Snapshot folders left by a killed backup (removed at start). */
export function removeStaleSnapshots(dataDir: string) {
	for (const name of fs.readdirSync(dataDir))
		if (name.startsWith(SNAPSHOT_PREFIX)) fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
}

/**
 * A file store that can hold removals: while a backup copies the files that belong to its database
 * snapshot, a document deleted meanwhile keeps its file until the backup ends.
 */
export function holdableFileStore(store: FileStore): FileStore & { holdRemovals(): () => Promise<void> } {
	let holds = 0;
	const held: string[] = [];
	return {
		...store,
		async remove(key) {
			if (holds > 0) held.push(key);
			else await store.remove(key);
		},
		holdRemovals() {
			holds++;
			let released = false;
			return async () => {
				if (released) return;
				released = true;
				if (--holds > 0) return;
				for (const key of held.splice(0)) await store.remove(key);
			};
		}
	};
}

/** The running server's answer to `npm run backup`: database files copied under PGlite's lock, removals held. */
export function serverSnapshotHandlers(
	database: Database,
	dataDir: string,
	files: ReturnType<typeof holdableFileStore>
): ControlHandlers {
	return {
		async snapshot() {
			if (!database.exclusive) throw new Error('only the embedded database is backed up this way');
			const resume = files.holdRemovals();
			try {
				const dir = await database.exclusive(async () => copyDatabaseFiles(dataDir));
				return {
					dir,
					release: async () => {
						fs.rmSync(dir, { recursive: true, force: true });
						await resume();
					}
				};
			} catch (e) {
				await resume();
				throw e;
			}
		}
	};
}
