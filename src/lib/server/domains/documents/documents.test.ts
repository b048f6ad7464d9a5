import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { bodies, bodyMembers, contacts, organisations } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { openFileStore, type FileStore } from './file-store';
import { localFileStore } from './local-file-store';
import { s3FileStore } from './s3-file-store';
import { sniffDocumentType } from './sniff-file';
import { deleteDocument } from './delete-document';
import { listDocuments } from './list-documents';
import { openDocument } from './open-document';
import { uploadDocument } from './upload-document';

const PNG = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001',
	'hex'
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A stored (uncompressed) ZIP with the given entry names, as Office files are ZIPs of XML parts. */
function zipWith(names: string[]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const name of names) {
		const n = Buffer.from(name);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(n.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(n.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, n);
		centrals.push(central, n);
		offset += 30 + n.length;
	}
	const dir = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(names.length, 8);
	end.writeUInt16LE(names.length, 10);
	end.writeUInt32LE(dir.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, dir, end]);
}

describe('document types are detected from the content', () => {
	it('knows PDF, PNG, JPEG, DOCX and XLSX and nothing else', async () => {
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('Liste').addRow(['Name']);
		expect(sniffDocumentType(PDF)).toBe('pdf');
		expect(sniffDocumentType(PNG)).toBe('png');
		expect(sniffDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
		expect(sniffDocumentType(Buffer.from(await workbook.xlsx.writeBuffer()))).toBe('xlsx');
		expect(sniffDocumentType(zipWith(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']))).toBe('docx');
		expect(sniffDocumentType(zipWith(['readme.txt', 'word/document.xml']))).toBeNull(); // a plain ZIP
		expect(sniffDocumentType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
		expect(sniffDocumentType(Buffer.from('MZ\x90\x00'))).toBeNull(); // a Windows program renamed to .pdf
		expect(sniffDocumentType(Buffer.alloc(0))).toBeNull();
	});
});

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
		await store.remove(key);
		expect(await store.get(key)).toBeNull();
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
