import { t } from '$lib/i18n';
import { eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { meetings, networks } from '$lib/server/db/schema';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { formatTimeSpan } from '$lib/time';
import { meetingIcs } from './calendar';
import { carriedTasks } from './meeting-tasks';
import { agendaWithTasks } from './minutes-text';
import { newRsvpLink } from './rsvp';

/** A use case that mails links (answer links, calendar entries) into the network's pages. */
export type MeetingContext = TenantContext & { baseUrl: string };

/** The invitation, update or cancellation mail with its calendar entry and a new answer link, to each invitee. */
export async function mailInvitees(
	tx: Tx,
	ctx: MeetingContext,
	meeting: typeof meetings.$inferSelect,
	bodyName: string,
	kind: 'invitation' | 'update' | 'cancel',
	invitees: { id: string; email: string; name: string }[]
) {
	const [network] = await tx
		.select({
			name: networks.name,
			brandPrimary: networks.brandPrimary,
			contactEmail: networks.contactEmail,
			contactName: networks.contactName
		})
		.from(networks)
		.where(eq(networks.id, ctx.network.id));
	const host = new URL(ctx.baseUrl).host;
	const agenda = agendaWithTasks(meeting.agenda, await carriedTasks(tx, ctx, meeting));
	for (const i of invitees) {
		// Every mail carries its own link (only hashes are stored); the earlier ones keep working.
		const rsvpLink = `${ctx.baseUrl}/antwort/${ctx.network.slug}/${await newRsvpLink(tx, i.id)}`;
		const ics = meetingIcs(
			{
				id: meeting.id,
				title: meeting.title,
				startsAt: meeting.startsAt,
				endsAt: meeting.endsAt,
				place: meeting.place,
				onlineUrl: meeting.onlineUrl,
				agenda,
				sequence: meeting.sequence,
				bodyName
			},
			{
				method: kind === 'cancel' ? 'cancel' : 'request',
				organizer: {
					name: network!.contactName || network!.name,
					email: network!.contactEmail || 'koordination@example.org'
				},
				attendee: { name: i.name, email: i.email },
				rsvpLink,
				host
			}
		);
		await enqueueMail(tx, {
			networkId: ctx.network.id,
			category: 'network',
			template: 'meeting_invitation',
			to: i.email,
			data: {
				kind,
				name: i.name,
				bodyName,
				title: meeting.title,
				when: formatTimeSpan(meeting.startsAt, meeting.endsAt),
				place: meeting.place,
				onlineUrl: meeting.onlineUrl,
				agenda,
				rsvpLink
			},
			branding: { networkName: network!.name, brandPrimary: network!.brandPrimary },
			attachments: [
				{
					filename: t(kind === 'cancel' ? 'meetingMail.cancelFile' : 'meetingMail.invitationFile'),
					contentType: `text/calendar; charset=utf-8; method=${kind === 'cancel' ? 'CANCEL' : 'REQUEST'}`,
					contentBase64: Buffer.from(ics, 'utf-8').toString('base64')
				}
			]
		});
	}
}
