import { eq, ne, sql } from 'drizzle-orm';
import { bodies, bodyContacts, bodyMembers, contacts, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { requireOwnIds, scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { updateVersioned } from '$lib/server/domains/shared/versioned-update';
import type { BodyInput } from './meeting-schema';

/** Creates a body or changes it (optimistic lock on `input.version`) with its member organisations and persons. */
export async function saveBody(ctx: TenantContext, id: string | null, input: BodyInput): Promise<{ id: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const [clash] = await tx
			.select({ id: bodies.id })
			.from(bodies)
			.where(
				scoped(bodies, ctx, id ? ne(bodies.id, id) : undefined, sql`lower(${bodies.name}) = lower(${input.name})`)
			);
		if (clash) throw new AppError('validation', { field: 'name', message: 'error.bodyNameTaken' });
		await requireOwnIds(tx, ctx, organisations, input.organisationIds, 'organisationIds');
		await requireOwnIds(tx, ctx, contacts, input.contactIds, 'contactIds');
		await requireOwnIds(tx, ctx, contacts, [input.leadContactId], 'leadContactId');
		const values = {
			name: input.name,
			kind: input.kind,
			purpose: input.purpose,
			external: input.external,
			leadContactId: input.leadContactId,
			allMembers: input.allMembers
		};
		let bodyId: string;
		const before = id
			? ((
					await tx
						.select()
						.from(bodies)
						.where(scoped(bodies, ctx, eq(bodies.id, id)))
				)[0] ?? null)
			: null;
		if (id) {
			if (!before) throw new AppError('not_found');
			bodyId = (await updateVersioned(tx, ctx, bodies, { id, version: input.version }, values)).id;
		} else {
			bodyId = (
				await tx
					.insert(bodies)
					.values({ ...values, networkId: ctx.network.id })
					.returning({ id: bodies.id })
			)[0]!.id;
		}
		const known = [...new Set(input.organisationIds)];
		await tx.delete(bodyMembers).where(scoped(bodyMembers, ctx, eq(bodyMembers.bodyId, bodyId)));
		if (known.length)
			await tx
				.insert(bodyMembers)
				.values(known.map((organisationId) => ({ networkId: ctx.network.id, bodyId, organisationId })));
		// Single persons: the chosen ones; the lead is always a member too.
		const persons = [...new Set([...input.contactIds, ...(input.leadContactId ? [input.leadContactId] : [])])];
		await tx.delete(bodyContacts).where(scoped(bodyContacts, ctx, eq(bodyContacts.bodyId, bodyId)));
		if (persons.length)
			await tx
				.insert(bodyContacts)
				.values(persons.map((contactId) => ({ networkId: ctx.network.id, bodyId, contactId })));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: id ? 'update' : 'create',
			entity: 'body',
			entityId: bodyId,
			before,
			after: { ...values, organisationIds: known, contactIds: persons }
		});
		return { id: bodyId };
	});
}
