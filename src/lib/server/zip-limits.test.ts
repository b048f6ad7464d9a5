import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { readSheet } from '$lib/server/domains/exchange/read-sheet';
import { stageImport } from '$lib/server/domains/exchange/run-import';
import { localFileStore } from '$lib/server/domains/documents/local-file-store';
import { uploadDocument } from '$lib/server/domains/documents/upload-document';
import { docx, zipOf, type Part } from '$tests/zip-fixtures';
import { checkZip, IMPORT_ZIP_LIMITS, readZipDirectory } from './zip-limits';

/** The parts of a real XLSX written by exceljs (header row and one offer). */
async function xlsxParts(): Promise<Part[]> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Angebote');
	sheet.addRow(['Externe ID', 'Titel', 'Kurzbeschreibung', 'Lebensphasen', 'Angebotsart']);
	sheet.addRow(['ZIP-1', 'Babytreff', 'Treffen für Eltern mit Babys.', '0-1', 'gruppe']);
	const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
	return readZipDirectory(xlsx)!.map((e) => {
		const start =
			e.localHeaderOffset +
			30 +
			xlsx.readUInt16LE(e.localHeaderOffset + 26) +
			xlsx.readUInt16LE(e.localHeaderOffset + 28);
		const raw = xlsx.subarray(start, start + e.compressedSize);
		return { name: e.name, data: e.method === 8 ? inflateRawSync(raw) : raw };
	});
}

/** 150 MB of zeros in one cell of the first sheet: about 150 KB compressed. */
const BOMB_BYTES = 150 * 1024 * 1024;
function bombSheet(): Buffer {
	const head =
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';
	return Buffer.concat([
		Buffer.from(head),
		Buffer.alloc(BOMB_BYTES, '0'),
		Buffer.from('</t></is></c></row></sheetData></worksheet>')
	]);
}

const swapSheet = (parts: Part[], data: Buffer) =>
	parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data } : p));

describe('ZIP archives are checked before they are unpacked', () => {
	let parts: Part[];
	let bomb: Buffer;
	beforeAll(async () => {
		parts = await xlsxParts();
		bomb = zipOf(swapSheet(parts, bombSheet()));
	});

	it('a small XLSX that expands to 150 MB is refused with a message, a normal one is read', async () => {
		expect(bomb.length).toBeLessThan(1024 * 1024);
		expect(await readSheet(bomb)).toEqual({ error: 'error.zipTooLarge' });
		const normal = await readSheet(zipOf(parts));
		expect(normal).toMatchObject({
			headers: ['Externe ID', 'Titel', 'Kurzbeschreibung', 'Lebensphasen', 'Angebotsart'],
			rows: [{ row: 2, cells: ['ZIP-1', 'Babytreff', 'Treffen für Eltern mit Babys.', '0-1', 'gruppe'] }]
		});
	});

	it('sizes that lie in the headers are caught by counting what really unpacks', async () => {
		const lying = zipOf(swapSheet(parts, bombSheet()), () => 1000);
		expect(readZipDirectory(lying)!.every((e) => e.uncompressedSize === 1000)).toBe(true);
		expect(await checkZip(lying, IMPORT_ZIP_LIMITS)).toBe('too_large');
		expect(await readSheet(lying)).toEqual({ error: 'error.zipTooLarge' });
	});

	it('too many entries are refused; a broken directory is unreadable', async () => {
		const many = zipOf([
			...parts,
			...Array.from({ length: IMPORT_ZIP_LIMITS.maxEntries }, (_, i) => ({
				name: `xl/media/leer${i}.bin`,
				data: Buffer.alloc(0),
				stored: true
			}))
		]);
		expect(await checkZip(many, IMPORT_ZIP_LIMITS)).toBe('too_large');
		expect(await readSheet(many)).toEqual({ error: 'error.zipTooLarge' });
		const broken = zipOf(parts).subarray(0, 200);
		expect(await checkZip(broken, IMPORT_ZIP_LIMITS)).toBe('unreadable');
		expect(await readSheet(broken)).toEqual({ error: 'error.importUnreadable' });
	});
});

describe.each(TEST_DATABASE_KINDS)('zip bombs in uploads (%s)', (kind) => {
	let database: Database;
	let filesDir: string;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
		filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-zip-'));
	});
	afterAll(async () => {
		await database?.close();
		fs.rmSync(filesDir, { recursive: true, force: true });
	});

	it('the import refuses the XLSX bomb next to the file field and accepts a normal XLSX', async () => {
		const network = await makeNetwork(database.db);
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(database.db, network, coordinator);
		const parts = await xlsxParts();
		await expect(
			stageImport(ctx, { kind: 'offers', filename: 'angebote.xlsx', bytes: zipOf(swapSheet(parts, bombSheet())) })
		).rejects.toSatisfy(
			(e) => isAppError(e, 'validation') && e.details.field === 'file' && e.details.message === 'error.zipTooLarge'
		);
		const staged = await stageImport(ctx, { kind: 'offers', filename: 'angebote.xlsx', bytes: zipOf(parts) });
		expect(staged.format).toBe('xlsx');
		expect(staged.report).toMatchObject({ rows: 1, errors: [] });
	});

	it('a DOCX bomb is not stored as a document; a normal DOCX is', async () => {
		const network = await makeNetwork(database.db);
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = {
			...tenantContext(database.db, network, coordinator),
			files: localFileStore(filesDir),
			maxUploadBytes: 10 * 1024 * 1024
		};
		const text = (body: Buffer) =>
			Buffer.concat([
				Buffer.from(
					'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
				),
				body,
				Buffer.from('</w:t></w:r></w:p></w:body></w:document>')
			]);
		const input = { title: 'Protokoll', access: 'network' as const, bodyId: null, meetingId: null };
		await expect(
			uploadDocument(ctx, input, { data: docx(text(Buffer.alloc(BOMB_BYTES, '0'))), name: 'protokoll.docx' })
		).rejects.toSatisfy(
			(e) => isAppError(e, 'validation') && e.details.field === 'file' && e.details.message === 'error.zipTooLarge'
		);
		const { id } = await uploadDocument(ctx, input, {
			data: docx(text(Buffer.from('Beispieltext'))),
			name: 'protokoll.docx'
		});
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
	});
});
