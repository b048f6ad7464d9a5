import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { auditLog, sessions } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeUser } from '$tests/fixtures';
import { createSession } from './create-session';
import { endOtherSessions, endOwnSession } from './end-sessions';
import { listOwnSessions } from './list-sessions';
import { purgeExpired } from './purge-expired';
import { validateSession } from './validate-session';

const MINUTE = 60_000;
const ANDROID =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0';

describe.each(TEST_DATABASE_KINDS)('sessions on %s', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	const start = new Date('2026-11-23T08:00:00Z');
	const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);
	const open = (userId: string, now: Date, userAgent = '') =>
		withSystem(database.db, (tx) => createSession(tx, userId, { now, hours: 12, userAgent }));
	const seenAt = async (sessionId: string) =>
		(await withSystem(database.db, (tx) => tx.select().from(sessions).where(eq(sessions.id, sessionId))))[0]
			?.lastSeenAt;

	it('ends a session after the idle time without a request, and keeps one that is used', async () => {
		const { userId } = await makeUser(database.db, {});
		const used = await open(userId, at(0));
		const idle = await open(userId, at(0));
		// Used every 90 minutes: alive after 4.5 hours, well past two idle hours in sum.
		for (const m of [90, 180, 270]) expect(await validateSession(database.db, used.token, at(m))).not.toBeNull();
		expect(await validateSession(database.db, idle.token, at(119))).not.toBeNull();
		expect(await validateSession(database.db, idle.token, at(119 + 121))).toBeNull();
		// Past the absolute lifetime (12 h) even a used session ends.
		for (let m = 360; m < 720; m += 100) await validateSession(database.db, used.token, at(m));
		expect(await validateSession(database.db, used.token, at(721))).toBeNull();
		// Another idle time from the configuration.
		const short = await open(userId, at(0));
		expect(await validateSession(database.db, short.token, at(16), { idleMinutes: 15 })).toBeNull();
		expect(await validateSession(database.db, short.token, at(16), { idleMinutes: 120 })).not.toBeNull();
	});

	it('writes the last activity at most once a minute', async () => {
		const { userId } = await makeUser(database.db, {});
		const s = await open(userId, at(0));
		const id = (await validateSession(database.db, s.token, at(0)))!.sessionId;
		await validateSession(database.db, s.token, new Date(at(0).getTime() + 30_000));
		expect(await seenAt(id)).toEqual(at(0));
		await validateSession(database.db, s.token, new Date(at(0).getTime() + 59_000));
		expect(await seenAt(id)).toEqual(at(0));
		await Promise.all([1, 2, 3].map(() => validateSession(database.db, s.token, at(1))));
		expect(await seenAt(id)).toEqual(at(1));
		await validateSession(database.db, s.token, new Date(at(1).getTime() + 20_000));
		expect(await seenAt(id)).toEqual(at(1));
	});

	it('purges idle sessions as well as expired ones', async () => {
		const { userId } = await makeUser(database.db, {});
		await open(userId, at(0));
		const fresh = await open(userId, at(200));
		await purgeExpired(database.db, at(201), { idleMinutes: 120 });
		const left = await withSystem(database.db, (tx) => tx.select().from(sessions).where(eq(sessions.userId, userId)));
		expect(left).toHaveLength(1);
		expect(await validateSession(database.db, fresh.token, at(201))).not.toBeNull();
	});

	it('lists own sessions with device and times, ends one (only own) and all others, audited', async () => {
		const { userId } = await makeUser(database.db, {});
		const stranger = await makeUser(database.db, {});
		const phone = await open(userId, at(0), ANDROID);
		const laptop = await open(userId, at(5), WINDOWS);
		const third = await open(userId, at(6));
		const theirs = await open(stranger.userId, at(0), ANDROID);
		await open(userId, at(-200)); // idle long ago: not listed
		const current = (await validateSession(database.db, laptop.token, at(10)))!.sessionId;
		const list = await listOwnSessions(database.db, { userId, currentSessionId: current, now: at(10) });
		expect(list.map((s) => [s.device, s.current])).toEqual([
			[{ browser: 'Firefox', os: 'Windows' }, true],
			[{ browser: null, os: null }, false],
			[{ browser: 'Chrome', os: 'Android' }, false]
		]);
		expect(list[0]).toMatchObject({ signedInAt: at(5), lastSeenAt: at(10) });
		expect(list.map((s) => s.publicId).join()).not.toContain(current);

		// Another person's session, or an unknown id: not found, and it goes on.
		const [theirRow] = await withSystem(database.db, (tx) =>
			tx.select().from(sessions).where(eq(sessions.userId, stranger.userId))
		);
		await expect(
			endOwnSession(database.db, { userId, publicId: theirRow!.publicId, currentSessionId: current })
		).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		expect(await validateSession(database.db, theirs.token, at(10))).not.toBeNull();

		const phoneEntry = list.find((s) => s.device.os === 'Android')!;
		expect(
			await endOwnSession(database.db, { userId, publicId: phoneEntry.publicId, currentSessionId: current })
		).toEqual({ wasCurrent: false });
		expect(await validateSession(database.db, phone.token, at(11))).toBeNull();
		expect(await validateSession(database.db, laptop.token, at(11))).not.toBeNull();
		await expect(
			endOwnSession(database.db, { userId, publicId: phoneEntry.publicId, currentSessionId: current })
		).rejects.toSatisfy((e) => isAppError(e, 'not_found'));

		expect(await endOtherSessions(database.db, { userId, currentSessionId: current })).toEqual({ ended: 2 });
		expect(await validateSession(database.db, third.token, at(12))).toBeNull();
		expect(await validateSession(database.db, laptop.token, at(12))).not.toBeNull();
		expect(await validateSession(database.db, theirs.token, at(12))).not.toBeNull();

		const own = (await listOwnSessions(database.db, { userId, currentSessionId: current, now: at(12) }))[0]!;
		expect(await endOwnSession(database.db, { userId, publicId: own.publicId, currentSessionId: current })).toEqual({
			wasCurrent: true
		});

		const audit = await withSystem(database.db, (tx) =>
			tx
				.select({ action: auditLog.action, entityId: auditLog.entityId, after: auditLog.after })
				.from(auditLog)
				.where(eq(auditLog.actorUserId, userId))
		);
		expect(audit).toEqual(
			expect.arrayContaining([
				{ action: 'end_session', entityId: phoneEntry.publicId, after: null },
				{ action: 'end_other_sessions', entityId: userId, after: { sessions: 2 } },
				{ action: 'end_session', entityId: own.publicId, after: null }
			])
		);
		expect(audit).toHaveLength(3);
	});
});
