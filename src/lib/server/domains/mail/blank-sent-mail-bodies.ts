import { and, eq, lt, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { outbox } from '$lib/server/db/schema';

/**
 * Retention rule `outbox_bodies`: sent mails of one network older than `days` lose their text, HTML
 * and attachments (personal links, names, answers); the row stays with recipient, subject, template
 * and times as the record that a mail went out. Unsent and failed mails are left alone (the worker
 * still needs them). Returns how many mails were blanked.
 */
export async function blankSentMailBodies(tx: Tx, o: { now: Date; networkId: string; days: number }): Promise<number> {
	const before = new Date(o.now.getTime() - o.days * 86_400_000);
	const rows = await tx
		.update(outbox)
		.set({ textBody: '', htmlBody: '', attachments: [] })
		.where(
			and(
				eq(outbox.networkId, o.networkId),
				eq(outbox.status, 'sent'),
				lt(outbox.sentAt, before),
				or(ne(outbox.textBody, ''), ne(outbox.htmlBody, ''), sql`${outbox.attachments} <> '[]'::jsonb`)
			)
		)
		.returning({ id: outbox.id });
	return rows.length;
}
