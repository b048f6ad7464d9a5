import { and, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { sessions } from '$lib/server/db/schema';
import { describeDevice, type Device } from './describe-device';
import { DEFAULT_IDLE_MINUTES } from './validate-session';

export type OwnSession = {
	/** The name used by "end this session" (never the session id, which is the token's hash). */
	publicId: string;
	device: Device;
	signedInAt: Date;
	lastSeenAt: Date;
	/** The session of this request ("dieses Gerät"). */
	current: boolean;
};

/** The account's active sessions (not past their lifetime, not idle), this device first, then the latest active. */
export async function listOwnSessions(
	db: Db,
	input: { userId: string; currentSessionId: string; now?: Date; idleMinutes?: number }
): Promise<OwnSession[]> {
	const now = input.now ?? new Date();
	const idleSince = new Date(now.getTime() - (input.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000);
	const rows = await withSystem(db, (tx) =>
		tx
			.select()
			.from(sessions)
			.where(and(eq(sessions.userId, input.userId), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince)))
			.orderBy(desc(sessions.lastSeenAt))
	);
	return rows
		.map((r) => ({
			publicId: r.publicId,
			device: describeDevice(r.userAgent),
			signedInAt: r.createdAt,
			lastSeenAt: r.lastSeenAt,
			current: r.id === input.currentSessionId
		}))
		.sort((a, b) => Number(b.current) - Number(a.current));
}
