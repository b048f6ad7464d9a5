import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks, roleAssignments, users, type Role } from '$lib/server/db/schema';
import { requireRole, type Actor } from '../shared/actor';

/** The operator's account list: who has which role in which network. */
export async function listAccounts(ctx: { db: Db; actor: Actor | null }) {
	requireRole(ctx.actor, 'operator', null);
	return withSystem(ctx.db, (tx) =>
		tx
			.select({
				id: users.id,
				name: users.name,
				email: users.email,
				deactivatedAt: users.deactivatedAt,
				hasPassword: sql<boolean>`${users.passwordHash} is not null`,
				hasSecondFactor: sql<boolean>`${users.totpEnabledAt} is not null`,
				roles: sql<
					{ role: Role; network: string | null }[]
				>`coalesce(json_agg(json_build_object('role', ${roleAssignments.role}, 'network', ${networks.name}) order by ${networks.name}) filter (where ${roleAssignments.id} is not null), '[]'::json)`
			})
			.from(users)
			.leftJoin(roleAssignments, eq(roleAssignments.userId, users.id))
			.leftJoin(networks, eq(networks.id, roleAssignments.networkId))
			.groupBy(users.id)
			.orderBy(asc(users.name))
	);
}
