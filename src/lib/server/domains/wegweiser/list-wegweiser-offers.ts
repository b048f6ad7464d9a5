import { and, arrayContains, asc, eq, inArray } from 'drizzle-orm';
import { districts, LIFE_STAGES, offerLocations, offers, organisations, type LifeStage } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { stillFreshSql } from '$lib/server/domains/offers/freshness';
import { offerTexts, type PrintableOffer } from '$lib/server/domains/offers/print-offer-entry';
import { AppError } from '$lib/server/errors';
import type { LocaleCode } from '$lib/i18n/locales';

export type WegweiserOffer = PrintableOffer & { lifeStages: LifeStage[]; german: boolean };
export type WegweiserContent = {
	district: { id: string; name: string } | null;
	sections: { stage: LifeStage; offers: WegweiserOffer[] }[];
};

/**
 * The Wegweiser's content: the published, still current offers of the network (or of one
 * district: offers with a location there), by life stage in the life stages' order (an
 * offer with several stages stands under each; one with none under "übergreifend"),
 * alphabetical by the title the family reads. `german` marks an offer not translated into `locale`.
 */
export async function listWegweiserOffers(
	ctx: TenantContext,
	input: { districtId: string | null; locale: LocaleCode }
): Promise<WegweiserContent> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		let district: WegweiserContent['district'] = null;
		if (input.districtId) {
			const [found] = await tx
				.select({ id: districts.id, name: districts.name })
				.from(districts)
				.where(scoped(districts, ctx, eq(districts.id, input.districtId)));
			if (!found) throw new AppError('not_found', { field: 'bezirk' });
			district = found;
		}
		const rows = await tx
			.select({
				id: offers.id,
				title: offers.title,
				summary: offers.summary,
				translations: offers.translations,
				lifeStages: offers.lifeStages,
				costFree: offers.costFree,
				costText: offers.costText,
				contactPhone: offers.contactPhone,
				contactEmail: offers.contactEmail,
				schedule: offers.schedule,
				provider: organisations.name
			})
			.from(offers)
			.leftJoin(organisations, and(eq(organisations.id, offers.organisationId), scoped(organisations, ctx)))
			.where(
				scoped(
					offers,
					ctx,
					eq(offers.status, 'published'),
					stillFreshSql(ctx.network.id, ctx.now ?? new Date()),
					district ? arrayContains(offers.districtIds, [district.id]) : undefined
				)
			)
			.orderBy(asc(offers.title), asc(offers.id));
		const ids = rows.map((r) => r.id);
		const locations = ids.length
			? await tx
					.select({
						offerId: offerLocations.offerId,
						districtId: offerLocations.districtId,
						street: offerLocations.street,
						postcode: offerLocations.postcode,
						city: offerLocations.city,
						district: districts.name
					})
					.from(offerLocations)
					.leftJoin(districts, eq(districts.id, offerLocations.districtId))
					.where(scoped(offerLocations, ctx, inArray(offerLocations.offerId, ids)))
					.orderBy(asc(offerLocations.position), asc(offerLocations.id))
			: [];
		const list: WegweiserOffer[] = rows.map((r) => ({
			...r,
			// In a district's Wegweiser only the addresses in that district.
			locations: locations.filter((l) => l.offerId === r.id && (!district || l.districtId === district.id)),
			german: offerTexts(r, input.locale).german
		}));
		const collator = new Intl.Collator(input.locale === 'leicht' ? 'de' : input.locale);
		const sections = LIFE_STAGES.map((stage) => ({
			stage,
			offers: list
				.filter((o) => (o.lifeStages.length ? o.lifeStages.includes(stage) : stage === 'uebergreifend'))
				.sort((a, b) => collator.compare(offerTexts(a, input.locale).title, offerTexts(b, input.locale).title))
		})).filter((s) => s.offers.length > 0);
		return { district, sections };
	});
}
