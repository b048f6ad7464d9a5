import { sql } from 'drizzle-orm';
import { rowsOf } from '$lib/server/db/scope';
import { t } from '$lib/i18n';
import { formatDate } from '$lib/time';
import { asSystem, idsTo, mentions, personIs, replaceInJson, type PersonSource } from './source-helpers';

type AuditRow = {
	id: string;
	action: string;
	entity: string;
	entity_id: string;
	at: string;
	before: unknown;
	after: unknown;
	actor: string | null;
	by_them: boolean;
};

/**
 * The audit log: who changed what. It stays (accountability of the network's work), with the
 * person pseudonymised in the before/after values and no longer linked as the actor.
 */
export const auditLogSource: PersonSource = {
	key: 'auditLog',
	title: 'personData.source.auditLog',
	async find(tx, ctx, q) {
		const rows = rowsOf<AuditRow>(
			await tx.execute(sql`
				select a.id, a.action, a.entity, a.entity_id, a.at, a.before, a.after, u.name as actor,
					coalesce(${personIs(sql`u.email`, sql`u.name`, q)}, false) as by_them
				from audit_log a left join users u on u.id = a.actor_user_id
				where a.network_id = ${ctx.network.id}
					and (${mentions(sql`a.before`, q)} or ${mentions(sql`a.after`, q)} or coalesce(${personIs(sql`u.email`, sql`u.name`, q)}, false))
				order by a.at, a.id`)
		);
		return rows.map((a) => ({
			id: a.id,
			label: t('personData.auditLog.label', {
				action: a.action,
				entity: a.entity,
				date: formatDate(new Date(a.at), 'dateTime')
			}),
			data: {
				at: new Date(a.at).toISOString(),
				action: a.action,
				entity: a.entity,
				entityId: a.entity_id,
				actor: a.by_them ? a.actor : null,
				before: a.before,
				after: a.after
			},
			action: { kind: 'anonymise' }
		}));
	},
	async erase(tx, run, records) {
		const network = run.ctx.network.id;
		await asSystem(tx, async () => {
			for (const id of idsTo(records, 'anonymise')) {
				const [a] = rowsOf<{ before: unknown; after: unknown; actor_user_id: string | null }>(
					await tx.execute(
						sql`select before, after, actor_user_id from audit_log where network_id = ${network} and id = ${id}`
					)
				);
				if (!a) continue;
				const swap = (v: unknown) => (v === null ? null : JSON.stringify(replaceInJson(v, run.needles, run.pseudonym)));
				const byThem = a.actor_user_id !== null && run.userIds.includes(a.actor_user_id);
				await tx.execute(sql`
					update audit_log set before = ${swap(a.before)}::jsonb, after = ${swap(a.after)}::jsonb,
						actor_user_id = ${byThem ? null : a.actor_user_id}
					where network_id = ${network} and id = ${id}`);
			}
		});
	}
};
