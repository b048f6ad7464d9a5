import { asc, eq } from 'drizzle-orm';
import { contacts } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

export async function listContacts(ctx: TenantContext, organisationId: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx
			.select()
			.from(contacts)
			.where(scoped(contacts, ctx, eq(contacts.organisationId, organisationId)))
			.orderBy(asc(contacts.name))
	);
}

export async function getContact(ctx: TenantContext, organisationId: string, id: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const [row] = await tenantTx(ctx, (tx) =>
		tx
			.select()
			.from(contacts)
			.where(scoped(contacts, ctx, eq(contacts.organisationId, organisationId), eq(contacts.id, id)))
	);
	if (!row) throw new AppError('not_found');
	return row;
}
