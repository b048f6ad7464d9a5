import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { events } from '$lib/server/db/schema';
import type { TenantContext } from '$lib/server/domains/shared/context';

// Who sees which event in the portal (issue 14, item 3): published events, and cancelled ones on
// their own page (so a link in a mail still explains itself); drafts and events in review never.
// Members-only events only for someone logged in with a role in this network.

/** Whether the viewer is logged in with a role in this network (an operator alone is no member). */
export function viewerIsMember(ctx: TenantContext): boolean {
	return !!ctx.actor?.grants.some((g) => g.networkId === ctx.network.id && g.role !== 'operator');
}

/** Where-clause: events of this network the viewer may see, in the given statuses. */
export function visibleEvents(ctx: TenantContext, statuses: ('published' | 'cancelled')[] = ['published']): SQL {
	return and(
		eq(events.networkId, ctx.network.id),
		inArray(events.status, statuses),
		viewerIsMember(ctx) ? undefined : eq(events.visibility, 'public')
	)!;
}

/** Where-clause: the event has a session that has not ended yet at `now` (it is not past). */
export function notPast(now: Date): SQL {
	return sql`exists (select 1 from event_sessions s where s.network_id = ${events.networkId} and s.event_id = ${events.id} and s.ends_at > ${now.toISOString()}::timestamptz)`;
}

/** Audience of a portal list: family events (`familien` or `beide`) or professionals' events. */
export type AudienceFilter = 'familien' | 'fachkraefte';

export function forAudience(audience: AudienceFilter): SQL {
	return or(eq(events.audience, audience), eq(events.audience, 'beide'))!;
}
