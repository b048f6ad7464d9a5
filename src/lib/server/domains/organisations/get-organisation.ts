import { asc, desc, eq, sql } from 'drizzle-orm';
import {
	agreements,
	agreementSignatures,
	agreementVersions,
	bodies,
	districts,
	membershipEvents,
	organisations
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { organisationTakesPart } from './body-membership';
import { listPartnerCategories } from './partner-categories';

/** One organisation for the form, with its membership history (newest first). */
export async function getOrganisation(ctx: TenantContext, id: string | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const organisation = id
			? (
					await tx
						.select()
						.from(organisations)
						.where(scoped(organisations, ctx, eq(organisations.id, id)))
				)[0]
			: null;
		if (id && !organisation) throw new AppError('not_found');
		const history = id
			? await tx
					.select()
					.from(membershipEvents)
					.where(scoped(membershipEvents, ctx, eq(membershipEvents.organisationId, id)))
					.orderBy(desc(membershipEvents.validFrom), desc(membershipEvents.createdAt))
			: [];
		// Where the organisation takes part: its signatures and its bodies.
		const signatures = id
			? await tx
					.select({
						agreementId: agreements.id,
						title: agreements.title,
						number: agreementVersions.number,
						state: agreementSignatures.state,
						signedOn: agreementSignatures.signedOn,
						signerName: agreementSignatures.signerName
					})
					.from(agreementSignatures)
					.innerJoin(agreementVersions, eq(agreementVersions.id, agreementSignatures.versionId))
					.innerJoin(agreements, eq(agreements.id, agreementVersions.agreementId))
					.where(scoped(agreementSignatures, ctx, eq(agreementSignatures.organisationId, id)))
					.orderBy(asc(agreements.title), desc(agreementVersions.number))
			: [];
		const memberOf =
			id && organisation
				? await tx
						.select({ id: bodies.id, name: bodies.name })
						.from(bodies)
						.where(
							scoped(
								bodies,
								ctx,
								organisationTakesPart(sql`${bodies.id}`, {
									id: sql`${id}::uuid`,
									status: sql`${organisation.membershipStatus}`
								})
							)
						)
						.orderBy(asc(bodies.name))
				: [];
		return {
			organisation: organisation ?? null,
			history,
			signatures,
			memberOf,
			categories: await listPartnerCategories(tx, ctx.network.id),
			districts: await tx
				.select({ id: districts.id, name: districts.name })
				.from(districts)
				.where(scoped(districts, ctx))
				.orderBy(asc(districts.name))
		};
	});
}
