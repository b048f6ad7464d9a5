import { eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { districts, offerLocations, offers, organisations, topics } from '$lib/server/db/schema';
import { DEFAULT_TOPICS, ensureOfferDefaults } from '$lib/server/domains/taxonomy/default-taxonomy';
import { refreshSearchWords } from '$lib/server/domains/offers/refresh-search-words';
import { syncLocationSummary } from '$lib/server/domains/offers/sync-location-summary';
import { demoDistrictOutlines } from './demo-district-outlines';
import { DEMO_DISTRICTS, DEMO_TRANSLATIONS, OFFER_TEMPLATES, type OfferTemplate } from './demo-offers';
import { DEMO_TRANSLATION_TEMPLATES } from './demo-offer-translations';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Demo closures and course dates relative to the day the demo data is loaded. */
function demoScheduleExtras(title: string, place: number) {
	if (title === 'Elterncafé' && place === 0)
		return { exceptions: [{ from: isoDay(2), to: isoDay(9), note: 'Das Elterncafé macht Ferienpause.' }] };
	if (title === 'Hebammensprechstunde' && place === 0)
		return {
			exceptions: [{ from: isoDay(5), to: isoDay(5), note: 'Die Sprechstunde fällt wegen einer Fortbildung aus.' }]
		};
	if (title === 'Babymassage' || title === 'Geburtsvorbereitungskurs') {
		return {
			dates: [7, 14, 21, 28, 35].map((d) => ({
				date: isoDay(d + place),
				start: title === 'Babymassage' ? '10:00' : '18:30',
				end: title === 'Babymassage' ? '11:00' : '20:30'
			}))
		};
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

/** Invented house names that tell apart two providers of the same kind in the same district. */
const HOUSE_NAMES = [
	'Haus am Park',
	'Haus Lindenblüte',
	'Haus Regenbogen',
	'Haus am Bach',
	'Haus Sonnenhof',
	'Haus Kastanie',
	'Haus Wiesengrund',
	'Haus Abendstern'
];

/**
 * Title and translations of the template's p-th place: the first keeps the template's exact
 * title (tests and the guide name it); the others get a place touch ("… in Altstadt", "… –
 * Haus am Park") and, where a translation template exists, their translations, so about half
 * the demo offers are translated and result lists do not look like copies.
 */
function demoTexts(template: OfferTemplate, p: number, place: string) {
	const shipped = DEMO_TRANSLATIONS[template.title] ?? {};
	if (p === 0) return { title: template.title, translations: shipped };
	const touch = p % 2 === 1 ? place : HOUSE_NAMES[p % HOUSE_NAMES.length]!;
	const title = p % 2 === 1 ? `${template.title} in ${touch}` : `${template.title} – ${touch}`;
	const translations: Record<string, { title: string; summary: string; description?: string }> = {};
	for (const [locale, [trTitle, summary]] of Object.entries(DEMO_TRANSLATION_TEMPLATES[template.title] ?? {}))
		translations[locale] = { title: `${trTitle} – ${touch}`, summary };
	for (const [locale, tr] of Object.entries(shipped)) translations[locale] = { ...tr, title: `${tr.title} – ${touch}` };
	return { title, translations };
}

/** A provider name not yet used in the network (organisation names are unique per network). */
function distinctName(used: Set<string>, provider: string, place: string): string {
	let name = `${provider} ${place} (Beispiel)`;
	for (let k = 0; used.has(name.toLowerCase()); k++)
		name = `${provider} ${place} – ${HOUSE_NAMES[k % HOUSE_NAMES.length]}${k >= HOUSE_NAMES.length ? ` ${Math.floor(k / HOUSE_NAMES.length) + 1}` : ''} (Beispiel)`;
	used.add(name.toLowerCase());
	return name;
}

/** Days since the last check by slot: mostly fresh; some due soon, some overdue, one past the grace period. */
function demoVerifiedDaysAgo(slot: number, r: number): number {
	if (slot === 4) return 190 + Math.floor(r * 12);
	if (slot === 9 || slot === 21) return 165 + Math.floor(r * 10);
	if (slot === 17) return 250;
	return Math.floor(r * 150);
}

/** The demo network's districts (with postcodes and centres); returns those inserted now. */
function seedDemoDistricts(tx: Tx, network: { id: string; slug: string }) {
	const demoDistricts = DEMO_DISTRICTS[network.slug] ?? [];
	const outlines = demoDistrictOutlines(demoDistricts);
	return tx
		.insert(districts)
		.values(
			demoDistricts.map((d, i) => ({
				networkId: network.id,
				name: d.name,
				postcodes: d.postcodes,
				lat: d.lat,
				lng: d.lng,
				geojson: outlines[i]
			}))
		)
		.onConflictDoNothing()
		.returning();
}

/** A made-up address in the district, near its centre. */
function demoLocation(
	network: { id: string; municipality: string },
	offerId: string,
	label: string,
	district: { id: string; postcodes: string[]; lat: number | null; lng: number | null } | undefined,
	random: () => number
) {
	return {
		networkId: network.id,
		offerId,
		label,
		street: `Beispielweg ${1 + Math.floor(random() * 80)}`,
		postcode: district?.postcodes[0] ?? '',
		city: network.municipality,
		districtId: district?.id ?? null,
		lat: district?.lat != null ? district.lat + (random() - 0.5) * 0.01 : null,
		lng: district?.lng != null ? district.lng + (random() - 0.5) * 0.015 : null
	};
}

/**
 * Districts, topics, synonyms and 60+ published offers for one demo network, unless it
 * already has offers. `phonePrefix` is a range reserved for fiction, e.g. "0221 4710".
 */
export async function seedDemoOffers(
	tx: Tx,
	network: { id: string; slug: string; municipality: string },
	phonePrefix: string
): Promise<number> {
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(offers)
		.where(eq(offers.networkId, network.id));
	if (n > 0) return 0;
	await ensureOfferDefaults(tx, network.id);
	const known = new Set(
		(await tx.select({ slug: topics.slug }).from(topics).where(eq(topics.networkId, network.id))).map((t) => t.slug)
	);
	const insertedDistricts = await seedDemoDistricts(tx, network);
	const used = new Set(
		(
			await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.networkId, network.id))
		).map((o) => o.name.toLowerCase())
	);
	const random = seeded([...network.slug].reduce((a, c) => a + c.charCodeAt(0), 0));
	let phone = 600;
	let count = 0;
	for (const [index, template] of OFFER_TEMPLATES.entries()) {
		const places = Math.min(insertedDistricts.length, template.spread + 1);
		for (let p = 0; p < Math.max(1, places); p++) {
			const district = insertedDistricts[(index + p) % Math.max(1, insertedDistricts.length)];
			const providerName = distinctName(used, template.provider, district?.name ?? network.municipality);
			const [org] = await tx
				.insert(organisations)
				.values({ networkId: network.id, name: providerName })
				.returning({ id: organisations.id });
			const topicSlugs = template.topics.filter((t) => known.has(t));
			const texts = demoTexts(template, p, district?.name ?? network.municipality);
			// Mostly fresh; some due soon, some overdue (still shown), a few past the grace period (hidden), some never verified.
			const r = random();
			const slot = (index * 7 + p) % 26;
			const verifiedDaysAgo = demoVerifiedDaysAgo(slot, r);
			const neverVerified = slot === 13;
			const [offer] = await tx
				.insert(offers)
				.values({
					networkId: network.id,
					organisationId: org!.id,
					title: texts.title,
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
					schedule: {
						weekly: (template.hours ?? []).map(([day, opens, closes]) => ({ day, opens, closes })),
						...demoScheduleExtras(template.title, p)
					},
					contactPhone: `${phonePrefix} ${String(phone++).padStart(3, '0')}`,
					contactEmail: `angebot${phone}.${network.slug}@example.org`,
					status: 'published',
					verifiedAt: neverVerified ? null : new Date(Date.now() - verifiedDaysAgo * 86_400_000),
					translations: texts.translations,
					searchExtra: [providerName, ...topicSlugs.map((t) => topicName.get(t) ?? '')].join(' ')
				})
				.returning({ id: offers.id });
			await tx.insert(offerLocations).values(demoLocation(network, offer!.id, providerName, district, random));
			count++;
		}
	}
	await syncLocationSummary(tx, { networkId: network.id });
	await refreshSearchWords(tx, network.id);
	return count;
}

/**
 * Two offers of the demo provider's own organisation: one fresh, one due in a few days, so
 * the first run of the freshness job mails the demo provider a "still current" link.
 */
export async function seedDemoProviderOffers(
	tx: Tx,
	network: { id: string; municipality: string },
	organisation: { id: string; name: string },
	phonePrefix: string
): Promise<void> {
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(offers)
		.where(eq(offers.organisationId, organisation.id));
	if (n > 0) return;
	const [district] = await tx.select().from(districts).where(eq(districts.networkId, network.id)).limit(1);
	const entries = [
		{
			title: 'Familienfrühstück',
			summary: 'Jeden Mittwoch gemeinsam frühstücken, andere Eltern kennenlernen und Fragen stellen.',
			daysAgo: 20,
			day: 3
		},
		{
			title: 'Krabbelgruppe Sonnenblume',
			summary: 'Spielen, singen und sich austauschen: für Eltern mit Kindern von 8 bis 18 Monaten.',
			daysAgo: 176,
			day: 2
		}
	];
	for (const [i, e] of entries.entries()) {
		const [offer] = await tx
			.insert(offers)
			.values({
				networkId: network.id,
				organisationId: organisation.id,
				title: e.title,
				summary: e.summary,
				description: `${e.summary} Ohne Anmeldung, kostenlos.`,
				lifeStages: ['0-1', '1-3'],
				topics: ['freizeit-begegnung'],
				offerType: 'gruppe',
				preventionLevel: 'universell',
				languages: ['de'],
				schedule: { weekly: [{ day: e.day, opens: '09:30', closes: '11:00' }] },
				contactPhone: `${phonePrefix} ${String(590 + i).padStart(3, '0')}`,
				contactEmail: 'sonnenblume@example.org',
				status: 'published',
				verifiedAt: new Date(Date.now() - e.daysAgo * 86_400_000),
				searchExtra: `${organisation.name} Freizeit & Begegnung`
			})
			.returning({ id: offers.id });
		await tx.insert(offerLocations).values({
			networkId: network.id,
			offerId: offer!.id,
			label: organisation.name,
			street: 'Beispielweg 12',
			postcode: district?.postcodes[0] ?? '',
			city: network.municipality,
			districtId: district?.id ?? null,
			lat: district?.lat ?? null,
			lng: district?.lng ?? null
		});
	}
	await syncLocationSummary(tx, { networkId: network.id });
	await refreshSearchWords(tx, network.id);
}
