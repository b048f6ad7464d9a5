import { eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { bodies, meetings } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';

/** A body of this network; `not_found` otherwise. */
export async function loadBody(tx: Tx, ctx: TenantContext, bodyId: string) {
	const [body] = await tx
		.select()
		.from(bodies)
		.where(scoped(bodies, ctx, eq(bodies.id, bodyId)));
	if (!body) throw new AppError('not_found');
	return body;
}

/** A body and one of its meetings; `not_found` when either is missing. */
export async function loadBodyMeeting(tx: Tx, ctx: TenantContext, bodyId: string, meetingId: string) {
	const [body] = await tx
		.select()
		.from(bodies)
		.where(scoped(bodies, ctx, eq(bodies.id, bodyId)));
	const [meeting] = await tx
		.select()
		.from(meetings)
		.where(scoped(meetings, ctx, eq(meetings.id, meetingId), eq(meetings.bodyId, bodyId)));
	if (!body || !meeting) throw new AppError('not_found');
	return { body, meeting };
}
