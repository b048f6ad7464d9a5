import { asc } from 'drizzle-orm';
import { agreements } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { agreementOverview, currentVersions } from './agreement-overview';

/** The coordinator's list: every agreement with its current version, if one was sent. */
export async function listAgreements(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const rows = await tx.select().from(agreements).where(scoped(agreements, ctx)).orderBy(asc(agreements.title));
		const current = await currentVersions(
			tx,
			ctx,
			rows.map((r) => r.id)
		);
		return rows.map((a) => ({ ...a, current: current.get(a.id) ?? null }));
	});
}

/** Public network page: each agreement's current wording with its adoption date and number of signatures (no names). */
export async function listPublicAgreements(ctx: TenantContext) {
	const rows = await tenantTx(ctx, (tx) => agreementOverview(tx, ctx));
	return rows.map((a) => ({
		kind: a.kind,
		title: a.title,
		number: a.number,
		adoptedOn: a.adoptedOn,
		signed: a.signed
	}));
}
