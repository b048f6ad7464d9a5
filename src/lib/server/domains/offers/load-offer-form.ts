import { asc, desc, eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { districts, offerLocations, offers, offerVersions, organisations, topics } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireProvider, requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { offerToFormValues, type OfferFormValues } from './offer-form-values';
import { expandFormValues } from './offer-version-values';

const defaultCity = (ctx: TenantContext) => ctx.network.name.replace(/^.*\s/, '');

async function formOptions(tx: Tx, ctx: TenantContext) {
	return {
		organisations: await tx
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(scoped(organisations, ctx))
			.orderBy(asc(organisations.name)),
		topics: await tx
			.select({ slug: topics.slug, name: topics.name })
			.from(topics)
			.where(scoped(topics, ctx))
			.orderBy(asc(topics.position)),
		districts: await tx
			.select({ id: districts.id, name: districts.name })
			.from(districts)
			.where(scoped(districts, ctx))
			.orderBy(asc(districts.name))
	};
}

/** The stored offer as form values (all its locations), or the values of a new offer. */
export async function currentOfferValues(tx: Tx, ctx: TenantContext, id: string | null, organisationId?: string) {
	if (!id) return { offer: null, values: offerToFormValues(null, [], defaultCity(ctx)) };
	const [offer] = await tx
		.select()
		.from(offers)
		.where(
			scoped(offers, ctx, eq(offers.id, id), organisationId ? eq(offers.organisationId, organisationId) : undefined)
		);
	if (!offer) throw new AppError('not_found');
	const locations = await tx
		.select()
		.from(offerLocations)
		.where(scoped(offerLocations, ctx, eq(offerLocations.offerId, id)))
		.orderBy(asc(offerLocations.position), asc(offerLocations.id));
	return { offer, values: offerToFormValues(offer, locations, defaultCity(ctx)) };
}

/** The coordinator's offer form: stored values and the choices. */
export async function loadOfferForm(ctx: TenantContext, id: string | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const { offer, values } = await currentOfferValues(tx, ctx, id);
		const [pending] = id
			? await tx
					.select({ id: offerVersions.id })
					.from(offerVersions)
					.where(scoped(offerVersions, ctx, eq(offerVersions.offerId, id), eq(offerVersions.state, 'pending')))
			: [];
		return {
			values,
			offer: offer ? { id: offer.id, title: offer.title, status: offer.status, verifiedAt: offer.verifiedAt } : null,
			pendingChangeId: pending?.id ?? null,
			...(await formOptions(tx, ctx))
		};
	});
}

export type ProviderNotice = { state: 'pending' | 'returned'; comment: string; decidedBy: string; at: Date } | null;

/**
 * The provider's offer form. When the provider has a change waiting for review or sent
 * back, the form continues from that change (not from the live text), with its state shown.
 */
export async function loadProviderOfferForm(ctx: TenantContext, id: string | null) {
	const { organisationId } = requireProvider(ctx.actor, ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const current = await currentOfferValues(tx, ctx, id, organisationId);
		let values: OfferFormValues = current.values;
		let notice: ProviderNotice = null;
		if (current.offer) {
			const [latest] = await tx
				.select()
				.from(offerVersions)
				.where(scoped(offerVersions, ctx, eq(offerVersions.offerId, current.offer.id)))
				.orderBy(desc(offerVersions.createdAt))
				.limit(1);
			if (latest && (latest.state === 'pending' || latest.state === 'returned')) {
				values = { ...expandFormValues(latest.data), version: String(current.offer.version), markVerified: false };
				notice = {
					state: latest.state,
					comment: latest.comment,
					decidedBy: latest.decidedByName,
					at: latest.decidedAt ?? latest.createdAt
				};
			}
		}
		const options = await formOptions(tx, ctx);
		return {
			values,
			offer: current.offer
				? {
						id: current.offer.id,
						title: current.offer.title,
						status: current.offer.status,
						verifiedAt: current.offer.verifiedAt
					}
				: null,
			notice,
			organisationId,
			topics: options.topics,
			districts: options.districts
		};
	});
}
