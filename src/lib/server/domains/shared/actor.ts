import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { roleAssignments, users, type Role } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';

export type RoleGrant = { role: Role; networkId: string | null; organisationId: string | null };

/** The logged-in person as use cases see it. */
export type Actor = {
	userId: string;
	email: string;
	name: string;
	grants: RoleGrant[];
};

/** Operators and coordinators must use a second factor. */
export function requiresSecondFactor(grants: RoleGrant[]): boolean {
	return grants.some((g) => g.role === 'operator' || g.role === 'coordinator');
}

export function hasRole(actor: Actor | null | undefined, role: Role, networkId?: string | null): boolean {
	if (!actor) return false;
	return actor.grants.some((g) => g.role === role && (networkId === undefined || g.networkId === networkId));
}

export function requireRole(actor: Actor | null | undefined, role: Role, networkId?: string | null): Actor {
	if (!actor) throw new AppError('unauthenticated');
	if (!hasRole(actor, role, networkId)) throw new AppError('forbidden');
	return actor;
}

/** Any role inside this network (coordinator, provider editor, member). */
export function requireNetworkAccess(actor: Actor | null | undefined, networkId: string): Actor {
	if (!actor) throw new AppError('unauthenticated');
	if (!actor.grants.some((g) => g.networkId === networkId && g.role !== 'operator')) throw new AppError('forbidden');
	return actor;
}

/** A provider editor's organisation in this network (AppError 'forbidden' for anyone else). */
export function requireProvider(
	actor: Actor | null | undefined,
	networkId: string
): { actor: Actor; organisationId: string } {
	if (!actor) throw new AppError('unauthenticated');
	const grant = actor.grants.find((g) => g.role === 'provider' && g.networkId === networkId && g.organisationId);
	if (!grant?.organisationId) throw new AppError('forbidden');
	return { actor, organisationId: grant.organisationId };
}

export async function loadActor(tx: Tx, userId: string): Promise<Actor | null> {
	const [user] = await tx
		.select({ id: users.id, email: users.email, name: users.name })
		.from(users)
		.where(and(eq(users.id, userId), isNull(users.deactivatedAt)));
	if (!user) return null;
	const grants = await tx
		.select({
			role: roleAssignments.role,
			networkId: roleAssignments.networkId,
			organisationId: roleAssignments.organisationId
		})
		.from(roleAssignments)
		.where(eq(roleAssignments.userId, userId));
	return { userId: user.id, email: user.email, name: user.name, grants };
}
