import { asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { partnerCategories } from '$lib/server/db/schema';

/** Partnerkategorien nach § 3 KKG as real networks list them; every network starts with these and can edit them. */
export const DEFAULT_PARTNER_CATEGORIES = [
	'Jugendamt / ASD',
	'Gesundheitsamt',
	'Kinder- und Jugendärzt:innen',
	'Gynäkolog:innen',
	'Allgemeinmedizin',
	'Hebammen und Familienhebammen',
	'Geburtskliniken',
	'Schwangerschafts(konflikt)beratung',
	'Erziehungsberatung',
	'Frühförderstellen',
	'Kitas und Kindertagespflege',
	'Familienzentren',
	'Familienbildung',
	'Kinderschutzbund',
	'Jobcenter',
	'Agentur für Arbeit',
	'Sozialamt',
	'Migrationsberatung',
	'Sucht- und Drogenberatung',
	'Sozialpsychiatrischer Dienst',
	'Frauenhaus',
	'Polizei',
	'Familiengericht',
	'Ordnungsamt',
	'Schulen',
	'Wohlfahrtsverbände',
	'Ehrenamt'
] as const;

/** Creates the default categories for a network that has none yet. */
export async function ensurePartnerCategories(tx: Tx, networkId: string): Promise<void> {
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(partnerCategories)
		.where(eq(partnerCategories.networkId, networkId));
	if (n > 0) return;
	await tx
		.insert(partnerCategories)
		.values(DEFAULT_PARTNER_CATEGORIES.map((name, position) => ({ networkId, name, position })));
}

export async function listPartnerCategories(tx: Tx, networkId: string) {
	await ensurePartnerCategories(tx, networkId);
	return tx
		.select({ id: partnerCategories.id, name: partnerCategories.name })
		.from(partnerCategories)
		.where(eq(partnerCategories.networkId, networkId))
		.orderBy(asc(partnerCategories.position), asc(partnerCategories.name));
}
