import { asc, eq } from 'drizzle-orm';
import { districts, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireProvider } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { requireOwnIds, scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { requireFreeOrganisationName } from './organisation-name';
import type { OrganisationProfileInput } from './organisation-schema';
import { organisationProfileColumns } from './organisation-form-values';
import { updateVersioned } from '$lib/server/domains/shared/versioned-update';

/** The provider's own organisation profile and the districts to choose from. */
export async function getOwnOrganisation(ctx: TenantContext) {
	const { organisationId } = requireProvider(ctx.actor, ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const [organisation] = await tx
			.select()
			.from(organisations)
			.where(scoped(organisations, ctx, eq(organisations.id, organisationId)));
		if (!organisation) throw new AppError('not_found');
		const options = await tx
			.select({ id: districts.id, name: districts.name })
			.from(districts)
			.where(scoped(districts, ctx))
			.orderBy(asc(districts.name));
		return { organisation, districts: options };
	});
}

/** Saves the provider's organisation profile (optimistic locking; the name must be unique in the network). */
export async function updateOwnOrganisation(ctx: TenantContext, input: OrganisationProfileInput): Promise<void> {
	const { actor, organisationId } = requireProvider(ctx.actor, ctx.network.id);
	const now = ctx.now ?? new Date();
	await tenantTx(ctx, async (tx) => {
		const [before] = await tx
			.select()
			.from(organisations)
			.where(scoped(organisations, ctx, eq(organisations.id, organisationId)));
		if (!before) throw new AppError('not_found');
		await requireFreeOrganisationName(tx, ctx, input.name, organisationId);
		await requireOwnIds(tx, ctx, districts, input.districtIds, 'districtIds');
		const after = await updateVersioned(
			tx,
			ctx,
			organisations,
			{ id: organisationId, version: input.version },
			{ ...organisationProfileColumns(input), updatedAt: now }
		);
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'update',
			entity: 'organisation',
			entityId: organisationId,
			before,
			after
		});
	});
}
