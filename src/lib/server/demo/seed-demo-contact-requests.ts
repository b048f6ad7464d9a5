import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { contactRequests, offers } from '$lib/server/db/schema';

const DAY_MS = 86_400_000;

/** Invented parents (example.org, numbers from the network's fictional range), some open, one done. */
const REQUESTS = [
	{
		name: 'Selin',
		phone: '711',
		email: '',
		language: 'tr',
		bestTime: 'vormittags',
		message: '',
		daysAgo: 2,
		doneDaysAgo: null
	},
	{
		name: 'Jonas Muster',
		phone: '',
		email: 'jonas.muster@example.org',
		language: 'de',
		bestTime: '',
		message: 'Wir sind neu hergezogen und suchen eine Gruppe für unsere Tochter (10 Monate).',
		daysAgo: 5,
		doneDaysAgo: null
	},
	{
		name: 'Olena',
		phone: '712',
		email: 'olena.probe@example.org',
		language: 'uk',
		bestTime: 'nach 16 Uhr',
		message: '',
		daysAgo: 6,
		doneDaysAgo: 1
	}
] as const;

/**
 * "Bitte um Kontakt" in the demo networks (issue 16, item 9): switched on for about a third of the
 * published offers (every third by title, and all of the demo provider's organisation), and a few
 * invented requests, two open and one done, dated relative to the seeding (the deletion job takes
 * them after their periods like any other). Runs once: a network with any switched-on offer is left alone.
 */
export async function seedDemoContactRequests(
	tx: Tx,
	network: { id: string },
	phonePrefix: string,
	providerOrganisationId: string | null
): Promise<void> {
	const [done] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(offers)
		.where(and(eq(offers.networkId, network.id), eq(offers.contactRequestsEnabled, true)));
	if ((done?.n ?? 0) > 0) return;
	const published = await tx
		.select({ id: offers.id, organisationId: offers.organisationId })
		.from(offers)
		.where(and(eq(offers.networkId, network.id), eq(offers.status, 'published')))
		.orderBy(asc(offers.title), asc(offers.id));
	const chosen = published.filter(
		(o, i) => i % 3 === 0 || (providerOrganisationId !== null && o.organisationId === providerOrganisationId)
	);
	for (const o of chosen) await tx.update(offers).set({ contactRequestsEnabled: true }).where(eq(offers.id, o.id));
	const now = Date.now();
	for (const [i, r] of REQUESTS.entries()) {
		const offer = chosen[i];
		if (!offer) break;
		await tx.insert(contactRequests).values({
			networkId: network.id,
			offerId: offer.id,
			organisationId: offer.organisationId,
			name: r.name,
			phone: r.phone ? `${phonePrefix} ${r.phone}` : '',
			email: r.email,
			language: r.language,
			bestTime: r.bestTime,
			message: r.message,
			status: r.doneDaysAgo === null ? 'open' : 'done',
			createdAt: new Date(now - r.daysAgo * DAY_MS),
			doneAt: r.doneDaysAgo === null ? null : new Date(now - r.doneDaysAgo * DAY_MS)
		});
	}
}
