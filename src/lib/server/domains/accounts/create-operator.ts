import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { roleAssignments, users } from '$lib/server/db/schema';
import { issueToken } from './auth-tokens';

/**
 * Bootstraps an operator account from the command line (no one is logged in yet).
 * Returns the invitation link to set a password and enrol the second factor.
 */
export async function createOperator(
	db: Db,
	input: { name: string; email: string; baseUrl: string; now?: Date }
): Promise<string> {
	const now = input.now ?? new Date();
	return withSystem(db, async (tx) => {
		let [user] = await tx
			.select()
			.from(users)
			.where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`);
		if (!user)
			[user] = await tx.insert(users).values({ name: input.name, email: input.email.toLowerCase() }).returning();
		const existing = await tx
			.select({ id: roleAssignments.id })
			.from(roleAssignments)
			.where(
				and(
					eq(roleAssignments.userId, user!.id),
					eq(roleAssignments.role, 'operator'),
					isNull(roleAssignments.networkId)
				)
			);
		if (existing.length === 0)
			await tx.insert(roleAssignments).values({ userId: user!.id, role: 'operator', networkId: null });
		const token = await issueToken(tx, user!.id, 'invitation', now);
		return `${input.baseUrl}/einladung/${token}`;
	});
}
