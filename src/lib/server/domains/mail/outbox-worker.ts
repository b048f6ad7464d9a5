import { eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import { outbox } from '$lib/server/db/schema';

export type MailTransport = {
	sendMail(message: {
		from: string;
		to: string;
		subject: string;
		text: string;
		html: string;
		messageId: string;
		attachments: { filename: string; contentType: string; content: Buffer }[];
	}): Promise<unknown>;
};

export const MAX_ATTEMPTS = 8;
const LOCK_SECONDS = 120;

/** Exponential backoff: 30 s, 1 min, 2 min … capped at 1 h. */
export function backoffSeconds(attempt: number): number {
	return Math.min(3600, 30 * 2 ** Math.max(0, attempt - 1));
}

type ClaimedRow = {
	id: string;
	to_address: string;
	subject: string;
	text_body: string;
	html_body: string;
	attachments: { filename: string; contentType: string; contentBase64: string }[];
	message_id: string;
	attempts: number;
};

/**
 * Claims due messages with FOR UPDATE SKIP LOCKED (safe with several app
 * processes), sends each, and records delivery or the error with a retry time.
 * Returns how many were sent.
 */
export async function processOutbox(db: Db, transport: MailTransport, opts: { from: string; now?: Date; batch?: number }): Promise<number> {
	const now = opts.now ?? new Date();
	const claimed = await withSystem(db, async (tx) =>
		rowsOf<ClaimedRow>(
			await tx.execute(sql`
				update outbox set locked_until = ${now.toISOString()}::timestamptz + make_interval(secs => ${LOCK_SECONDS}), attempts = attempts + 1
				where id in (
					select id from outbox
					where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
					  and (locked_until is null or locked_until < ${now.toISOString()}::timestamptz)
					order by created_at
					limit ${opts.batch ?? 20}
					for update skip locked)
				returning id, to_address, subject, text_body, html_body, attachments, message_id, attempts`)
		)
	);
	let sent = 0;
	for (const row of claimed) {
		try {
			await transport.sendMail({
				from: opts.from,
				to: row.to_address,
				subject: row.subject,
				text: row.text_body,
				html: row.html_body,
				messageId: row.message_id,
				attachments: (row.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64') }))
			});
			await withSystem(db, (tx) =>
				tx.update(outbox).set({ status: 'sent', sentAt: new Date(), lockedUntil: null, lastError: null }).where(eq(outbox.id, row.id))
			);
			sent++;
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			const attempts = Number(row.attempts);
			await withSystem(db, (tx) =>
				tx
					.update(outbox)
					.set({
						status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
						lastError: message.slice(0, 1000),
						lockedUntil: null,
						nextAttemptAt: new Date(now.getTime() + backoffSeconds(attempts) * 1000)
					})
					.where(eq(outbox.id, row.id))
			);
		}
	}
	return sent;
}

export function smtpTransport(url: string): MailTransport {
	return nodemailer.createTransport(url);
}

/** Polls the outbox in the server process; stops with the returned function. */
export function startOutboxWorker(db: Db, transport: MailTransport, opts: { from: string; intervalMs: number }): () => void {
	let running = false;
	let stopped = false;
	const tick = async () => {
		if (running || stopped) return;
		running = true;
		try {
			while ((await processOutbox(db, transport, { from: opts.from })) > 0 && !stopped) {
				/* drain what is due */
			}
		} catch (error) {
			console.error('[outbox] worker error', error instanceof Error ? error.message : error);
		} finally {
			running = false;
		}
	};
	const timer = setInterval(tick, opts.intervalMs);
	timer.unref();
	void tick();
	return () => {
		stopped = true;
		clearInterval(timer);
	};
}
