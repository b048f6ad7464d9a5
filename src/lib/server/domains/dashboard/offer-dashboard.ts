import { eq, sql } from 'drizzle-orm';
import { networks, offers, offerVersions } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

/** Counts for the coordinator's start page: changes to review, overdue and hidden offers. */
export async function offerDashboardCounts(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = (ctx.now ?? new Date()).toISOString();
	return tenantTx(ctx, async (tx) => {
		const [pending] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(offerVersions)
			.where(scoped(offerVersions, ctx, eq(offerVersions.state, 'pending')));
		const [rules] = await tx
			.select({ months: networks.reviewIntervalMonths, days: networks.reviewGraceDays })
			.from(networks)
			.where(eq(networks.id, ctx.network.id));
		const checked = sql`coalesce(${offers.verifiedAt}, ${offers.createdAt})`;
		const due = sql`${checked} + make_interval(months => ${rules!.months}::int)`;
		const [counts] = await tx
			.select({
				overdue: sql<number>`count(*) filter (where ${due} <= ${now}::timestamptz and ${due} + make_interval(days => ${rules!.days}::int) > ${now}::timestamptz)::int`,
				hidden: sql<number>`count(*) filter (where ${due} + make_interval(days => ${rules!.days}::int) <= ${now}::timestamptz)::int`
			})
			.from(offers)
			.where(scoped(offers, ctx, eq(offers.status, 'published')));
		return { pendingReviews: pending?.n ?? 0, overdue: counts?.overdue ?? 0, hidden: counts?.hidden ?? 0 };
	});
}
