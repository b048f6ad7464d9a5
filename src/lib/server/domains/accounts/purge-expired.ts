import { and, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import {
	authTokens,
	importUploads,
	loginThrottles,
	offerConfirmations,
	rateLimits,
	sessions
} from '$lib/server/db/schema';

import { DEFAULT_IDLE_MINUTES } from './validate-session';

const DAY = 86_400_000;

/** Data minimisation: drops expired and idle sessions, old tokens and stale throttling counters. */
export async function purgeExpired(
	db: Db,
	now = new Date(),
	opts: { idleMinutes?: number } = {}
): Promise<{ sessions: number; tokens: number; rateLimits: number }> {
	const idleSince = new Date(now.getTime() - (opts.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000);
	return withSystem(db, async (tx) => {
		const s = await tx
			.delete(sessions)
			.where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)))
			.returning({ id: sessions.id });
		const t = await tx
			.delete(authTokens)
			.where(
				or(
					lt(authTokens.expiresAt, new Date(now.getTime() - 7 * DAY)),
					and(isNotNull(authTokens.usedAt), lt(authTokens.createdAt, new Date(now.getTime() - 7 * DAY)))
				)
			)
			.returning({ id: authTokens.id });
		// "Still current" links: kept 30 days past expiry so a late click can still be explained.
		await tx.delete(offerConfirmations).where(lt(offerConfirmations.expiresAt, new Date(now.getTime() - 30 * DAY)));
		await tx.delete(importUploads).where(lt(importUploads.createdAt, new Date(now.getTime() - DAY)));
		// Password failures of an (account, address) are forgotten a day after the last one and its delay.
		await tx
			.delete(loginThrottles)
			.where(
				and(
					lt(loginThrottles.updatedAt, new Date(now.getTime() - DAY)),
					or(isNull(loginThrottles.blockedUntil), lt(loginThrottles.blockedUntil, now))
				)
			);
		const r = await tx
			.delete(rateLimits)
			.where(lt(rateLimits.windowStart, new Date(now.getTime() - DAY)))
			.returning({ key: rateLimits.key });
		return { sessions: s.length, tokens: t.length, rateLimits: r.length };
	});
}
