import { sql } from 'drizzle-orm';
import { rowsOf } from '$lib/server/db/scope';
import { t } from '$lib/i18n';
import { formatDate } from '$lib/time';
import { idsTo, mentions, personIs, type PersonSource } from './source-helpers';

type RegistrationRow = {
	id: string;
	event: string;
	starts_at: string | null;
	over: boolean;
	status: string;
	name: string;
	email: string;
	phone: string;
	organisation_name: string;
	persons: number;
	answers: Record<string, unknown>;
	locale: string;
	created_at: string;
	certificate_code: string | null;
	feedback_at: string | null;
	attended: { session: string; present: boolean }[];
};

/**
 * Anmeldungen with their answers and attendance. Anonymised rather than deleted, so the event's
 * figures (registered, attended) stay right; a registration for an event still to come is
 * cancelled, so nobody is reminded or offered a seat under a name that no longer exists.
 */
export const eventRegistrationsSource: PersonSource = {
	key: 'eventRegistrations',
	title: 'personData.source.eventRegistrations',
	async find(tx, ctx, q) {
		const rows = rowsOf<RegistrationRow>(
			await tx.execute(sql`
				select r.id, e.title as event, r.status, r.name, r.email, r.phone, r.organisation_name, r.persons, r.answers,
					r.locale, r.created_at, r.certificate_code, r.feedback_at,
					(select min(s.starts_at) from event_sessions s where s.network_id = r.network_id and s.event_id = r.event_id) as starts_at,
					coalesce((select max(s.ends_at) < now() from event_sessions s where s.network_id = r.network_id and s.event_id = r.event_id), false) as over,
					coalesce((select json_agg(json_build_object('session', s.starts_at, 'present', a.present) order by s.starts_at)
						from event_attendance a join event_sessions s on s.network_id = a.network_id and s.id = a.session_id
						where a.network_id = r.network_id and a.registration_id = r.id), '[]'::json) as attended
				from event_registrations r join events e on e.network_id = r.network_id and e.id = r.event_id
				where r.network_id = ${ctx.network.id}
					and (${personIs(sql`r.email`, sql`r.name`, q)} or ${mentions(sql`r.answers`, q)})
				order by r.created_at`)
		);
		return rows.map((r) => ({
			id: r.id,
			label: t('personData.eventRegistrations.label', {
				event: r.event,
				date: r.starts_at ? formatDate(new Date(r.starts_at)) : '–'
			}),
			data: {
				event: r.event,
				status: r.status,
				name: r.name,
				email: r.email,
				phone: r.phone,
				organisation: r.organisation_name,
				persons: r.persons,
				answers: r.answers,
				language: r.locale,
				registeredAt: new Date(r.created_at).toISOString(),
				attendance: r.attended,
				certificateCode: r.certificate_code,
				feedbackGiven: Boolean(r.feedback_at)
			},
			action: { kind: 'anonymise' },
			strings: [r.name, r.email]
		}));
	},
	async erase(tx, run, records) {
		const ids = idsTo(records, 'anonymise');
		if (!ids.length) return;
		const network = run.ctx.network.id;
		const list = sql.join(
			ids.map((id) => sql`${id}::uuid`),
			sql`, `
		);
		await tx.execute(sql`
			update event_certificates set holder_name = '' where network_id = ${network}
				and code in (select certificate_code from event_registrations where network_id = ${network} and id in (${list}))`);
		await tx.execute(sql`
			update event_registrations r set name = ${run.pseudonym}, email = '', phone = '', organisation_name = '',
				answers = '{}'::jsonb, token_hashes = '{}', user_id = null, updated_at = ${run.now.toISOString()}::timestamptz,
				status = case when r.status <> 'cancelled' and coalesce((select max(s.ends_at) >= ${run.now.toISOString()}::timestamptz
					from event_sessions s where s.network_id = r.network_id and s.event_id = r.event_id), true)
					then 'cancelled' else r.status end,
				cancelled_at = case when r.status <> 'cancelled' and coalesce((select max(s.ends_at) >= ${run.now.toISOString()}::timestamptz
					from event_sessions s where s.network_id = r.network_id and s.event_id = r.event_id), true)
					then ${run.now.toISOString()}::timestamptz else r.cancelled_at end
			where r.network_id = ${network} and r.id in (${list})`);
	}
};

/** Teilnahmebescheinigungen: the holder's name is cleared, the code stays as the anonymous record that it was issued. */
export const eventCertificatesSource: PersonSource = {
	key: 'eventCertificates',
	title: 'personData.source.eventCertificates',
	async find(tx, ctx, q) {
		const rows = rowsOf<{ code: string; event: string; holder_name: string; hours: string | null; issued_at: string }>(
			await tx.execute(sql`
				select c.code, e.title as event, c.holder_name, c.hours, c.issued_at
				from event_certificates c join events e on e.network_id = c.network_id and e.id = c.event_id
				where c.network_id = ${ctx.network.id} and c.holder_name <> ''
					and (${personIs(sql`null`, sql`c.holder_name`, q)}
						or c.code in (select certificate_code from event_registrations r
							where r.network_id = c.network_id and ${personIs(sql`r.email`, sql`r.name`, q)}))
				order by c.issued_at`)
		);
		return rows.map((c) => ({
			id: c.code,
			label: t('personData.eventCertificates.label', { event: c.event, code: c.code }),
			data: {
				event: c.event,
				holder: c.holder_name,
				hours: c.hours,
				code: c.code,
				issuedAt: new Date(c.issued_at).toISOString()
			},
			action: { kind: 'anonymise' },
			strings: [c.holder_name]
		}));
	},
	async erase(tx, run, records) {
		const codes = idsTo(records, 'anonymise');
		if (codes.length)
			await tx.execute(sql`
				update event_certificates set holder_name = '' where network_id = ${run.ctx.network.id}
					and code in (${sql.join(
						codes.map((c) => sql`${c}`),
						sql`, `
					)})`);
	}
};
