import { and, eq, gt, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { bodies, meetingInvitations, meetings, networks, type RsvpAnswer } from '$lib/server/db/schema';
import { addLink, holdsLink, isLinkToken, refuseLink } from '$lib/server/domains/shared/personal-link';
import { formatTimeSpan } from '../shared/time';

export type RsvpInfo =
	| {
			state: 'valid' | 'answered';
			name: string;
			bodyName: string;
			title: string;
			when: string;
			place: string;
			onlineUrl: string;
			answer: RsvpAnswer | null;
			cancelled: boolean;
	  }
	| { state: 'expired' | 'unknown' | 'other_network' };

/**
 * What a personal answer link refers to. The link works without login and only for its own
 * invitation; a link of another network, an unknown one and an expired one explain themselves.
 */
export async function describeRsvp(db: Db, networkSlug: string, token: string, now: Date): Promise<RsvpInfo> {
	if (!isLinkToken(token)) return { state: 'unknown' };
	return (await findInvitation(db, networkSlug, holdsLink(meetingInvitations.tokenHashes, token), now)).info;
}

/** A new personal answer link for one more mail; the earlier links keep working (ADR 0008). */
export function newRsvpLink(tx: Tx, invitationId: string): Promise<string> {
	return addLink(tx, meetingInvitations, invitationId);
}

async function findInvitation(
	db: Db,
	networkSlug: string,
	which: SQL,
	now: Date
): Promise<{ id: string | null; info: RsvpInfo }> {
	return withSystem(db, async (tx) => {
		const [row] = await tx
			.select({ invitation: meetingInvitations, meeting: meetings, bodyName: bodies.name, slug: networks.slug })
			.from(meetingInvitations)
			.innerJoin(meetings, eq(meetings.id, meetingInvitations.meetingId))
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.innerJoin(networks, eq(networks.id, meetingInvitations.networkId))
			.where(which);
		const refused = refuseLink(row && { networkSlug: row.slug, expiresAt: row.invitation.expiresAt }, networkSlug, now);
		// Answer links are not used up (an answer can be changed), so `used` does not occur.
		if (!row || refused) {
			const state = refused === 'other_network' || refused === 'expired' ? refused : 'unknown';
			return { id: null, info: { state } };
		}
		const m = row.meeting;
		const info: RsvpInfo = {
			state: row.invitation.answer ? 'answered' : 'valid',
			name: row.invitation.name,
			bodyName: row.bodyName,
			title: m.title,
			when: formatTimeSpan(m.startsAt, m.endsAt),
			place: m.place,
			onlineUrl: m.onlineUrl,
			answer: row.invitation.answer,
			cancelled: m.status === 'cancelled'
		};
		return { id: row.invitation.id, info };
	});
}

/** Records (or changes) the answer; nothing happens for an expired, unknown or foreign link or a cancelled meeting. */
export async function answerRsvp(
	db: Db,
	networkSlug: string,
	token: string,
	answer: RsvpAnswer,
	now: Date
): Promise<RsvpInfo> {
	if (!isLinkToken(token)) return { state: 'unknown' };
	return answerInvitation(db, networkSlug, holdsLink(meetingInvitations.tokenHashes, token), answer, now);
}

/** The same for a member in the internal area, by the invitation's id. */
export async function answerInvitationById(
	db: Db,
	networkSlug: string,
	invitationId: string,
	answer: RsvpAnswer,
	now: Date
): Promise<RsvpInfo> {
	return answerInvitation(db, networkSlug, eq(meetingInvitations.id, invitationId), answer, now);
}

async function answerInvitation(
	db: Db,
	networkSlug: string,
	which: SQL,
	answer: RsvpAnswer,
	now: Date
): Promise<RsvpInfo> {
	const found = await findInvitation(db, networkSlug, which, now);
	const info = found.info;
	if (found.id && (info.state === 'valid' || info.state === 'answered') && !info.cancelled) {
		await withSystem(db, (tx) =>
			tx
				.update(meetingInvitations)
				.set({ answer, answeredAt: now })
				.where(and(eq(meetingInvitations.id, found.id!), gt(meetingInvitations.expiresAt, now)))
		);
		return (await findInvitation(db, networkSlug, which, now)).info;
	}
	return info;
}
