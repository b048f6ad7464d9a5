import { sql } from 'drizzle-orm';
import { rowsOf } from '$lib/server/db/scope';
import { t } from '$lib/i18n';
import { asSystem, personIs, type PersonRecord, type PersonSource } from './source-helpers';

type AccountRow = {
	id: string;
	email: string;
	name: string;
	created_at: string;
	deactivated_at: string | null;
	totp: boolean;
	sessions: number;
	roles: string[];
	elsewhere: number;
	other_coordinators: number;
};

/**
 * Accounts with a role in this network. Deleted with their sessions, tokens and codes — unless
 * the account is the network's only coordinator (refused: the network would have nobody to run
 * it) or also belongs elsewhere (then only the roles here go, the account is kept for the others).
 */
export const accountsSource: PersonSource = {
	key: 'accounts',
	title: 'personData.source.accounts',
	async find(tx, ctx, q) {
		const rows = await asSystem(tx, async () =>
			rowsOf<AccountRow>(
				await tx.execute(sql`
					select u.id, u.email, u.name, u.created_at, u.deactivated_at, u.totp_enabled_at is not null as totp,
						(select count(*)::int from sessions s where s.user_id = u.id) as sessions,
						array(select r.role || coalesce(':' || o.name, '') from role_assignments r
							left join organisations o on o.network_id = r.network_id and o.id = r.organisation_id
							where r.user_id = u.id and r.network_id = ${ctx.network.id} order by r.role) as roles,
						(select count(*)::int from role_assignments r where r.user_id = u.id
							and r.network_id is distinct from ${ctx.network.id}) as elsewhere,
						(select count(*)::int from role_assignments r join users o on o.id = r.user_id
							where r.network_id = ${ctx.network.id} and r.role = 'coordinator' and r.user_id <> u.id
							and o.deactivated_at is null) as other_coordinators
					from users u
					where ${personIs(sql`u.email`, sql`u.name`, q)}
						and exists (select 1 from role_assignments r where r.user_id = u.id and r.network_id = ${ctx.network.id})
					order by u.name`)
			)
		);
		return rows.map((u): PersonRecord => {
			const coordinator = u.roles.includes('coordinator');
			return {
				id: u.id,
				label: t('personData.accounts.label', { email: u.email }),
				data: {
					name: u.name,
					email: u.email,
					roles: u.roles,
					createdAt: new Date(u.created_at).toISOString(),
					deactivatedAt: u.deactivated_at ? new Date(u.deactivated_at).toISOString() : null,
					secondFactor: u.totp,
					sessions: Number(u.sessions)
				},
				action:
					coordinator && Number(u.other_coordinators) === 0
						? { kind: 'refuse', reason: 'personData.reason.onlyCoordinator' }
						: Number(u.elsewhere) > 0
							? { kind: 'keep', reason: 'personData.reason.otherNetworks' }
							: { kind: 'delete' },
				strings: [u.name, u.email]
			};
		});
	},
	async erase(tx, run, records) {
		const network = run.ctx.network.id;
		await asSystem(tx, async () => {
			for (const r of records) {
				if (r.action.kind === 'refuse') continue;
				// Traces as an actor in this network: names typed by the app, the account links.
				await tx.execute(
					sql`update offer_versions set author_user_id = null where network_id = ${network} and author_user_id = ${r.id}`
				);
				await tx.execute(
					sql`update events set created_by = null where network_id = ${network} and created_by = ${r.id}`
				);
				await tx.execute(
					sql`update import_uploads set created_by = null where network_id = ${network} and created_by = ${r.id}`
				);
				await tx.execute(
					sql`update event_registrations set user_id = null where network_id = ${network} and user_id = ${r.id}`
				);
				await tx.execute(
					sql`update audit_log set actor_user_id = null where network_id = ${network} and actor_user_id = ${r.id}`
				);
				if (r.action.kind === 'keep')
					await tx.execute(sql`delete from role_assignments where network_id = ${network} and user_id = ${r.id}`);
				else await tx.execute(sql`delete from users where id = ${r.id}`);
			}
		});
	}
};
