import { error, type RequestEvent } from '@sveltejs/kit';
import { hasRole } from '$lib/server/domains/shared/actor';
import type { TenantContext } from '$lib/server/domains/shared/context';

/** The tenant context of an /intern page that only coordinators may use (403 for others). */
export function coordinatorContext(event: Pick<RequestEvent, 'locals'>): TenantContext {
	const network = event.locals.network!;
	const actor = event.locals.session!.actor;
	if (!hasRole(actor, 'coordinator', network.id)) error(403, 'Nur für die Netzwerkkoordination.');
	return { db: event.locals.app.database.db, network, actor };
}
