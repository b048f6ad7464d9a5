import { and, asc, eq, lt, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '$lib/server/db/client';
import { bodies, meetings, networks, tasks } from '$lib/server/db/schema';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { resolveTaskOwner, taskOwnerChoices } from './task-owners';
import { bodyPeople } from './body-people';

export const TASK_ROWS = 3;
const day = z
	.string()
	.trim()
	.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), 'error.dateInvalid');

/** Minutes text plus up to TASK_ROWS new tasks (a row counts when it has a title). */
export const minutesSchema = z
	.object({
		minutes: z.string().trim().max(20_000, 'error.tooLong'),
		...(Object.fromEntries(
			Array.from({ length: TASK_ROWS }, (_, i) => [
				[`task-${i}-title`, z.string().trim().max(300, 'error.tooLong').default('')],
				[`task-${i}-owner`, z.string().trim().max(200, 'error.tooLong').default('')],
				[`task-${i}-due`, day.default('')]
			]).flat()
		) as Record<never, z.ZodString>)
	})
	.superRefine((v, ctx) => {
		const values = v as Record<string, string>;
		for (let i = 0; i < TASK_ROWS; i++) {
			if (!values[`task-${i}-title`] && (values[`task-${i}-owner`] || values[`task-${i}-due`]))
				ctx.addIssue({ code: 'custom', path: [`task-${i}-title`], message: 'error.required' });
		}
	});
export type MinutesInput = z.output<typeof minutesSchema> & Record<string, string>;

/** Open tasks of the body from meetings before this one: they come onto this meeting's agenda. */
export async function carriedTasks(
	tx: Tx,
	ctx: TenantContext,
	meeting: { id: string; bodyId: string; startsAt: Date }
) {
	return tx
		.select({ id: tasks.id, title: tasks.title, owner: tasks.owner, dueDate: tasks.dueDate })
		.from(tasks)
		.innerJoin(meetings, eq(meetings.id, tasks.meetingId))
		.where(
			scoped(
				tasks,
				ctx,
				eq(tasks.bodyId, meeting.bodyId),
				eq(tasks.status, 'open'),
				ne(tasks.meetingId, meeting.id),
				lt(meetings.startsAt, meeting.startsAt)
			)
		)
		.orderBy(asc(tasks.dueDate), asc(tasks.title));
}

/** The agenda as sent and shown: the items written for this meeting, then the open tasks carried over. */
export function agendaWithTasks(agenda: string, open: { title: string; owner: string; dueDate: string }[]): string {
	if (open.length === 0) return agenda;
	const lines = open.map(
		(t) =>
			`- ${t.title}${t.owner ? ` (${t.owner}` : ''}${t.dueDate ? `${t.owner ? ', ' : ' ('}fällig ${t.dueDate}` : ''}${t.owner || t.dueDate ? ')' : ''}`
	);
	return [agenda, `Offene Aufgaben aus früheren Sitzungen:\n${lines.join('\n')}`].filter(Boolean).join('\n\n');
}

export async function meetingTasks(ctx: TenantContext, meeting: { id: string; bodyId: string; startsAt: Date }) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => ({
		own: await tx
			.select()
			.from(tasks)
			.where(scoped(tasks, ctx, eq(tasks.meetingId, meeting.id)))
			.orderBy(asc(tasks.createdAt)),
		carried: await carriedTasks(tx, ctx, meeting)
	}));
}

/** Saves the minutes and adds the new tasks. */
export async function saveMinutes(
	ctx: TenantContext,
	bodyId: string,
	meetingId: string,
	input: MinutesInput
): Promise<{ added: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const [meeting] = await tx
			.update(meetings)
			.set({ minutes: input.minutes })
			.where(scoped(meetings, ctx, eq(meetings.id, meetingId), eq(meetings.bodyId, bodyId)))
			.returning({ id: meetings.id });
		if (!meeting) throw new AppError('not_found');
		const choices = await taskOwnerChoices(tx, ctx, bodyId);
		const rows = Array.from({ length: TASK_ROWS }, (_, i) => ({
			title: input[`task-${i}-title`] ?? '',
			owner: input[`task-${i}-owner`] ?? '',
			dueDate: input[`task-${i}-due`] ?? ''
		}))
			.filter((r) => r.title)
			.map((r) => ({ ...r, ownerContactId: resolveTaskOwner(choices, r.owner) }));
		if (rows.length)
			await tx.insert(tasks).values(rows.map((r) => ({ ...r, networkId: ctx.network.id, bodyId, meetingId })));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'minutes',
			entity: 'meeting',
			entityId: meetingId,
			after: { minutes: input.minutes, tasks: rows }
		});
		return { added: rows.length };
	});
}

/** Marks a task done or open again. */
export async function setTaskStatus(ctx: TenantContext, taskId: string, done: boolean): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	await tenantTx(ctx, async (tx) => {
		const [row] = await tx
			.update(tasks)
			.set({ status: done ? 'done' : 'open' })
			.where(scoped(tasks, ctx, and(eq(tasks.id, taskId))))
			.returning({ id: tasks.id });
		if (!row) throw new AppError('not_found');
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: done ? 'done' : 'reopen',
			entity: 'task',
			entityId: taskId
		});
	});
}

/**
 * Sends the minutes (text in the mail, PDF attached) to every contact with e-mail of the
 * body's member organisations, through the outbox, and notes when they went out.
 */
export async function sendMinutes(
	ctx: TenantContext,
	bodyId: string,
	meetingId: string,
	pdf: (m: typeof meetings.$inferSelect, bodyName: string, own: (typeof tasks.$inferSelect)[]) => Promise<Buffer>
): Promise<{ sent: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const [body] = await tx
			.select()
			.from(bodies)
			.where(scoped(bodies, ctx, eq(bodies.id, bodyId)));
		const [meeting] = await tx
			.select()
			.from(meetings)
			.where(scoped(meetings, ctx, eq(meetings.id, meetingId), eq(meetings.bodyId, bodyId)));
		if (!body || !meeting) throw new AppError('not_found');
		if (!meeting.minutes.trim()) throw new AppError('validation', { field: 'form', message: 'error.minutesEmpty' });
		const own = await tx
			.select()
			.from(tasks)
			.where(scoped(tasks, ctx, eq(tasks.meetingId, meetingId)))
			.orderBy(asc(tasks.createdAt));
		const people = await bodyPeople(tx, ctx, bodyId);
		const [network] = await tx
			.select({ name: networks.name, brandPrimary: networks.brandPrimary })
			.from(networks)
			.where(eq(networks.id, ctx.network.id));
		const attachment = {
			filename: 'protokoll.pdf',
			contentType: 'application/pdf',
			contentBase64: (await pdf(meeting, body.name, own)).toString('base64')
		};
		const taskLines = own
			.map((t) => `• ${t.title}${t.owner ? ` – ${t.owner}` : ''}${t.dueDate ? ` – fällig ${t.dueDate}` : ''}`)
			.join('\n');
		const seen = new Set<string>();
		for (const p of people) {
			if (seen.has(p.email.toLowerCase())) continue;
			seen.add(p.email.toLowerCase());
			await enqueueMail(tx, {
				networkId: ctx.network.id,
				category: 'network',
				template: 'circular',
				to: p.email,
				data: {
					name: p.name,
					subject: `Protokoll: ${body.name} – ${meeting.title}`,
					body: [meeting.minutes, taskLines ? `Aufgaben:\n${taskLines}` : ''].filter(Boolean).join('\n\n'),
					optOutLink: ''
				},
				branding: { networkName: network!.name, brandPrimary: network!.brandPrimary },
				attachments: [attachment]
			});
		}
		await tx
			.update(meetings)
			.set({ minutesSentAt: now })
			.where(scoped(meetings, ctx, eq(meetings.id, meetingId)));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'send_minutes',
			entity: 'meeting',
			entityId: meetingId,
			after: { recipients: [...seen] }
		});
		return { sent: seen.size };
	});
}
