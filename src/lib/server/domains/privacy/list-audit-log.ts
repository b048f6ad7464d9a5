import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { auditLog, users } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { addDays, berlinInstant } from '$lib/server/domains/shared/time';

export type AuditFilter = {
	entity: string;
	action: string;
	actor: string;
	from: string;
	to: string;
	q: string;
	page: number;
};
export const AUDIT_PAGE_SIZE = 50;

/** Keys whose values differ between two JSON objects (the audit entry's before and after). */
export function changedFields(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
	const b = before && typeof before === 'object' ? (before as Record<string, unknown>) : {};
	const a = after && typeof after === 'object' ? (after as Record<string, unknown>) : {};
	const skip = new Set(['version', 'updatedAt', 'updated_at', 'searchExtra']);
	const show = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));
	return [...new Set([...Object.keys(b), ...Object.keys(a)])]
		.filter((k) => !skip.has(k) && show(b[k]) !== show(a[k]))
		.map((field) => ({ field, before: show(b[field]).slice(0, 500), after: show(a[field]).slice(0, 500) }));
}

/**
 * The coordinator's view of the network's audit log: newest first, filtered by entity,
 * action, person, period and entity id / text; each entry with the fields it changed.
 */
export async function listAuditLog(ctx: TenantContext, f: AuditFilter) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const conditions: (SQL | undefined)[] = [
		eq(auditLog.networkId, ctx.network.id),
		f.entity ? eq(auditLog.entity, f.entity) : undefined,
		f.action ? eq(auditLog.action, f.action) : undefined,
		f.actor ? eq(auditLog.actorUserId, f.actor) : undefined,
		// Days of the period are Berlin calendar days (summer time included); "to" includes its whole day.
		f.from ? gte(auditLog.at, berlinInstant(f.from)) : undefined,
		f.to ? lt(auditLog.at, berlinInstant(addDays(f.to, 1))) : undefined,
		f.q
			? sql`(${auditLog.entityId} = ${f.q} or ${auditLog.after}::text ilike ${`%${f.q.replace(/[%_\\]/g, '\\$&')}%`} or ${auditLog.before}::text ilike ${`%${f.q.replace(/[%_\\]/g, '\\$&')}%`})`
			: undefined
	];
	return tenantTx(ctx, async (tx) => {
		const where = and(...conditions);
		const [{ n } = { n: 0 }] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(auditLog)
			.where(where);
		const rows = await tx
			.select({
				id: auditLog.id,
				at: auditLog.at,
				action: auditLog.action,
				entity: auditLog.entity,
				entityId: auditLog.entityId,
				before: auditLog.before,
				after: auditLog.after,
				actorName: users.name,
				actorEmail: users.email
			})
			.from(auditLog)
			.leftJoin(users, eq(users.id, auditLog.actorUserId))
			.where(where)
			.orderBy(desc(auditLog.at), desc(auditLog.id))
			.limit(AUDIT_PAGE_SIZE)
			.offset((f.page - 1) * AUDIT_PAGE_SIZE);
		const facets =
			await tx.execute(sql`select 'entity' as k, entity as v from audit_log where network_id = ${ctx.network.id} group by entity
			union all select 'action', action from audit_log where network_id = ${ctx.network.id} group by action`);
		const actors = await tx
			.selectDistinct({ id: users.id, name: users.name })
			.from(auditLog)
			.innerJoin(users, eq(users.id, auditLog.actorUserId))
			.where(eq(auditLog.networkId, ctx.network.id));
		const facetRows = (facets as unknown as { rows: { k: string; v: string }[] }).rows;
		return {
			total: n,
			pageCount: Math.max(1, Math.ceil(n / AUDIT_PAGE_SIZE)),
			entries: rows.map((r) => {
				const label = (r.after ?? r.before) as Record<string, unknown> | null;
				return { ...r, title: String(label?.title ?? label?.name ?? ''), changes: changedFields(r.before, r.after) };
			}),
			entities: facetRows
				.filter((r) => r.k === 'entity')
				.map((r) => r.v)
				.sort(),
			actions: facetRows
				.filter((r) => r.k === 'action')
				.map((r) => r.v)
				.sort(),
			actors: actors.sort((a, b) => a.name.localeCompare(b.name, 'de'))
		};
	});
}
