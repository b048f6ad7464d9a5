import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { bodies, meetingInvitations, meetings, networks, type RsvpAnswer } from '$lib/server/db/schema';
import { formatBerlin } from './berlin-time';

export type RsvpInfo =
	| { state: 'valid' | 'answered'; name: string; bodyName: string; title: string; when: string; place: string; onlineUrl: string; answer: RsvpAnswer | null; cancelled: boolean }
	| { state: 'expired' | 'unknown' | 'other_network' };

/**
 * What a personal answer link refers to. The link works without login and only for its own
 * invitation; a link of another network, an unknown one and an expired one explain themselves.
 */
export async function describeRsvp(db: Db, networkSlug: string, token: string, now: Date): Promise<RsvpInfo> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: 'unknown' };
	return withSystem(db, async (tx) => {
		const [row] = await tx
			.select({ invitation: meetingInvitations, meeting: meetings, bodyName: bodies.name, slug: networks.slug })
			.from(meetingInvitations)
			.innerJoin(meetings, eq(meetings.id, meetingInvitations.meetingId))
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.innerJoin(networks, eq(networks.id, meetingInvitations.networkId))
			.where(eq(meetingInvitations.token, token));
		if (!row) return { state: 'unknown' };
		if (row.slug !== networkSlug) return { state: 'other_network' };
		if (row.invitation.expiresAt <= now) return { state: 'expired' };
		const m = row.meeting;
		return {
			state: row.invitation.answer ? 'answered' : 'valid',
			name: row.invitation.name,
			bodyName: row.bodyName,
			title: m.title,
			when: formatBerlin(m.startsAt, m.endsAt),
			place: m.place,
			onlineUrl: m.onlineUrl,
			answer: row.invitation.answer,
			cancelled: m.status === 'cancelled'
		};
	});
}

/** Records (or changes) the answer; nothing happens for an expired, unknown or foreign link or a cancelled meeting. */
export async function answerRsvp(db: Db, networkSlug: string, token: string, answer: RsvpAnswer, now: Date): Promise<RsvpInfo> {
	const info = await describeRsvp(db, networkSlug, token, now);
	if ((info.state === 'valid' || info.state === 'answered') && !info.cancelled) {
		await withSystem(db, (tx) => tx.update(meetingInvitations).set({ answer, answeredAt: now }).where(and(eq(meetingInvitations.token, token), gt(meetingInvitations.expiresAt, now))));
		return describeRsvp(db, networkSlug, token, now);
	}
	return info;
}
