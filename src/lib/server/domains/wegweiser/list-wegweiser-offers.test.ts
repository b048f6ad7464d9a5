import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { execFileSync } from 'node:child_process';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { districts, offerLocations, offers } from '$lib/server/db/schema';
import { importSetup } from '$tests/offer-fixtures';
import { makeUser, tenantContext } from '$tests/fixtures';
import { canPrintHtml } from '$lib/server/pdf/html-pdf';
import { isAppError } from '$lib/server/errors';
import { listWegweiserOffers } from './list-wegweiser-offers';
import { makeWegweiser } from './make-wegweiser';

/** pdftotext's reading order, bidi marks removed and poppler's swapped lam-alef put back (see shortlist-pdf.test.ts). */
const logicalText = (pdf: Buffer) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
		.toString('utf8')
		.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
		.replace(/\s+/g, ' ')
		.replace(/ا([أإآ])ل/g, 'ال$1');

describe.each(TEST_DATABASE_KINDS)('Wegweiser (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	async function setup() {
		const { db, network, ctx } = await importSetup(database.db);
		const ids = await withSystem(db, async (tx) => {
			const ds = await tx.select().from(districts).where(eq(districts.networkId, network.id));
			const alt = ds.find((d) => d.name === 'Altstadt')!;
			const nord = ds.find((d) => d.name === 'Nordviertel')!;
			const add = async (values: Partial<typeof offers.$inferInsert> & { title: string }, districtId: string) => {
				const [o] = await tx
					.insert(offers)
					.values({
						networkId: network.id,
						offerType: 'beratung',
						status: 'published',
						verifiedAt: new Date(),
						districtIds: [districtId],
						contactPhone: '030 23125 410',
						schedule: { weekly: [{ day: 1, opens: '09:00', closes: '12:00' }] },
						...values
					})
					.returning();
				await tx.insert(offerLocations).values({
					networkId: network.id,
					offerId: o!.id,
					districtId,
					street: 'Beispielweg 3',
					postcode: '12345',
					city: 'Beispielstadt',
					position: 0
				});
				return o!.id;
			};
			return {
				alt: alt.id,
				midwife: await add(
					{
						title: 'Hebammensprechstunde',
						lifeStages: ['schwangerschaft', '0-1'],
						translations: { ar: { title: 'استشارة القابلة', summary: 'للحوامل والأمهات.' } }
					},
					alt.id
				),
				crying: await add({ title: 'Schreibaby-Beratung', lifeStages: ['0-1'] }, nord.id),
				meeting: await add({ title: 'Elterncafé', lifeStages: [] }, alt.id),
				draft: await add({ title: 'Entwurf Kurs', lifeStages: ['kita'], status: 'draft' }, alt.id)
			};
		});
		return { db, network, ctx, ids };
	}

	it('lists the published offers by life stage, each under every stage it has, none under "übergreifend"', async () => {
		const { ctx, ids } = await setup();
		const content = await listWegweiserOffers(ctx, { districtId: null, locale: 'de' });
		const byStage = Object.fromEntries(content.sections.map((s) => [s.stage, s.offers.map((o) => o.id)]));
		expect(byStage).toEqual({
			schwangerschaft: [ids.midwife],
			'0-1': [ids.midwife, ids.crying],
			uebergreifend: [ids.meeting]
		});
		expect(content.district).toBeNull();
		expect(JSON.stringify(content)).not.toContain(ids.draft);
	});

	it('keeps to one district and marks untranslated offers as German in another language', async () => {
		const { ctx, ids } = await setup();
		const content = await listWegweiserOffers(ctx, { districtId: ids.alt, locale: 'ar' });
		expect(content.district?.name).toBe('Altstadt');
		const all = content.sections.flatMap((s) => s.offers);
		expect(all.map((o) => o.id)).not.toContain(ids.crying);
		expect(all.find((o) => o.id === ids.midwife)?.german).toBe(false);
		expect(all.find((o) => o.id === ids.meeting)?.german).toBe(true);
	});

	it('refuses a district of another network and anyone but the coordinator', async () => {
		const { ctx } = await setup();
		const other = await setup();
		await expect(listWegweiserOffers(ctx, { districtId: other.ids.alt, locale: 'de' })).rejects.toSatisfy((e) =>
			isAppError(e, 'not_found')
		);
		const member = await makeUser(ctx.db, { roles: [] });
		await expect(
			listWegweiserOffers(tenantContext(ctx.db, ctx.network, member), { districtId: null, locale: 'de' })
		).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
	});

	it.runIf(canPrintHtml())('prints German and Arabic PDFs with title, phone, hours and the help numbers', async () => {
		const { ctx } = await setup();
		const de = await makeWegweiser(ctx, {
			districtId: null,
			locale: 'de',
			format: 'A5',
			publicUrl: 'https://portal.example.org'
		});
		const deText = logicalText(de.pdf);
		expect(deText).toContain('Wegweiser Frühe Hilfen');
		expect(deText).toContain('Schwangerschaft');
		expect(deText).toContain('Hebammensprechstunde');
		expect(deText).toContain('030 23125 410');
		expect(deText).toContain('Montag 09:00–12:00');
		expect(deText).toContain('116 016');
		expect(deText).toMatch(/Stand: \d{1,2}\. \p{L}+ \d{4}/u);
		expect(de.filename).toMatch(/^wegweiser-.*-netzwerk-de-a5\.pdf$/);
		const ar = await makeWegweiser(ctx, {
			districtId: null,
			locale: 'ar',
			format: 'A4',
			publicUrl: 'https://portal.example.org'
		});
		const arText = logicalText(ar.pdf);
		expect(arText).toContain('دليل العائلة');
		expect(arText).toContain('استشارة القابلة');
		expect(arText).toContain('Elterncafé بالألمانية فقط');
	});
});
