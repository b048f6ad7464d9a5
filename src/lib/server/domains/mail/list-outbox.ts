import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem, withTenant } from '$lib/server/db/scope';
import { outbox } from '$lib/server/db/schema';
import { requireRole, type Actor } from '$lib/server/domains/shared/actor';

const columns = {
	id: outbox.id,
	toAddress: outbox.toAddress,
	subject: outbox.subject,
	textBody: outbox.textBody,
	status: outbox.status,
	attempts: outbox.attempts,
	lastError: outbox.lastError,
	sentAt: outbox.sentAt,
	createdAt: outbox.createdAt
};

/** The coordinator's Postausgang: this network's mails (account mails without their content). */
export async function listNetworkOutbox(ctx: { db: Db; networkId: string; actor: Actor | null }) {
	requireRole(ctx.actor, 'coordinator', ctx.networkId);
	const rows = await withTenant(ctx.db, ctx.networkId, (tx) =>
		tx
			.select({ ...columns, category: outbox.category })
			.from(outbox)
			.where(eq(outbox.networkId, ctx.networkId))
			.orderBy(desc(outbox.createdAt))
			.limit(200)
	);
	// Account mails carry personal login links: the coordinator sees that they exist, not their content.
	return rows.map((row) => ({ ...row, textBody: row.category === 'account' ? null : row.textBody }));
}

/** The operator's Postausgang: account mails (invitations, password resets), no network content. */
export async function listAccountOutbox(ctx: { db: Db; actor: Actor | null }) {
	requireRole(ctx.actor, 'operator', null);
	return withSystem(ctx.db, (tx) =>
		tx.select(columns).from(outbox).where(eq(outbox.category, 'account')).orderBy(desc(outbox.createdAt)).limit(200)
	);
}

/** How many of the network's mails still wait to be sent (dashboard). */
export async function countPendingNetworkMail(ctx: {
	db: Db;
	networkId: string;
	actor: Actor | null;
}): Promise<number> {
	requireRole(ctx.actor, 'coordinator', ctx.networkId);
	const [row] = await withTenant(ctx.db, ctx.networkId, (tx) =>
		tx
			.select({ n: count() })
			.from(outbox)
			.where(and(eq(outbox.networkId, ctx.networkId), eq(outbox.status, 'pending')))
	);
	return row?.n ?? 0;
}
