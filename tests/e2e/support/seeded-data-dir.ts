import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

/**
 * Global setup of the e2e project: one `npm start` on an empty data directory (migrations, key
 * file, demo data), stopped cleanly; every spec file's server then starts on a copy of it
 * (server.ts) instead of seeding the same demo data again. Its scheduled jobs run in each copy.
 */
export default async function setup(project: TestProject) {
	const server = await startServer({
		fresh: true,
		startTimeoutMs: 240_000,
		// No jobs in the seed run: reminder mails queued here would carry this server's port, not the copy's.
		env: { SCHEDULER: 'off' }
	});
	await server.stop(true);
	project.provide('seededDataDir', server.dataDir);
	return () => fs.rmSync(server.dataDir, { recursive: true, force: true });
}
