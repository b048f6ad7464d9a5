import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					environment: 'node',
					testTimeout: 30_000,
					hookTimeout: 60_000,
					// Two files at once (one per core): database files wait on PostgreSQL half the time, and
					// every file has its own databases (copies of one migrated snapshot, db/testing.ts).
					maxWorkers: 2,
					pool: 'forks'
				}
			},
			{
				extends: true,
				// Components render in jsdom with Svelte's browser build (svelteTesting adds the
				// `browser` resolve condition and cleans the DOM after each test).
				plugins: [svelteTesting()],
				resolve: { conditions: ['browser'] },
				test: {
					name: 'components',
					include: ['src/**/*.svelte.test.ts'],
					environment: 'jsdom',
					setupFiles: ['tests/support/components-setup.ts'],
					testTimeout: 30_000,
					maxWorkers: 2, // as the unit project: vitest runs projects of one group with one worker count
					pool: 'forks'
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/support/seeded-data-dir.ts'],
					environment: 'node',
					testTimeout: 120_000, // long user journeys (agreement signing, meetings) on a busy 2-core machine
					hookTimeout: 180_000,
					// Each file has its own server, data directory, SMTP server and browser, so two files run
					// at once (one per core): most of a journey is waiting for the server, the browser or mail.
					maxWorkers: 2,
					pool: 'forks'
				}
			}
		]
	}
});
