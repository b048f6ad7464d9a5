import { asc, eq, max, sql } from 'drizzle-orm';
import { events, networks, offers } from '$lib/server/db/schema';
import { LOCALES, SOURCE_LOCALE } from '$lib/i18n/locales';
import { tenantTx, scoped, type TenantContext } from '$lib/server/domains/shared/context';
import { notPast, visibleEvents } from '$lib/server/domains/events/event-visibility';
import { publishedOffers } from '$lib/server/domains/exchange/load-hsds-data';

/** One public page of a network's portal, its address after the network and language (`''` = home). */
export type SitemapPage = { path: string; lastmod: Date };

/** The portal's pages without an id of their own. */
const FIXED_PAGES = [
	'',
	'/angebote',
	'/veranstaltungen',
	'/fortbildungen',
	'/netzwerk',
	'/karte',
	'/datenschutz',
	'/impressum',
	'/barrierefreiheit'
];

/**
 * Every public page of the network for search engines: the fixed pages (last changed with the
 * network's settings or its newest offer), each published offer and each coming public event,
 * with the moment it was last saved. Nothing behind a login, no members-only event.
 */
export async function listSitemapPages(ctx: TenantContext): Promise<SitemapPage[]> {
	const anonymous: TenantContext = { ...ctx, actor: null };
	return tenantTx(anonymous, async (tx) => {
		const [network] = await tx
			.select({ updatedAt: networks.updatedAt })
			.from(networks)
			.where(eq(networks.id, ctx.network.id));
		const offerRows = await tx
			.select({ id: offers.id, updatedAt: offers.updatedAt })
			.from(offers)
			.where(scoped(offers, anonymous, publishedOffers(anonymous)))
			.orderBy(asc(offers.title), asc(offers.id));
		const eventRows = await tx
			.select({ id: events.id, updatedAt: events.updatedAt })
			.from(events)
			.where(sql`${visibleEvents(anonymous)} and ${notPast(ctx.now ?? new Date())}`)
			.orderBy(asc(events.id));
		const [newest] = await tx
			.select({ at: max(offers.updatedAt) })
			.from(offers)
			.where(scoped(offers, anonymous, publishedOffers(anonymous)));
		const settings = network?.updatedAt ?? new Date(0);
		const lists = newest?.at && newest.at > settings ? newest.at : settings;
		return [
			...FIXED_PAGES.map((path) => ({ path, lastmod: lists })),
			...offerRows.map((o) => ({ path: `/angebote/${o.id}`, lastmod: o.updatedAt })),
			...eventRows.map((e) => ({ path: `/veranstaltungen/${e.id}`, lastmod: e.updatedAt }))
		];
	});
}

const escapeXml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Languages that get an hreflang alternate: Leichte Sprache is German too, so it stands alone. */
const ALTERNATE_LOCALES = LOCALES.filter((l) => l.code !== 'leicht');

/**
 * The sitemap XML (sitemaps.org 0.9) of one network: every page in every portal language, each
 * with `xhtml:link` alternates for the other languages and `x-default` (German).
 */
export function sitemapXml(origin: string, slug: string, pages: SitemapPage[]): string {
	const url = (code: string, path: string) =>
		escapeXml(`${origin}/${slug}${code === SOURCE_LOCALE ? '' : `/${code}`}${path}`);
	const entries = pages.flatMap((p) => {
		const lastmod = `<lastmod>${p.lastmod.toISOString()}</lastmod>`;
		const alternates = [
			...ALTERNATE_LOCALES.map(
				(l) => `<xhtml:link rel="alternate" hreflang="${l.code}" href="${url(l.code, p.path)}"/>`
			),
			`<xhtml:link rel="alternate" hreflang="x-default" href="${url(SOURCE_LOCALE, p.path)}"/>`
		].join('');
		return LOCALES.map((l) =>
			l.code === 'leicht'
				? `<url><loc>${url(l.code, p.path)}</loc>${lastmod}</url>`
				: `<url><loc>${url(l.code, p.path)}</loc>${lastmod}${alternates}</url>`
		);
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...entries,
		'</urlset>',
		''
	].join('\n');
}

/** The installation's sitemap index: one sitemap per active network. */
export function sitemapIndexXml(origin: string, slugs: string[]): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...slugs.map((s) => `<sitemap><loc>${escapeXml(`${origin}/${s}/sitemap.xml`)}</loc></sitemap>`),
		'</sitemapindex>',
		''
	].join('\n');
}
