import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem, withTenant } from '$lib/server/db/scope';
import { auditLog, guidanceCards } from '$lib/server/db/schema';
import { parseWith } from '$lib/server/http/forms';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { guidanceCardSchema, type GuidanceCardInput } from './guidance-schema';
import { getGuidanceCard, guidanceForPortal, listGuidanceCards } from './list-guidance-cards';
import { saveGuidanceCard } from './save-guidance-card';
import { deleteGuidanceCard, resetGuidanceCards } from './delete-guidance-card';
import { DEFAULT_GUIDANCE } from './default-guidance';

const form = (extra: Record<string, string> = {}) => {
	const parsed = parseWith(guidanceCardSchema, {
		lifeStage: '0-1',
		title: 'Babytreff im Stadtteil',
		text: 'Jeden Dienstag mit Kaffee und Fragen.',
		query: 'Babytreff',
		position: '5',
		'title-tr': 'Mahalle bebek buluşması',
		'text-tr': 'Her salı.',
		...extra
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data as GuidanceCardInput;
};

describe('guidance card form', () => {
	it('requires the German texts and refuses a translated text without title and a bad position', () => {
		const parsed = parseWith(guidanceCardSchema, {
			lifeStage: 'rente',
			title: '',
			text: 'x',
			query: '',
			position: '-3',
			'text-ar': 'نص'
		});
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(parsed.errors).toMatchObject({
				lifeStage: 'error.choose',
				title: 'error.required',
				query: 'error.required',
				position: 'homeAdmin.positionInvalid'
			});
		const noTitle = parseWith(guidanceCardSchema, {
			lifeStage: 'kita',
			title: 'T',
			text: 'x',
			query: 'q',
			'text-ar': 'نص'
		});
		expect(noTitle).toMatchObject({ ok: false, errors: { 'title-ar': 'homeAdmin.titleMissing' } });
	});

	it('ships cards for every stage in all nine languages', () => {
		for (const stage of ['schwangerschaft', '0-1', '1-3', 'kita', 'grundschule'])
			expect(DEFAULT_GUIDANCE.filter((c) => c.lifeStage === stage).length).toBeGreaterThanOrEqual(3);
		for (const c of DEFAULT_GUIDANCE)
			expect(Object.keys(c.translations).sort()).toEqual(['ar', 'en', 'fa', 'leicht', 'pl', 'ru', 'tr', 'uk']);
	});
});

describe.each(TEST_DATABASE_KINDS)('guidance cards on %s', (kind) => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('shows the shipped cards until the network has its own; the first own card copies them in', async () => {
		const network = await makeNetwork(database.db);
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(database.db, network, coordinator);
		const shipped = await guidanceForPortal({ ...ctx, actor: null }, 'tr');
		expect(shipped.map((g) => g.stage)).toEqual(['schwangerschaft', '0-1', '1-3', 'kita', 'grundschule']);
		expect(shipped[0]!.cards[0]).toMatchObject({ title: 'Ebe bulun', query: 'Hebamme', german: false });
		expect((await listGuidanceCards(ctx)).usesDefaults).toBe(true);

		await saveGuidanceCard(ctx, form());
		const { cards } = await listGuidanceCards(ctx);
		expect(cards.length).toBe(DEFAULT_GUIDANCE.length + 1);
		const firstYear = (await guidanceForPortal({ ...ctx, actor: null }, 'tr')).find((g) => g.stage === '0-1')!;
		expect(firstYear.cards.map((c) => c.title)).toContain('Mahalle bebek buluşması');
		// Arabic has no text of the own card: German, marked so.
		const arabic = (await guidanceForPortal({ ...ctx, actor: null }, 'ar')).find((g) => g.stage === '0-1')!;
		expect(arabic.cards.find((c) => c.query === 'Babytreff')).toMatchObject({
			title: 'Babytreff im Stadtteil',
			german: true,
			textGerman: true
		});
		const audit = await withSystem(database.db, (tx) =>
			tx.select().from(auditLog).where(eq(auditLog.networkId, network.id))
		);
		expect(audit.map((a) => `${a.entity}:${a.action}`)).toContain('guidance_card:create');
	});

	it('refuses a stale version on save and delete (conflict), and resets to the shipped cards', async () => {
		const network = await makeNetwork(database.db);
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(database.db, network, coordinator);
		const { id } = await saveGuidanceCard(ctx, form());
		const card = await getGuidanceCard(ctx, id);
		await saveGuidanceCard(ctx, form({ id, version: String(card.version), title: 'Neuer Titel' }));
		await expect(
			saveGuidanceCard(ctx, form({ id, version: String(card.version), title: 'Veraltet' }))
		).rejects.toMatchObject({ code: 'conflict' });
		await expect(deleteGuidanceCard(ctx, { id, version: card.version })).rejects.toMatchObject({ code: 'conflict' });
		expect((await getGuidanceCard(ctx, id)).title).toBe('Neuer Titel');
		await deleteGuidanceCard(ctx, { id, version: card.version + 1 });
		await expect(getGuidanceCard(ctx, id)).rejects.toMatchObject({ code: 'not_found' });
		expect(await resetGuidanceCards(ctx)).toBe(DEFAULT_GUIDANCE.length);
		expect((await listGuidanceCards(ctx)).cards.length).toBe(DEFAULT_GUIDANCE.length);
	});

	it('keeps networks apart: no reading, changing or deleting another network’s card; members may not edit', async () => {
		const a = await makeNetwork(database.db);
		const b = await makeNetwork(database.db);
		const coordA = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: a.id }] });
		const coordB = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: b.id }] });
		const memberA = await makeUser(database.db, { roles: [{ role: 'member', networkId: a.id }] });
		const ctxA = tenantContext(database.db, a, coordA);
		const ctxB = tenantContext(database.db, b, coordB);
		const { id } = await saveGuidanceCard(ctxA, form({ title: 'Nur in Netz A' }));
		await expect(getGuidanceCard(ctxB, id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(saveGuidanceCard(ctxB, form({ id, version: '1', title: 'Übernommen' }))).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(deleteGuidanceCard(ctxB, { id, version: 1 })).rejects.toMatchObject({ code: 'not_found' });
		await expect(saveGuidanceCard(tenantContext(database.db, a, memberA), form())).rejects.toMatchObject({
			code: 'forbidden'
		});
		const portalB = await guidanceForPortal({ ...ctxB, actor: null }, 'de');
		expect(portalB.flatMap((g) => g.cards).some((c) => c.title === 'Nur in Netz A')).toBe(false);
		// Row-level security: B's transaction sees none of A's rows even without a where clause.
		const raw = await withTenant(database.db, b.id, (tx) => tx.select().from(guidanceCards));
		expect(raw.some((r) => r.networkId === a.id)).toBe(false);
		expect((await getGuidanceCard(ctxA, id)).title).toBe('Nur in Netz A');
	});
});
