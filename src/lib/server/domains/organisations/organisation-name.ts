import { ne, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';

/** An organisation's name is unique in its network (ignoring case); refuses a name another organisation has. */
export async function requireFreeOrganisationName(
	tx: Tx,
	ctx: TenantContext,
	name: string,
	ownId: string | null
): Promise<void> {
	const [clash] = await tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(
			scoped(
				organisations,
				ctx,
				ownId ? ne(organisations.id, ownId) : undefined,
				sql`lower(${organisations.name}) = lower(${name})`
			)
		);
	if (clash) throw new AppError('validation', { field: 'name', message: 'error.organisationNameTaken' });
}
