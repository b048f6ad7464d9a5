import { requireRole } from '$lib/server/domains/shared/actor';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { listEvents } from '$lib/server/domains/events/list-events';

/** The coordinator's start page: the next events with seats and waiting list, and how many wait for review. */
export async function eventDashboard(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const sections = await listEvents(ctx);
	return { next: sections.upcoming.slice(0, 5), inReview: sections.review.length };
}
