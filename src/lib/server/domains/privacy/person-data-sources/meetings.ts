import { sql } from 'drizzle-orm';
import { rowsOf } from '$lib/server/db/scope';
import { t } from '$lib/i18n';
import { formatDate } from '$lib/time';
import { idsTo, nameIs, personIs, type PersonSource } from './source-helpers';

const list = (ids: string[]) =>
	sql.join(
		ids.map((id) => sql`${id}::uuid`),
		sql`, `
	);

/** Invitations to meetings with the RSVP answer: deleted (the personal links go with them). */
export const meetingInvitationsSource: PersonSource = {
	key: 'meetingInvitations',
	title: 'personData.source.meetingInvitations',
	async find(tx, ctx, q) {
		const rows = rowsOf<{
			id: string;
			title: string;
			starts_at: string;
			name: string;
			email: string;
			organisation_name: string;
			answer: string | null;
			answered_at: string | null;
		}>(
			await tx.execute(sql`
				select i.id, m.title, m.starts_at, i.name, i.email, i.organisation_name, i.answer, i.answered_at
				from meeting_invitations i join meetings m on m.network_id = i.network_id and m.id = i.meeting_id
				where i.network_id = ${ctx.network.id} and ${personIs(sql`i.email`, sql`i.name`, q)}
				order by m.starts_at`)
		);
		return rows.map((r) => ({
			id: r.id,
			label: t('personData.meetingInvitations.label', { meeting: r.title, date: formatDate(new Date(r.starts_at)) }),
			data: {
				meeting: r.title,
				startsAt: new Date(r.starts_at).toISOString(),
				name: r.name,
				email: r.email,
				organisation: r.organisation_name,
				answer: r.answer,
				answeredAt: r.answered_at ? new Date(r.answered_at).toISOString() : null
			},
			action: { kind: 'delete' },
			strings: [r.name, r.email]
		}));
	},
	async erase(tx, run, records) {
		const ids = idsTo(records, 'delete');
		if (ids.length)
			await tx.execute(
				sql`delete from meeting_invitations where network_id = ${run.ctx.network.id} and id in (${list(ids)})`
			);
	}
};

/**
 * Attendance at meetings: the name is replaced by the pseudonym, the organisation stays, so the
 * network's figures (participation per partner category) remain true.
 */
export const meetingAttendanceSource: PersonSource = {
	key: 'meetingAttendance',
	title: 'personData.source.meetingAttendance',
	async find(tx, ctx, q) {
		const rows = rowsOf<{ id: string; title: string; starts_at: string; name: string; organisation_name: string }>(
			await tx.execute(sql`
				select a.id, m.title, m.starts_at, a.name, a.organisation_name
				from meeting_attendance a join meetings m on m.network_id = a.network_id and m.id = a.meeting_id
				where a.network_id = ${ctx.network.id} and (${nameIs(sql`a.name`, q)}
					or a.invitation_id in (select id from meeting_invitations i where i.network_id = a.network_id and ${personIs(sql`i.email`, sql`i.name`, q)})
					or a.contact_id in (select id from contacts c where c.network_id = a.network_id and ${personIs(sql`c.email`, sql`c.name`, q)}))
				order by m.starts_at`)
		);
		return rows.map((r) => ({
			id: r.id,
			label: t('personData.meetingAttendance.label', { meeting: r.title, date: formatDate(new Date(r.starts_at)) }),
			data: { meeting: r.title, name: r.name, organisation: r.organisation_name },
			action: { kind: 'anonymise' },
			strings: [r.name]
		}));
	},
	async erase(tx, run, records) {
		const ids = idsTo(records, 'anonymise');
		if (ids.length)
			await tx.execute(sql`update meeting_attendance set name = ${run.pseudonym}, contact_id = null, invitation_id = null
				where network_id = ${run.ctx.network.id} and id in (${list(ids)})`);
	}
};
