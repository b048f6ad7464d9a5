import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { users, type TokenPurpose } from '$lib/server/db/schema';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { loadActor, requiresSecondFactor } from '../shared/actor';
import { consumeToken } from './auth-tokens';
import { hashPassword } from './passwords';
import { createSession } from './create-session';
import { invalidateAllSessions } from './end-sessions';

/**
 * Sets a new password from a reset or invitation link (single use), ends every
 * other session and starts a new one. Coordinators and operators continue with
 * their second factor (or its set-up) before they get in.
 */
export async function setPasswordWithToken(
	db: Db,
	input: { token: string; purpose: TokenPurpose; password: string; userAgent?: string },
	opts: { now?: Date; sessionHours: number }
) {
	const now = opts.now ?? new Date();
	const passwordHash = await hashPassword(input.password);
	return withSystem(db, async (tx) => {
		const userId = await consumeToken(tx, input.token, input.purpose, now);
		const [user] = await tx
			.update(users)
			.set({ passwordHash, failedLogins: 0, lockedUntil: null })
			.where(eq(users.id, userId))
			.returning();
		await invalidateAllSessions(tx, userId);
		if (input.purpose === 'password_reset') {
			await enqueueMail(tx, {
				networkId: null,
				category: 'account',
				template: 'password_changed',
				to: user!.email,
				data: { name: user!.name }
			});
		}
		const actor = await loadActor(tx, userId);
		const session = await createSession(tx, userId, { now, hours: opts.sessionHours, userAgent: input.userAgent });
		const needs2fa = actor ? requiresSecondFactor(actor.grants) : false;
		const next: 'done' | 'second_factor' | 'enrol_second_factor' = !needs2fa
			? 'done'
			: user!.totpEnabledAt
				? 'second_factor'
				: 'enrol_second_factor';
		return { ...session, next, actor };
	});
}
