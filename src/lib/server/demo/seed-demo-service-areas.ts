import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { districts, offerLocations, offers, organisations } from '$lib/server/db/schema';
import { syncLocationSummary } from '$lib/server/domains/offers/sync-location-summary';

/**
 * Einzugsgebiete of the demo offers (issue 15): the Familienhebammen visit homes in three
 * districts each (one of them has no location at all), the Elterntelefon serves the whole
 * network area, and so do their providers. Runs once: a network with any service area is left alone.
 */
export async function seedDemoServiceAreas(tx: Tx, network: { id: string }): Promise<void> {
	const [done] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(offers)
		.where(
			and(
				eq(offers.networkId, network.id),
				sql`(${offers.servesWholeNetwork} or cardinality(${offers.serviceDistrictIds}) > 0)`
			)
		);
	if ((done?.n ?? 0) > 0) return;
	const districtIds = (
		await tx
			.select({ id: districts.id })
			.from(districts)
			.where(eq(districts.networkId, network.id))
			.orderBy(asc(districts.name))
	).map((d) => d.id);
	if (districtIds.length === 0) return;
	const midwives = await tx
		.select({ id: offers.id, title: offers.title, districtIds: offers.districtIds })
		.from(offers)
		.where(and(eq(offers.networkId, network.id), like(offers.title, 'Familienhebamme – Hausbesuche%')))
		.orderBy(asc(offers.title));
	for (const [i, m] of midwives.entries()) {
		const start = Math.max(0, districtIds.indexOf(m.districtIds[0] ?? '')) + i;
		const three = [0, 1, 2].map((k) => districtIds[(start + k) % districtIds.length]!);
		await tx
			.update(offers)
			.set({ serviceDistrictIds: [...new Set(three)] })
			.where(eq(offers.id, m.id));
	}
	// One Familienhebamme without any location: she only comes to the families.
	const mobile = midwives.find((m) => m.title.includes(' in '));
	if (mobile) {
		await tx.delete(offerLocations).where(eq(offerLocations.offerId, mobile.id));
		await syncLocationSummary(tx, { networkId: network.id, offerId: mobile.id });
	}
	const whole = await tx
		.update(offers)
		.set({ servesWholeNetwork: true })
		.where(and(eq(offers.networkId, network.id), like(offers.title, 'Elterntelefon und Online-Beratung%')))
		.returning({ organisationId: offers.organisationId });
	const orgIds = whole.flatMap((w) => (w.organisationId ? [w.organisationId] : []));
	if (orgIds.length > 0)
		await tx
			.update(organisations)
			.set({ servesWholeNetwork: true })
			.where(and(eq(organisations.networkId, network.id), inArray(organisations.id, orgIds)));
}
