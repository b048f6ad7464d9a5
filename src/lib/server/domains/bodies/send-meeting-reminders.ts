import { and, eq, gt, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { bodies, meetingInvitations, meetings, networks } from '$lib/server/db/schema';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { formatTimeSpan } from '../shared/time';
import { newRsvpLink } from './rsvp';

/** Reminders go out this many days before a meeting (MEETING_REMINDER_DAYS). */
export const REMIND_DAYS_BEFORE = 3;

/**
 * Scheduled: for every invited, planned meeting that starts within `daysBefore` days,
 * reminds once everyone who has not declined (with their personal answer link).
 */
export async function sendMeetingReminders(
	db: Db,
	o: { now: Date; baseUrl: string; daysBefore?: number }
): Promise<{ reminded: number }> {
	const until = new Date(o.now.getTime() + (o.daysBefore ?? REMIND_DAYS_BEFORE) * 86_400_000);
	return withSystem(db, async (tx) => {
		const due = await tx
			.select({
				meeting: meetings,
				bodyName: bodies.name,
				networkName: networks.name,
				brandPrimary: networks.brandPrimary,
				slug: networks.slug
			})
			.from(meetings)
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.innerJoin(networks, eq(networks.id, meetings.networkId))
			.where(
				and(
					eq(meetings.status, 'planned'),
					isNotNull(meetings.invitedAt),
					isNull(meetings.reminderSentAt),
					gt(meetings.startsAt, o.now),
					lte(meetings.startsAt, until)
				)
			);
		let reminded = 0;
		for (const d of due) {
			const m = d.meeting;
			const invitees = await tx
				.select()
				.from(meetingInvitations)
				.where(
					and(
						eq(meetingInvitations.meetingId, m.id),
						or(isNull(meetingInvitations.answer), sql`${meetingInvitations.answer} <> 'no'`)
					)
				);
			for (const i of invitees) {
				const token = await newRsvpLink(tx, i.id); // a new link; the invitation's one keeps working (ADR 0008)
				await enqueueMail(tx, {
					networkId: m.networkId,
					category: 'network',
					template: 'meeting_reminder',
					to: i.email,
					data: {
						name: i.name,
						bodyName: d.bodyName,
						title: m.title,
						when: formatTimeSpan(m.startsAt, m.endsAt),
						place: m.place,
						onlineUrl: m.onlineUrl,
						rsvpLink: `${o.baseUrl}/antwort/${d.slug}/${token}`,
						answered: i.answer === 'yes'
					},
					branding: { networkName: d.networkName, brandPrimary: d.brandPrimary }
				});
				reminded++;
			}
			await tx.update(meetings).set({ reminderSentAt: o.now }).where(eq(meetings.id, m.id));
		}
		return { reminded };
	});
}
