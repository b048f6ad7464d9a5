import { and, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
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
/**
 * How long a claim holds without renewal. The sending worker renews it every third of that
 * while it talks to the SMTP server, so a claim of a process that died (kill -9, crash) runs
 * out after at most this long, and a live worker never loses a message to another mid-send.
 */
export const LEASE_SECONDS = 30;

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

const at = (time: Date) => sql`${time.toISOString()}::timestamptz`;

/** Claims the oldest due message for `claimId` (FOR UPDATE SKIP LOCKED: safe with several processes). */
async function claimNext(db: Db, claimId: string, now: Date, leaseSeconds: number): Promise<ClaimedRow | null> {
	const [row] = await withSystem(db, async (tx) =>
		rowsOf<ClaimedRow>(
			await tx.execute(sql`
				update outbox set locked_until = ${at(now)} + make_interval(secs => ${leaseSeconds}), claimed_by = ${claimId}::uuid, attempts = attempts + 1
				where id = (
					select id from outbox
					where status = 'pending' and next_attempt_at <= ${at(now)}
					  and (locked_until is null or locked_until < ${at(now)})
					order by created_at
					limit 1
					for update skip locked)
				returning id, to_address, subject, text_body, html_body, attachments, message_id, attempts`)
		)
	);
	return row ?? null;
}

/**
 * Claims due messages one at a time (only the message being sent is held), sends each while
 * renewing its short lease, and records delivery or the error with a retry time. A worker
 * whose claim was taken over meanwhile changes nothing. Returns how many were sent.
 */
export async function processOutbox(
	db: Db,
	transport: MailTransport,
	opts: { from: string; now?: Date; batch?: number; leaseSeconds?: number }
): Promise<number> {
	const leaseSeconds = opts.leaseSeconds ?? LEASE_SECONDS;
	// The given time moves on with the wall clock while this call runs (tests pass a fixed start).
	const startedAt = Date.now();
	const clock = () => new Date((opts.now ?? new Date(startedAt)).getTime() + (Date.now() - startedAt));
	let sent = 0;
	for (let i = 0; i < (opts.batch ?? 20); i++) {
		const claimId = randomUUID();
		const row = await claimNext(db, claimId, clock(), leaseSeconds);
		if (!row) break;
		const mine = and(eq(outbox.id, row.id), eq(outbox.claimedBy, claimId));
		let renewal: Promise<unknown> = Promise.resolve();
		const renew = setInterval(
			() => {
				renewal = withSystem(db, (tx) =>
					tx
						.update(outbox)
						.set({ lockedUntil: new Date(clock().getTime() + leaseSeconds * 1000) })
						.where(and(mine, eq(outbox.status, 'pending')))
				).catch((error) =>
					console.error('[outbox] could not renew a claim', error instanceof Error ? error.message : error)
				);
			},
			(leaseSeconds * 1000) / 3
		);
		let failure: string | null = null;
		try {
			await transport.sendMail({
				from: opts.from,
				to: row.to_address,
				subject: row.subject,
				text: row.text_body,
				html: row.html_body,
				messageId: row.message_id,
				attachments: (row.attachments ?? []).map((a) => ({
					filename: a.filename,
					contentType: a.contentType,
					content: Buffer.from(a.contentBase64, 'base64')
				}))
			});
		} catch (error) {
			failure = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
		} finally {
			clearInterval(renew);
			await renewal;
		}
		const attempts = Number(row.attempts);
		const done = await withSystem(db, (tx) =>
			tx
				.update(outbox)
				.set(
					failure === null
						? { status: 'sent', sentAt: new Date(), lockedUntil: null, claimedBy: null, lastError: null }
						: {
								status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
								lastError: failure,
								lockedUntil: null,
								claimedBy: null,
								nextAttemptAt: new Date(clock().getTime() + backoffSeconds(attempts) * 1000)
							}
				)
				.where(mine)
				.returning({ id: outbox.id })
		);
		if (failure === null && done.length > 0) sent++;
	}
	return sent;
}

/** Mail through SMTP; nodemailer is loaded with the first mail, not when the process starts (issue 17). */
export function smtpTransport(url: string): MailTransport {
	let transport: Promise<MailTransport> | undefined;
	return {
		sendMail: async (message) => {
			transport ??= import('nodemailer').then((m) => m.default.createTransport(url));
			return (await transport).sendMail(message);
		}
	};
}

/** Polls the outbox in the server process; stops with the returned function. */
export function startOutboxWorker(
	db: Db,
	transport: MailTransport,
	opts: { from: string; intervalMs: number }
): () => void {
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
