import { sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { synonymGroups, topics } from '$lib/server/db/schema';

/** Default topic list for a new network (the coordinator can change it later). */
export const DEFAULT_TOPICS = [
	{ slug: 'schwangerschaft-geburt', name: 'Schwangerschaft & Geburt' },
	{ slug: 'gesundheit', name: 'Gesundheit' },
	{ slug: 'entwicklung-foerderung', name: 'Entwicklung & Förderung' },
	{ slug: 'erziehung-familienalltag', name: 'Erziehung & Familienalltag' },
	{ slug: 'beratung-krisen', name: 'Beratung in Krisen' },
	{ slug: 'finanzen-behoerden', name: 'Finanzen & Behörden' },
	{ slug: 'sprache-integration', name: 'Sprache & Integration' },
	{ slug: 'betreuung', name: 'Betreuung' },
	{ slug: 'freizeit-begegnung', name: 'Freizeit & Begegnung' },
	{ slug: 'kinderschutz', name: 'Kinderschutz' }
] as const;

/** Default synonym groups: words families use for the same thing. */
export const DEFAULT_SYNONYMS: string[][] = [
	['kinderarzt', 'kinderärztin', 'kinder- und jugendarzt', 'pädiater', 'kinderarztpraxis'],
	['schreibaby', 'schreiambulanz', 'schreisprechstunde', 'schreikind'],
	['kita', 'kindertagesstätte', 'kindergarten', 'krippe'],
	['hebamme', 'geburtshelferin', 'entbindungspfleger'],
	['frauenarzt', 'frauenärztin', 'gynäkologe', 'gynäkologin'],
	['tagesmutter', 'kindertagespflege', 'tagespflege'],
	['deutschkurs', 'sprachkurs', 'integrationskurs'],
	['elterngeld', 'kindergeld', 'finanzielle hilfe'],
	['krabbelgruppe', 'spielgruppe', 'eltern-kind-gruppe'],
	['erziehungsberatung', 'familienberatung', 'elternberatung']
];

/** Gives a network the default topics and synonyms unless it already has some. */
export async function ensureOfferDefaults(tx: Tx, networkId: string): Promise<void> {
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(topics)
		.where(sql`${topics.networkId} = ${networkId}`);
	if (n === 0)
		await tx
			.insert(topics)
			.values(DEFAULT_TOPICS.map((t, i) => ({ networkId, slug: t.slug, name: t.name, position: i })));
	const [{ s } = { s: 0 }] = await tx
		.select({ s: sql<number>`count(*)::int` })
		.from(synonymGroups)
		.where(sql`${synonymGroups.networkId} = ${networkId}`);
	if (s === 0) await tx.insert(synonymGroups).values(DEFAULT_SYNONYMS.map((terms) => ({ networkId, terms })));
}
