import { and, asc, eq, ne } from 'drizzle-orm';
import { networks, offers, organisations } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { dueDate, freshnessState, hideDate, type FreshnessState } from './freshness';

export type FreshnessItem = {
	id: string;
	title: string;
	provider: string | null;
	status: string;
	checkedAt: Date;
	verifiedAt: Date | null;
	dueAt: Date;
	hideAt: Date;
	state: FreshnessState;
	reminderSentAt: Date | null;
};

/**
 * The coordinator's data-quality dashboard: published offers that are hidden (past the grace
 * period), overdue, due soon, never verified, and those without translations or accessibility data.
 */
export async function getFreshnessOverview(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const [rules] = await tx
			.select({ reviewIntervalMonths: networks.reviewIntervalMonths, reviewGraceDays: networks.reviewGraceDays })
			.from(networks)
			.where(eq(networks.id, ctx.network.id));
		const rows = await tx
			.select({
				id: offers.id,
				title: offers.title,
				provider: organisations.name,
				status: offers.status,
				verifiedAt: offers.verifiedAt,
				createdAt: offers.createdAt,
				reminderSentAt: offers.reminderSentAt,
				translations: offers.translations,
				accessibility: offers.accessibility
			})
			.from(offers)
			.leftJoin(organisations, eq(organisations.id, offers.organisationId))
			.where(scoped(offers, ctx, and(ne(offers.status, 'archived'), ne(offers.status, 'draft'))))
			.orderBy(asc(offers.title));
		const items = rows.map((r) => {
			const checkedAt = r.verifiedAt ?? r.createdAt;
			return {
				item: {
					id: r.id,
					title: r.title,
					provider: r.provider,
					status: r.status,
					checkedAt,
					verifiedAt: r.verifiedAt,
					dueAt: dueDate(checkedAt, rules!),
					hideAt: hideDate(checkedAt, rules!),
					state: freshnessState(checkedAt, rules!, now),
					reminderSentAt: r.reminderSentAt
				} satisfies FreshnessItem,
				translated: Object.keys(r.translations ?? {}).length > 0,
				accessibility: r.accessibility.length > 0
			};
		});
		const byDue = (a: FreshnessItem, b: FreshnessItem) => a.dueAt.getTime() - b.dueAt.getTime();
		const pick = (state: FreshnessState) =>
			items
				.filter((i) => i.item.state === state)
				.map((i) => i.item)
				.sort(byDue);
		return {
			rules: rules!,
			total: items.length,
			hidden: pick('hidden'),
			overdue: pick('overdue'),
			dueSoon: pick('due_soon'),
			neverVerified: items.filter((i) => i.item.verifiedAt === null).map((i) => i.item),
			missingLanguages: items.filter((i) => !i.translated).map((i) => i.item),
			missingAccessibility: items.filter((i) => !i.accessibility).map((i) => i.item)
		};
	});
}
