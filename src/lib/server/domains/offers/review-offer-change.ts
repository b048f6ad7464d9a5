import { asc, eq } from 'drizzle-orm';
import { districts, offerLocations, offers, offerVersions, organisations, users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { networkBranding } from '$lib/server/domains/mail/network-branding';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { offerFormSchema, type OfferFormInput } from './offer-schema';
import { offerToFormValues, type OfferFormValues } from './offer-form-values';
import { diffFormValues, expandFormValues } from './offer-version-values';
import { writeOffer } from './write-offer';

/** The coordinator's review queue: pending provider changes, oldest first. */
export async function listReviewQueue(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx
			.select({
				id: offerVersions.id,
				offerId: offers.id,
				title: offers.title,
				proposedTitle: offerVersions.data,
				status: offers.status,
				provider: organisations.name,
				author: offerVersions.authorName,
				createdAt: offerVersions.createdAt
			})
			.from(offerVersions)
			.innerJoin(offers, eq(offers.id, offerVersions.offerId))
			.leftJoin(organisations, eq(organisations.id, offers.organisationId))
			.where(scoped(offerVersions, ctx, eq(offerVersions.state, 'pending')))
			.orderBy(asc(offerVersions.createdAt))
			.then((rows) => rows.map((r) => ({ ...r, proposedTitle: String(r.proposedTitle.title ?? r.title) })))
	);
}

/** The live values of an offer as form values, or null when it was never published. */
async function liveValues(
	tx: Parameters<Parameters<typeof tenantTx>[1]>[0],
	ctx: TenantContext,
	offerId: string
): Promise<{ values: OfferFormValues | null; version: number; status: string }> {
	const [offer] = await tx
		.select()
		.from(offers)
		.where(scoped(offers, ctx, eq(offers.id, offerId)));
	if (!offer) throw new AppError('not_found');
	const locations = await tx
		.select()
		.from(offerLocations)
		.where(scoped(offerLocations, ctx, eq(offerLocations.offerId, offerId)))
		.orderBy(asc(offerLocations.position), asc(offerLocations.id));
	return {
		values: offer.status === 'published' ? offerToFormValues(offer, locations, '') : null,
		version: offer.version,
		status: offer.status
	};
}

/** One pending (or decided) change with its field-by-field diff against the live offer. */
export async function getOfferChange(ctx: TenantContext, versionId: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const [version] = await tx
			.select()
			.from(offerVersions)
			.where(scoped(offerVersions, ctx, eq(offerVersions.id, versionId)));
		if (!version) throw new AppError('not_found');
		const live = await liveValues(tx, ctx, version.offerId);
		// Districts (of a location, of the Einzugsgebiet) by name, not by id.
		const names = new Map(
			(await tx.select({ id: districts.id, name: districts.name }).from(districts).where(scoped(districts, ctx))).map(
				(d) => [d.id, d.name]
			)
		);
		const named = (v: string) =>
			v
				.split(', ')
				.map((x) => names.get(x) ?? x)
				.join(', ');
		return {
			version,
			isNew: live.values === null,
			changedSince: live.version > version.baseVersion,
			changes: diffFormValues(live.values, version.data).map((c) =>
				/districtId$|^serviceDistrictIds$/.test(c.field) ? { ...c, before: named(c.before), after: named(c.after) } : c
			)
		};
	});
}

export type ReviewDecision = { decision: 'approve' } | { decision: 'return'; comment: string };

/**
 * Approve: the change goes live (verified now) and the provider is told. Send back: the
 * change stays in the history as `returned` with the comment, mailed to its author.
 */
export async function decideOfferChange(
	ctx: TenantContext & { baseUrl: string },
	versionId: string,
	d: ReviewDecision
): Promise<{ offerId: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const [version] = await tx
			.select()
			.from(offerVersions)
			.where(scoped(offerVersions, ctx, eq(offerVersions.id, versionId)))
			.for('update');
		if (!version) throw new AppError('not_found');
		if (version.state !== 'pending') throw new AppError('conflict');
		const [author] = version.authorUserId
			? await tx.select({ email: users.email }).from(users).where(eq(users.id, version.authorUserId))
			: [];
		const branding = await networkBranding(tx, ctx.network.id);
		const title = String(version.data.title ?? '');
		if (d.decision === 'approve') {
			const parsed = offerFormSchema.safeParse(expandFormValues(version.data));
			if (!parsed.success) throw new AppError('validation', { field: 'form' });
			await writeOffer(tx, ctx, {
				id: version.offerId,
				input: parsed.data as OfferFormInput,
				expectedVersion: null,
				actor,
				now,
				status: 'published',
				verify: true,
				versionState: null
			});
			await tx
				.update(offerVersions)
				.set({ state: 'approved', decidedAt: now, decidedByName: actor.name })
				.where(scoped(offerVersions, ctx, eq(offerVersions.id, versionId)));
			if (author) {
				await enqueueMail(tx, {
					networkId: ctx.network.id,
					category: 'network',
					template: 'offer_approved',
					to: author.email,
					data: { offerTitle: title, link: `${ctx.baseUrl}/${ctx.network.slug}/angebote/${version.offerId}` },
					branding
				});
			}
		} else {
			await tx
				.update(offerVersions)
				.set({ state: 'returned', comment: d.comment, decidedAt: now, decidedByName: actor.name })
				.where(scoped(offerVersions, ctx, eq(offerVersions.id, versionId)));
			if (author) {
				await enqueueMail(tx, {
					networkId: ctx.network.id,
					category: 'network',
					template: 'offer_returned',
					to: author.email,
					data: {
						offerTitle: title,
						comment: d.comment,
						reviewer: actor.name,
						link: `${ctx.baseUrl}/intern/anbieter/angebote/${version.offerId}`
					},
					branding
				});
			}
		}
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: d.decision,
			entity: 'offer_version',
			entityId: versionId,
			after: { offerId: version.offerId, ...(d.decision === 'return' ? { comment: d.comment } : {}) }
		});
		return { offerId: version.offerId };
	});
}
