import { and, eq, getTableColumns, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem, withTenant } from '$lib/server/db/scope';
import { networks } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const { logo, ...publicColumns } = getTableColumns(networks);
const networkColumns = { ...publicColumns, hasLogo: sql<boolean>`${networks.logo} is not null` };

export type Network = Omit<typeof networks.$inferSelect, 'logo'> & { hasLogo: boolean };

/** A network's public data by its slug; unknown or inactive slugs raise `not_found`. */
export async function getNetworkBySlug(db: Db, slug: string): Promise<Network> {
	if (!/^[a-z0-9-]{1,60}$/.test(slug)) throw new AppError('not_found');
	// The slug → tenant lookup is the one cross-tenant read of the portal.
	const [row] = await withSystem(db, (tx) =>
		tx
			.select(networkColumns)
			.from(networks)
			.where(and(eq(networks.slug, slug), eq(networks.active, true)))
	);
	if (!row) throw new AppError('not_found');
	return row;
}

export async function getNetworkById(db: Db, id: string): Promise<Network> {
	const [row] = await withTenant(db, id, (tx) => tx.select(networkColumns).from(networks).where(eq(networks.id, id)));
	if (!row) throw new AppError('not_found');
	return row;
}

export async function getNetworkLogo(db: Db, networkId: string): Promise<{ data: Buffer; type: string } | null> {
	const [row] = await withTenant(db, networkId, (tx) =>
		tx
			.select({ data: networks.logo, type: networks.logoType })
			.from(networks)
			.where(and(eq(networks.id, networkId), isNotNull(networks.logo)))
	);
	return row?.data && row.type ? { data: row.data, type: row.type } : null;
}
