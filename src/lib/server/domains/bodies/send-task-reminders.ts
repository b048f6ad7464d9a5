import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { bodies, contacts, meetings, networks, tasks } from '$lib/server/db/schema';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { berlinParts } from '../shared/time';

/** Owners hear about a task this many days before it is due. */
export const TASK_REMIND_DAYS_BEFORE = 3;

/** "Koordination" as owner means the network's coordination (its contact address). */
const COORDINATION = /^(netzwerk)?koordination$/i;

/**
 * Scheduled: every open task due within TASK_REMIND_DAYS_BEFORE days (and not yet overdue)
 * is mailed once to its owner — the contact it was assigned to, or the network's coordination
 * address for "Koordination". One mail per owner and body lists all their tasks.
 */
export async function sendTaskReminders(db: Db, o: { now: Date }): Promise<{ mails: number; tasks: number }> {
	const today = berlinParts(o.now).day;
	const until = berlinParts(new Date(o.now.getTime() + TASK_REMIND_DAYS_BEFORE * 86_400_000)).day;
	return withSystem(db, async (tx) => {
		const due = await tx
			.select({
				id: tasks.id,
				title: tasks.title,
				owner: tasks.owner,
				dueDate: tasks.dueDate,
				networkId: tasks.networkId,
				bodyName: bodies.name,
				meetingTitle: meetings.title,
				contactName: contacts.name,
				contactEmail: contacts.email,
				networkName: networks.name,
				brandPrimary: networks.brandPrimary,
				networkEmail: networks.contactEmail,
				networkContactName: networks.contactName
			})
			.from(tasks)
			.innerJoin(bodies, eq(bodies.id, tasks.bodyId))
			.innerJoin(meetings, eq(meetings.id, tasks.meetingId))
			.innerJoin(networks, eq(networks.id, tasks.networkId))
			.leftJoin(contacts, eq(contacts.id, tasks.ownerContactId))
			.where(
				and(
					eq(tasks.status, 'open'),
					isNull(tasks.reminderSentAt),
					gte(tasks.dueDate, today),
					lte(tasks.dueDate, until)
				)
			)
			.orderBy(asc(tasks.dueDate));
		const groups = new Map<string, { to: string; name: string; rows: typeof due }>();
		for (const t of due) {
			const to = t.contactEmail || (COORDINATION.test(t.owner.trim()) ? t.networkEmail : '');
			if (!to) continue;
			const key = `${t.networkId}|${to.toLowerCase()}|${t.bodyName}`;
			const group = groups.get(key) ?? {
				to,
				name: t.contactEmail ? (t.contactName ?? '') : t.networkContactName,
				rows: []
			};
			group.rows.push(t);
			groups.set(key, group);
		}
		let count = 0;
		for (const g of groups.values()) {
			const first = g.rows[0]!;
			await enqueueMail(tx, {
				networkId: first.networkId,
				category: 'network',
				template: 'task_reminder',
				to: g.to,
				data: {
					name: g.name,
					bodyName: first.bodyName,
					tasks: g.rows.map((r) => ({ title: r.title, dueDate: r.dueDate, meetingTitle: r.meetingTitle }))
				},
				branding: { networkName: first.networkName, brandPrimary: first.brandPrimary }
			});
			for (const r of g.rows) await tx.update(tasks).set({ reminderSentAt: o.now }).where(eq(tasks.id, r.id));
			count += g.rows.length;
		}
		return { mails: groups.size, tasks: count };
	});
}
