import { asc, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks } from '$lib/server/db/schema';
import { requireRole, type Actor } from '$lib/server/domains/accounts/actor';

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
			.select({ slug: networks.slug, name: networks.name, municipality: networks.municipality, isDemo: networks.isDemo })
			.from(networks)
			.where(sql`${networks.active}`)
			.orderBy(asc(networks.name))
	);
}
