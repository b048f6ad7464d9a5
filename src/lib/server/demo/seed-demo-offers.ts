import { eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { districts, offerLocations, offers, organisations, topics } from '$lib/server/db/schema';
import { DEFAULT_TOPICS, ensureOfferDefaults } from '$lib/server/domains/offers/taxonomy';
import { refreshSearchWords } from '$lib/server/domains/offers/refresh-search-words';
import { syncLocationSummary } from '$lib/server/domains/offers/sync-location-summary';
import { DEMO_DISTRICTS, DEMO_TRANSLATIONS, OFFER_TEMPLATES } from './demo-offers';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Demo closures and course dates relative to the day the demo data is loaded. */
function demoScheduleExtras(title: string, place: number) {
	if (title === 'Elterncafé' && place === 0) return { exceptions: [{ from: isoDay(2), to: isoDay(9), note: 'Das Elterncafé macht Ferienpause.' }] };
	if (title === 'Hebammensprechstunde' && place === 0) return { exceptions: [{ from: isoDay(5), to: isoDay(5), note: 'Die Sprechstunde fällt wegen einer Fortbildung aus.' }] };
	if (title === 'Babymassage' || title === 'Geburtsvorbereitungskurs') {
		return { dates: [7, 14, 21, 28, 35].map((d) => ({ date: isoDay(d + place), start: title === 'Babymassage' ? '10:00' : '18:30', end: title === 'Babymassage' ? '11:00' : '20:30' })) };
	}
	return {};
}

const topicName = new Map<string, string>(DEFAULT_TOPICS.map((t) => [t.slug, t.name]));

/** Deterministic pseudo-random numbers, so demo data is the same on every machine. */
function seeded(seed: number) {
	let s = seed;
	return () => {
		s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
		return s / 2_147_483_648;
	};
}

/**
 * Districts, topics, synonyms and 60+ published offers for one demo network, unless it
 * already has offers. `phonePrefix` is a range reserved for fiction, e.g. "0221 4710".
 */
export async function seedDemoOffers(tx: Tx, network: { id: string; slug: string; municipality: string }, phonePrefix: string): Promise<number> {
	const [{ n } = { n: 0 }] = await tx.select({ n: sql<number>`count(*)::int` }).from(offers).where(eq(offers.networkId, network.id));
	if (n > 0) return 0;
	await ensureOfferDefaults(tx, network.id);
	const known = new Set((await tx.select({ slug: topics.slug }).from(topics).where(eq(topics.networkId, network.id))).map((t) => t.slug));
	const demoDistricts = DEMO_DISTRICTS[network.slug] ?? [];
	const insertedDistricts = await tx
		.insert(districts)
		.values(demoDistricts.map((d) => ({ networkId: network.id, name: d.name, postcodes: d.postcodes, lat: d.lat, lng: d.lng })))
		.onConflictDoNothing()
		.returning();
	const random = seeded([...network.slug].reduce((a, c) => a + c.charCodeAt(0), 0));
	let phone = 600;
	let count = 0;
	for (const [index, template] of OFFER_TEMPLATES.entries()) {
		const places = Math.min(insertedDistricts.length, template.spread + 1);
		for (let p = 0; p < Math.max(1, places); p++) {
			const district = insertedDistricts[(index + p) % Math.max(1, insertedDistricts.length)];
			const providerName = `${template.provider} ${district?.name ?? network.municipality} (Beispiel)`;
			const [org] = await tx.insert(organisations).values({ networkId: network.id, name: providerName }).returning({ id: organisations.id });
			const topicSlugs = template.topics.filter((t) => known.has(t));
			const verifiedDaysAgo = Math.floor(random() * 300);
			const [offer] = await tx
				.insert(offers)
				.values({
					networkId: network.id,
					organisationId: org!.id,
					title: template.title,
					summary: template.summary,
					description: template.description,
					lifeStages: template.lifeStages,
					topics: topicSlugs,
					offerType: template.type,
					preventionLevel: template.prevention,
					costFree: template.costFree,
					costText: template.costText ?? '',
					languages: template.languages,
					accessibility: template.accessibility,
					registrationRequired: template.registration,
					schedule: { weekly: (template.hours ?? []).map(([day, opens, closes]) => ({ day, opens, closes })), ...demoScheduleExtras(template.title, p) },
					contactPhone: `${phonePrefix} ${String(phone++).padStart(3, '0')}`,
					contactEmail: `angebot${phone}.${network.slug}@example.org`,
					status: 'published',
					verifiedAt: new Date(Date.now() - verifiedDaysAgo * 86_400_000),
					translations: DEMO_TRANSLATIONS[template.title] ?? {},
					searchExtra: [providerName, ...topicSlugs.map((t) => topicName.get(t) ?? '')].join(' ')
				})
				.returning({ id: offers.id });
			await tx.insert(offerLocations).values({
				networkId: network.id,
				offerId: offer!.id,
				label: providerName,
				street: `Beispielweg ${1 + Math.floor(random() * 80)}`,
				postcode: district?.postcodes[0] ?? '',
				city: network.municipality,
				districtId: district?.id ?? null,
				lat: district?.lat != null ? district.lat + (random() - 0.5) * 0.01 : null,
				lng: district?.lng != null ? district.lng + (random() - 0.5) * 0.015 : null
			});
			count++;
		}
	}
	await syncLocationSummary(tx, { networkId: network.id });
	await refreshSearchWords(tx, network.id);
	return count;
}
