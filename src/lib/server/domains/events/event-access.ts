import type { Actor } from '$lib/server/domains/shared/actor';
import { hasRole, requireProvider } from '$lib/server/domains/shared/actor';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';

// Who manages an event: the coordination every event of the network; a provider editor only
// the events of its own organisation (family events, which go through the coordinator's review).

/** `organisationId` null: the coordination; else the provider editor's own organisation. */
export type EventManager = { actor: Actor; organisationId: string | null };

/** The coordinator, or a provider editor of this network (`forbidden` for anyone else). */
export function requireEventManager(ctx: TenantContext): EventManager {
	if (!ctx.actor) throw new AppError('unauthenticated');
	if (hasRole(ctx.actor, 'coordinator', ctx.network.id)) return { actor: ctx.actor, organisationId: null };
	return requireProvider(ctx.actor, ctx.network.id);
}

/** A provider sees another organisation's event as not there at all. */
export function requireOwnEvent(manager: EventManager, event: { organisationId: string | null }): void {
	if (manager.organisationId !== null && event.organisationId !== manager.organisationId)
		throw new AppError('not_found');
}
