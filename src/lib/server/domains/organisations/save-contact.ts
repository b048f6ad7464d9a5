import { eq } from 'drizzle-orm';
import { contacts, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { updateVersioned } from '$lib/server/domains/shared/versioned-update';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { CONSENT_TEXT_VERSION, type ContactInput } from './contact-schema';

/** Creates or updates a contact (coordinator; optimistic locking; consent recorded with the text version). */
export async function saveContact(
	ctx: TenantContext,
	organisationId: string,
	id: string | null,
	input: ContactInput
): Promise<{ id: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const [org] = await tx
			.select({ id: organisations.id })
			.from(organisations)
			.where(scoped(organisations, ctx, eq(organisations.id, organisationId)));
		if (!org) throw new AppError('not_found');
		const before = id
			? ((
					await tx
						.select()
						.from(contacts)
						.where(scoped(contacts, ctx, eq(contacts.id, id), eq(contacts.organisationId, organisationId)))
				)[0] ?? null)
			: null;
		if (id && !before) throw new AppError('not_found');
		const values = {
			name: input.name,
			role: input.role,
			phone: input.phone,
			email: input.email,
			visibility: input.visibility,
			consentAt: input.consentAt || null,
			consentMethod: input.consentMethod || null,
			consentTextVersion: input.consentAt
				? before?.consentAt === input.consentAt && before.consentTextVersion
					? before.consentTextVersion
					: CONSENT_TEXT_VERSION
				: null,
			consentRevokedAt: input.consentRevokedAt || null,
			updatedAt: now
		};
		let savedId: string;
		if (id) {
			savedId = (await updateVersioned(tx, ctx, contacts, { id, version: input.version }, values)).id;
		} else {
			const [row] = await tx
				.insert(contacts)
				.values({ ...values, networkId: ctx.network.id, organisationId })
				.returning({ id: contacts.id });
			savedId = row!.id;
		}
		const [after] = await tx
			.select()
			.from(contacts)
			.where(scoped(contacts, ctx, eq(contacts.id, savedId)));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: id ? 'update' : 'create',
			entity: 'contact',
			entityId: savedId,
			before,
			after
		});
		return { id: savedId };
	});
}
