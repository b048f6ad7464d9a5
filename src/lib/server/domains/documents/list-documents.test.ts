import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { bodies, bodyMembers, contacts, organisations } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { PDF, PNG } from '$tests/file-fixtures';
import { localFileStore } from './local-file-store';
import { deleteDocument } from './delete-document';
import { listDocuments } from './list-documents';
import { openDocument } from './open-document';
import { uploadDocument } from './upload-document';

describe.each(TEST_DATABASE_KINDS)('documents with access levels (%s)', (kind) => {
	let database: Database;
	let filesDir: string;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
		filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-docs-'));
	});
	afterAll(async () => {
		await database?.close();
		fs.rmSync(filesDir, { recursive: true, force: true });
	});

	it('shows each document only to whom its access level allows, in its own network', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const files = localFileStore(filesDir);
		const { orgIn, orgOut, bodyId } = await withSystem(db, async (tx) => {
			const [orgIn, orgOut] = await tx
				.insert(organisations)
				.values([
					{ networkId: network.id, name: 'Im Gremium (Beispiel)', membershipStatus: 'mitglied' },
					{ networkId: network.id, name: 'Nicht im Gremium (Beispiel)', membershipStatus: 'mitglied' }
				])
				.returning();
			const [body] = await tx
				.insert(bodies)
				.values({ networkId: network.id, name: 'AG Kinderschutz', kind: 'arbeitsgruppe' })
				.returning();
			await tx.insert(bodyMembers).values({ networkId: network.id, bodyId: body!.id, organisationId: orgIn!.id });
			await tx
				.insert(contacts)
				.values({ networkId: network.id, organisationId: orgIn!.id, name: 'Mira Testweg', email: 'mira@example.org' });
			return { orgIn: orgIn!, orgOut: orgOut!, bodyId: body!.id };
		});
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const memberInBody = await makeUser(db, {
			email: 'Mira@example.org',
			roles: [{ role: 'member', networkId: network.id }]
		}); // via her contact entry
		const providerInBody = await makeUser(db, {
			roles: [{ role: 'provider', networkId: network.id, organisationId: orgIn.id }]
		}); // via her organisation
		const providerOutside = await makeUser(db, {
			roles: [{ role: 'provider', networkId: network.id, organisationId: orgOut.id }]
		});
		const otherCoordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: other.id }] });
		const ctx = (actor: typeof coordinator | null, net = network) => ({
			...tenantContext(db, net, actor),
			files,
			maxUploadBytes: 1024
		});

		await expect(
			uploadDocument(ctx(coordinator), { title: 'Leer', access: 'network', bodyId: null, meetingId: null }, null)
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.message === 'error.fileRequired');
		await expect(
			uploadDocument(
				ctx(coordinator),
				{ title: 'Zu groß', access: 'network', bodyId: null, meetingId: null },
				{ data: Buffer.concat([PDF, Buffer.alloc(2000)]), name: 'gross.pdf' }
			)
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.message === 'error.fileTooLarge');
		await expect(
			uploadDocument(
				ctx(coordinator),
				{ title: 'Programm', access: 'network', bodyId: null, meetingId: null },
				{ data: Buffer.from('MZ\x90\x00'), name: 'programm.pdf' }
			)
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.message === 'error.documentType');
		await expect(
			uploadDocument(
				ctx(coordinator),
				{ title: 'Gremium ohne Gremium', access: 'body', bodyId: null, meetingId: null },
				{ data: PDF, name: 'x.pdf' }
			)
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.field === 'access');
		await expect(
			uploadDocument(
				ctx(providerInBody),
				{ title: 'Von Anbieter', access: 'network', bodyId: null, meetingId: null },
				{ data: PDF, name: 'x.pdf' }
			)
		).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));

		const { id: forAll } = await uploadDocument(
			ctx(coordinator),
			{ title: 'Flyer Netzwerk', access: 'network', bodyId: null, meetingId: null },
			{ data: PDF, name: 'Flyer 2026.PDF' }
		);
		const { id: forBody } = await uploadDocument(
			ctx(coordinator),
			{ title: 'Fallbesprechung anonymisiert', access: 'body', bodyId, meetingId: null },
			{ data: PNG, name: 'tafel.pdf' }
		);
		const { id: forCoordination } = await uploadDocument(
			ctx(coordinator),
			{ title: 'Haushaltsplanung', access: 'coordination', bodyId: null, meetingId: null },
			{ data: PDF, name: 'haushalt.pdf' }
		);

		const titles = async (actor: typeof coordinator | null, net = network) =>
			(await listDocuments(ctx(actor, net))).map((d) => d.title).sort();
		expect(await titles(coordinator)).toEqual(['Fallbesprechung anonymisiert', 'Flyer Netzwerk', 'Haushaltsplanung']);
		expect(await titles(memberInBody)).toEqual(['Fallbesprechung anonymisiert', 'Flyer Netzwerk']);
		expect(await titles(providerInBody)).toEqual(['Fallbesprechung anonymisiert', 'Flyer Netzwerk']);
		expect(await titles(providerOutside)).toEqual(['Flyer Netzwerk']);
		expect(await titles(otherCoordinator, other)).toEqual([]);
		await expect(listDocuments(ctx(null))).rejects.toSatisfy((e) => isAppError(e, 'unauthenticated'));
		await expect(listDocuments(ctx(otherCoordinator))).rejects.toSatisfy((e) => isAppError(e, 'forbidden')); // not a person of this network

		// The type comes from the content: a PNG named .pdf is stored and served as PNG.
		expect(await openDocument(ctx(memberInBody), forBody)).toMatchObject({
			fileName: 'tafel.png',
			contentType: 'image/png'
		});
		expect((await openDocument(ctx(providerOutside), forAll)).data).toEqual(PDF);
		await expect(openDocument(ctx(providerOutside), forBody)).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		await expect(openDocument(ctx(memberInBody), forCoordination)).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		await expect(openDocument(ctx(otherCoordinator, other), forAll)).rejects.toSatisfy((e) =>
			isAppError(e, 'not_found')
		);

		await deleteDocument(ctx(coordinator), forAll);
		await expect(openDocument(ctx(coordinator), forAll)).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		expect(fs.readdirSync(path.join(filesDir, network.id, 'documents'))).toHaveLength(2); // the file is gone from disk too
	});
});
