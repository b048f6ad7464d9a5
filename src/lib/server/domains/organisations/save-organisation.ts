import { and, eq } from 'drizzle-orm';
import {
	districts,
	membershipEvents,
	organisations,
	partnerCategories,
	type MembershipStatus
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { requireOwnIds, scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { updateVersioned } from '$lib/server/domains/shared/versioned-update';
import { berlinDay } from '$lib/server/domains/shared/time';
import { organisationProfileColumns } from './organisation-form-values';
import { requireFreeOrganisationName } from './organisation-name';
import type { MemberOrganisationInput } from './organisation-schema';

/**
 * Creates or updates an organisation (optimistic locking, unique name). A change of the
 * membership status is recorded as a dated event; the status date defaults to today.
 */
export async function saveOrganisation(
	ctx: TenantContext,
	id: string | null,
	input: MemberOrganisationInput
): Promise<{ id: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		await requireFreeOrganisationName(tx, ctx, input.name, id);
		await requireOwnIds(tx, ctx, partnerCategories, [input.partnerCategoryId], 'partnerCategoryId');
		await requireOwnIds(tx, ctx, districts, input.districtIds, 'districtIds');
		const values = {
			...organisationProfileColumns(input),
			partnerCategoryId: input.partnerCategoryId || null,
			membershipStatus: (input.membershipStatus || null) as MembershipStatus | null,
			listedPublicly: input.listedPublicly,
			updatedAt: now
		};
		let before: typeof organisations.$inferSelect | null = null;
		let savedId: string;
		if (id) {
			before =
				(
					await tx
						.select()
						.from(organisations)
						.where(scoped(organisations, ctx, eq(organisations.id, id)))
				)[0] ?? null;
			if (!before) throw new AppError('not_found');
			savedId = (await updateVersioned(tx, ctx, organisations, { id, version: input.version }, values)).id;
		} else {
			const [row] = await tx
				.insert(organisations)
				.values({ ...values, networkId: ctx.network.id })
				.returning({ id: organisations.id });
			savedId = row!.id;
		}
		if (values.membershipStatus && values.membershipStatus !== (before?.membershipStatus ?? null)) {
			await tx.insert(membershipEvents).values({
				networkId: ctx.network.id,
				organisationId: savedId,
				status: values.membershipStatus,
				validFrom: input.statusDate || berlinDay(now),
				note: input.statusNote,
				recordedByName: actor.name,
				createdAt: now
			});
		}
		const [after] = await tx
			.select()
			.from(organisations)
			.where(scoped(organisations, ctx, and(eq(organisations.id, savedId))));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: id ? 'update' : 'create',
			entity: 'organisation',
			entityId: savedId,
			before,
			after
		});
		return { id: savedId };
	});
}
