import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { events, networks, offers } from '$lib/server/db/schema';
import { seedDemoData } from '$lib/server/demo/seed-demo-data';
import { tenantContext } from '$tests/fixtures';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { listSitemapPages, sitemapIndexXml, sitemapXml } from './list-sitemap-pages';

const ORIGIN = 'https://wegweiser.example.org';

function parseXml(xml: string): Document {
	const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
	expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
	return doc;
}

describe.each(TEST_DATABASE_KINDS)('sitemap of a network (%s)', (kind) => {
	let database: Database;
	let ctx: TenantContext;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
		await seedDemoData(database.db);
		const [network] = await withSystem(database.db, (tx) =>
			tx.select().from(networks).where(eq(networks.slug, 'wilhelmshaven'))
		);
		ctx = tenantContext(database.db, network!, null);
	}, 120_000);
	afterAll(() => database?.close());

	it('lists the fixed pages, every published offer and the coming public events, nothing else', async () => {
		const pages = await listSitemapPages(ctx);
		const paths = pages.map((p) => p.path);
		expect(paths).toEqual(expect.arrayContaining(['', '/angebote', '/netzwerk', '/veranstaltungen', '/datenschutz']));
		const rows = await withSystem(database.db, (tx) =>
			tx.select().from(offers).where(eq(offers.networkId, ctx.network.id))
		);
		const draft = rows.find((o) => o.status !== 'published');
		const published = rows.filter((o) => o.status === 'published');
		expect(paths.filter((p) => p.startsWith('/angebote/')).length).toBeGreaterThan(0);
		expect(paths.filter((p) => p.startsWith('/angebote/')).length).toBeLessThanOrEqual(published.length);
		if (draft) expect(paths).not.toContain(`/angebote/${draft.id}`);
		const offerPage = pages.find((p) => p.path.startsWith('/angebote/'))!;
		const offer = rows.find((o) => `/angebote/${o.id}` === offerPage.path)!;
		expect(offerPage.lastmod.toISOString()).toBe(offer.updatedAt.toISOString());
		// Members-only and draft events stay out.
		const hidden = await withSystem(database.db, (tx) =>
			tx.select().from(events).where(eq(events.networkId, ctx.network.id))
		);
		const eventPaths = paths.filter((p) => p.startsWith('/veranstaltungen/'));
		expect(eventPaths.length).toBeGreaterThan(0);
		for (const e of hidden.filter((x) => x.visibility !== 'public' || x.status !== 'published'))
			expect(eventPaths).not.toContain(`/veranstaltungen/${e.id}`);
	});

	it('writes well-formed XML: each page in every language with hreflang alternates and x-default', async () => {
		const pages = await listSitemapPages(ctx);
		const doc = parseXml(sitemapXml(ORIGIN, 'wilhelmshaven', pages));
		const urls = [...doc.getElementsByTagName('url')];
		expect(urls).toHaveLength(pages.length * 9);
		const arabic = urls.find(
			(u) => u.getElementsByTagName('loc')[0]!.textContent === `${ORIGIN}/wilhelmshaven/ar/angebote`
		)!;
		const links = [...arabic.getElementsByTagName('xhtml:link')].map(
			(l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`
		);
		expect(links).toContain(`de ${ORIGIN}/wilhelmshaven/angebote`);
		expect(links).toContain(`tr ${ORIGIN}/wilhelmshaven/tr/angebote`);
		expect(links).toContain(`x-default ${ORIGIN}/wilhelmshaven/angebote`);
		expect(new Set(links.map((l) => l.split(' ')[0])).size).toBe(links.length);
		expect(arabic.getElementsByTagName('lastmod')[0]!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		const index = parseXml(sitemapIndexXml(ORIGIN, ['herten', 'wilhelmshaven']));
		expect([...index.getElementsByTagName('loc')].map((l) => l.textContent)).toEqual([
			`${ORIGIN}/herten/sitemap.xml`,
			`${ORIGIN}/wilhelmshaven/sitemap.xml`
		]);
	});
});
