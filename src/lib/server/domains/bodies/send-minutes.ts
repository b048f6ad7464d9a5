import { asc, eq } from 'drizzle-orm';
import { t } from '$lib/i18n';
import { meetings, networks, tasks } from '$lib/server/db/schema';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { loadBodyMeeting } from './load-meeting-rows';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { bodyPeople } from './body-people';
import { taskLine } from './minutes-text';

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
		const { body, meeting } = await loadBodyMeeting(tx, ctx, bodyId, meetingId);
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
			filename: t('minutesMail.attachmentName'),
			contentType: 'application/pdf',
			contentBase64: (await pdf(meeting, body.name, own)).toString('base64')
		};
		const taskLines = own.map((task) => `• ${taskLine(task)}`).join('\n');
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
					subject: t('minutesMail.subject', { bodyName: body.name, title: meeting.title }),
					body: [meeting.minutes, taskLines ? `${t('minutesMail.tasks')}\n${taskLines}` : '']
						.filter(Boolean)
						.join('\n\n'),
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
