import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { guardFormData, storableText } from './forms';
import { cleanUrlInput } from './params';
import { isBadInputError } from './errors';

describe('input the database cannot store', () => {
	it('drops NUL and lone surrogates from text, keeps everything else', () => {
		expect(storableText('Fam\0ilie')).toBe('Familie');
		expect(storableText('a\ud800b\udc00c')).toBe('abc');
		expect(storableText('Kita 😀 \u202e ä')).toBe('Kita 😀 \u202e ä');
	});

	it('cleans query and route parameters in place', () => {
		const url = new URL('http://x.example/intern/angebote?q=Fam%00ilie&art=kurs');
		const params: Record<string, string> = { id: 'a\0b' };
		cleanUrlInput(url, params);
		expect(url.searchParams.get('q')).toBe('Familie');
		expect(url.searchParams.get('art')).toBe('kurs');
		expect(params.id).toBe('ab');
	});

	it('answers a broken multipart body with a 400 and a message, and strips NUL from a readable one', async () => {
		const broken = new Request('http://x.example/anmelden', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=XYZ' },
			body: '--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nfoo'
		});
		guardFormData(broken);
		const failure = await broken.formData().then(
			() => null,
			(e: unknown) => e
		);
		expect(isHttpError(failure, 400)).toBe(true);
		expect(isHttpError(failure) && failure.body.message).toContain('Das Formular ist unvollständig angekommen');

		const form = new FormData();
		form.append('q', 'a\0b');
		form.append('file', new File(['%PDF-1.4'], 'scan.pdf'));
		const readable = new Request('http://x.example/intern', { method: 'POST', body: form });
		guardFormData(readable);
		const read = await readable.formData();
		expect(read.get('q')).toBe('ab');
		expect((read.get('file') as File).name).toBe('scan.pdf');
	});
});

describe.each(TEST_DATABASE_KINDS)('values the database refuses on %s', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	const refused = async (query: ReturnType<typeof sql>) =>
		database.db.execute(query).then(
			() => null,
			(e: unknown) => e
		);

	it('are recognised as bad input (the 400 safety net), other errors are not', async () => {
		expect(isBadInputError(await refused(sql`select ${'kaputt'}::uuid`))).toBe(true);
		expect(isBadInputError(await refused(sql`select ${'2026-02-31'}::date`))).toBe(true);
		expect(isBadInputError(await refused(sql`select ${'9'.repeat(40)}::int`))).toBe(true);
		expect(isBadInputError(await refused(sql`select ${'a\0b'}::text`))).toBe(true);
		expect(isBadInputError(await refused(sql`select * from no_such_table`))).toBe(false);
		expect(isBadInputError(new Error('anything'))).toBe(false);
	});
});
