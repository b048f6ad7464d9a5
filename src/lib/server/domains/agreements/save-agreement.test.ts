import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { localFileStore } from '$lib/server/domains/documents/local-file-store';
import { getAgreement } from './get-agreement';
import { getVersion } from './get-version';
import { saveAgreement } from './save-agreement';
import { saveVersion } from './save-version';
import { describeSignatureLink } from './sign-agreement';

describe.each(TEST_DATABASE_KINDS)('agreements and versions changed meanwhile (%s)', (kind) => {
	let database: Database;
	let filesDir: string;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
		filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-files-'));
	});
	afterAll(async () => {
		await database?.close();
		fs.rmSync(filesDir, { recursive: true, force: true });
	});

	it('refuses a save from a form loaded before someone else saved the agreement or the draft', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = {
			...tenantContext(db, network, coordinator),
			files: localFileStore(filesDir),
			maxUploadBytes: 1024 * 1024
		};
		const { id } = await saveAgreement(ctx, null, { version: 0, kind: 'kooperationsvereinbarung', title: 'Entwurf' });
		await saveAgreement(ctx, id, { version: 1, kind: 'kooperationsvereinbarung', title: 'Erste Änderung' });
		await expect(
			saveAgreement(ctx, id, { version: 1, kind: 'geschaeftsordnung', title: 'Veraltet' })
		).rejects.toSatisfy((e) => isAppError(e, 'conflict'));
		expect((await getAgreement(ctx, id)).agreement).toMatchObject({ title: 'Erste Änderung', version: 2 });

		const { id: versionId } = await saveVersion(
			ctx,
			id,
			null,
			{ version: 0, text: 'A', adoptedOn: '2026-02-15' },
			null
		);
		await saveVersion(ctx, id, versionId, { version: 1, text: 'B', adoptedOn: '2026-02-15' }, null);
		await expect(
			saveVersion(ctx, id, versionId, { version: 1, text: 'C', adoptedOn: '2026-02-15' }, null)
		).rejects.toSatisfy((e) => isAppError(e, 'conflict'));
		expect((await getVersion(ctx, id, versionId)).version).toMatchObject({ text: 'B', version: 2 });
	});

	it('refuses signing links that cannot be a token before looking them up', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		for (const token of ['', 'kurz', `${'a'.repeat(30)}!`, 'a'.repeat(101)])
			expect(await describeSignatureLink(db, network.slug, token)).toEqual({ state: 'unknown' });
	});
});
