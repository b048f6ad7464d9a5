import { eq, type SQL } from 'drizzle-orm';
import { contactRequests } from '$lib/server/db/schema';
import { hasRole, requireProvider } from '$lib/server/domains/shared/actor';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';

/**
 * Who sees which requests: the coordination all of the network, a provider editor those for
 * their organisation's offers. The condition to add to every query (undefined: the whole network).
 */
export function contactRequestArea(ctx: TenantContext): SQL | undefined {
	if (!ctx.actor) throw new AppError('unauthenticated');
	if (hasRole(ctx.actor, 'coordinator', ctx.network.id)) return undefined;
	const { organisationId } = requireProvider(ctx.actor, ctx.network.id);
	return eq(contactRequests.organisationId, organisationId);
}
