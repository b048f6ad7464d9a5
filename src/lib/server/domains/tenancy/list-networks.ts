import { asc, eq, sql } from 'drizzle-orm';
import { AppError } from '$lib/server/errors';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks } from '$lib/server/db/schema';
import { requireRole, type Actor } from '$lib/server/domains/shared/actor';

/** The operator's overview: every network with its coordinators' count; no network content. */
export async function listNetworks(ctx: { db: Db; actor: Actor | null }) {
	requireRole(ctx.actor, 'operator', null);
	return withSystem(ctx.db, (tx) =>
		tx
			.select({
				id: networks.id,
				slug: networks.slug,
				name: networks.name,
				municipality: networks.municipality,
				isDemo: networks.isDemo,
				active: networks.active,
				createdAt: networks.createdAt,
				coordinators: sql<number>`(select count(*)::int from role_assignments r where r.network_id = ${networks.id} and r.role = 'coordinator')`
			})
			.from(networks)
			.orderBy(asc(networks.name))
	);
}

/** Active networks for the installation's start page (public data only). */
export async function listPublicNetworks(db: Db) {
	return withSystem(db, (tx) =>
		tx
			.select({
				slug: networks.slug,
				name: networks.name,
				municipality: networks.municipality,
				isDemo: networks.isDemo
			})
			.from(networks)
			.where(sql`${networks.active}`)
			.orderBy(asc(networks.name))
	);
}

/** One network as the operator manages it (name and address only, no content). */
export async function getNetworkForOperator(ctx: { db: Db; actor: Actor | null }, id: string) {
	requireRole(ctx.actor, 'operator', null);
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new AppError('not_found');
	const [network] = await withSystem(ctx.db, (tx) =>
		tx.select({ id: networks.id, name: networks.name, slug: networks.slug }).from(networks).where(eq(networks.id, id))
	);
	if (!network) throw new AppError('not_found');
	return network;
}
