import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { auditLog, termTranslations } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { LOCALES } from '$lib/i18n/locales';
import { DEFAULT_TOPICS } from './default-taxonomy';
import { NATIONWIDE_HELP_NUMBERS } from '$lib/server/domains/tenancy/help-numbers';
import { SHIPPED_TERM_TRANSLATIONS } from './shipped-term-translations';
import { listTermTranslations, loadTermTranslator, saveTermTranslations } from './term-translations';

describe('shipped term translations', () => {
	it('cover every default topic and every nationwide help number label and note in all portal languages', () => {
		const terms = [
			...DEFAULT_TOPICS.map((t) => t.name),
			...NATIONWIDE_HELP_NUMBERS.flatMap((h) => [h.label, ...(h.note ? [h.note] : [])])
		];
		for (const term of terms)
			for (const { code } of LOCALES.filter((l) => l.code !== 'de'))
				expect(SHIPPED_TERM_TRANSLATIONS[term]?.[code], `${term} ${code}`).toBeTruthy();
	});
});

describe.each(TEST_DATABASE_KINDS)('per-network term translations (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('uses the network’s own translation over the shipped one, only in its network, with lock and audit', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);

		const shipped = await loadTermTranslator(ctx, 'tr');
		expect(shipped('Gesundheit')).toBe('Sağlık');
		expect(shipped('Unser Stadtteiltreff')).toBe('Unser Stadtteiltreff');

		await saveTermTranslations(ctx, 'tr', [
			{ source: 'Gesundheit', text: 'Sağlık ve bakım', version: 0 },
			{ source: 'Unser Stadtteiltreff', text: 'Mahalle buluşması', version: 0 }
		]);
		const own = await loadTermTranslator(ctx, 'tr');
		expect(own('Gesundheit')).toBe('Sağlık ve bakım');
		expect(own('Unser Stadtteiltreff')).toBe('Mahalle buluşması');
		// Another network still sees the shipped translation; German stays German.
		expect((await loadTermTranslator(tenantContext(db, other, null), 'tr'))('Gesundheit')).toBe('Sağlık');
		expect((await loadTermTranslator(ctx, 'de'))('Gesundheit')).toBe('Gesundheit');

		// A second editor with the stale version 0 is stopped; nothing of the batch is written.
		const stale = await saveTermTranslations(ctx, 'tr', [
			{ source: 'Polizei', text: 'Polis', version: 0 },
			{ source: 'Gesundheit', text: 'Sağlık!', version: 0 }
		]).catch((e: unknown) => e);
		expect(isAppError(stale, 'conflict')).toBe(true);
		const rows = await listTermTranslations(ctx, 'tr');
		expect(rows.map((r) => [r.source, r.text, r.version]).sort()).toEqual([
			['Gesundheit', 'Sağlık ve bakım', 1],
			['Unser Stadtteiltreff', 'Mahalle buluşması', 1]
		]);

		// Emptying a text removes the own translation: the shipped one applies again.
		await saveTermTranslations(ctx, 'tr', [{ source: 'Gesundheit', text: ' ', version: 1 }]);
		expect((await loadTermTranslator(ctx, 'tr'))('Gesundheit')).toBe('Sağlık');
		const audit = await withSystem(db, (tx) =>
			tx.select().from(auditLog).where(eq(auditLog.entity, 'term_translation'))
		);
		expect(audit.filter((a) => a.networkId === network.id)).toHaveLength(3);
		// Nothing was written for the other network.
		const leaked = await withSystem(db, (tx) =>
			tx.select().from(termTranslations).where(eq(termTranslations.networkId, other.id))
		);
		expect(leaked).toEqual([]);
	});

	it('lets only coordinators read and write the editor’s translations', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const member = await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] });
		const ctx = tenantContext(db, network, member);
		await expect(listTermTranslations(ctx, 'ar')).rejects.toThrow();
		await expect(
			saveTermTranslations(ctx, 'ar', [{ source: 'Polizei', text: 'الشرطة', version: 0 }])
		).rejects.toThrow();
	});
});
