import { sql } from 'drizzle-orm';
import { rowsOf } from '$lib/server/db/scope';
import { t } from '$lib/i18n';
import { formatDate } from '$lib/time';
import { asSystem, idsTo, mentions, replaceNeedles, type PersonSource } from './source-helpers';

type OutboxRow = {
	id: string;
	to_address: string;
	subject: string;
	text_body: string;
	status: string;
	template: string;
	created_at: string;
	sent_at: string | null;
	attachments: number;
	to_them: boolean;
};

/**
 * Mail in the outbox. Unsent mail to the person is deleted (it would go out after the erasure);
 * mail already sent to them keeps only that a mail of this kind went out (recipient pseudonymised,
 * text and attachments blanked); mail to others that names them has the name replaced.
 */
export const outboxSource: PersonSource = {
	key: 'outbox',
	title: 'personData.source.outbox',
	async find(tx, ctx, q) {
		const rows = rowsOf<OutboxRow>(
			await tx.execute(sql`
				select id, to_address, subject, text_body, status, template, created_at, sent_at,
					jsonb_array_length(attachments) as attachments,
					${q.email ? mentions(sql`to_address`, { email: q.email, name: null }) : sql`false`} as to_them
				from outbox
				where network_id = ${ctx.network.id}
					and (${mentions(sql`to_address`, q)} or ${mentions(sql`subject`, q)} or ${mentions(sql`text_body`, q)})
				order by created_at`)
		);
		return rows.map((m) => ({
			id: m.id,
			label: t('personData.outbox.label', {
				subject: m.subject,
				to: m.to_address,
				date: formatDate(new Date(m.created_at))
			}),
			data: {
				to: m.to_address,
				subject: m.subject,
				status: m.status,
				kind: m.template,
				createdAt: new Date(m.created_at).toISOString(),
				sentAt: m.sent_at ? new Date(m.sent_at).toISOString() : null,
				text: m.text_body,
				attachments: Number(m.attachments)
			},
			action: m.to_them && m.status !== 'sent' ? { kind: 'delete' } : { kind: 'anonymise' }
		}));
	},
	async erase(tx, run, records) {
		const network = run.ctx.network.id;
		const remove = idsTo(records, 'delete');
		await asSystem(tx, async () => {
			if (remove.length)
				await tx.execute(sql`delete from outbox where network_id = ${network}
					and id in (${sql.join(
						remove.map((id) => sql`${id}::uuid`),
						sql`, `
					)})`);
			for (const id of idsTo(records, 'anonymise')) {
				const [m] = rowsOf<{ to_address: string; subject: string; text_body: string; html_body: string }>(
					await tx.execute(
						sql`select to_address, subject, text_body, html_body from outbox where network_id = ${network} and id = ${id}`
					)
				);
				if (!m) continue;
				const toThem = run.needles.some((n) => m.to_address.toLowerCase().includes(n.toLowerCase()));
				const swap = (s: string) => replaceNeedles(s, run.needles, run.pseudonym);
				await tx.execute(sql`
					update outbox set to_address = ${swap(m.to_address)}, subject = ${swap(m.subject)},
						text_body = ${toThem ? '' : swap(m.text_body)}, html_body = ${toThem ? '' : swap(m.html_body)},
						attachments = ${toThem ? sql`'[]'::jsonb` : sql`attachments`}, last_error = null
					where network_id = ${network} and id = ${id}`);
			}
		});
	}
};
