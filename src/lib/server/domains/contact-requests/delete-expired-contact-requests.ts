import { and, eq, isNotNull, lt, or } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { contactRequests } from '$lib/server/db/schema';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { contactRequestPeriods } from './contact-request-periods';

const DAY_MS = 86_400_000;

/**
 * Scheduled (`contact_request_retention`): per network, deletes the contact requests made more
 * than its period ago (default 30 days) and those done more than its shorter period ago (default
 * 7 days) — nothing else. One audit entry per network with the number only.
 */
export async function deleteExpiredContactRequests(db: Db, o: { now: Date }): Promise<{ deleted: number }> {
	return withSystem(db, async (tx) => {
		const networks = await tx.selectDistinct({ id: contactRequests.networkId }).from(contactRequests);
		let deleted = 0;
		for (const { id: networkId } of networks.sort((a, b) => a.id.localeCompare(b.id))) {
			const periods = await contactRequestPeriods(tx, networkId);
			const madeBefore = new Date(o.now.getTime() - periods.openDays * DAY_MS);
			const doneBefore = new Date(o.now.getTime() - periods.doneDays * DAY_MS);
			const gone = await tx
				.delete(contactRequests)
				.where(
					and(
						eq(contactRequests.networkId, networkId),
						or(
							lt(contactRequests.createdAt, madeBefore),
							and(isNotNull(contactRequests.doneAt), lt(contactRequests.doneAt, doneBefore))
						)
					)
				)
				.returning({ id: contactRequests.id });
			if (gone.length === 0) continue;
			await recordAudit(tx, {
				networkId,
				actorUserId: null,
				action: 'contact_requests.deleted',
				entity: 'network',
				entityId: networkId,
				after: { deleted: gone.length, openDays: periods.openDays, doneDays: periods.doneDays }
			});
			deleted += gone.length;
		}
		return { deleted };
	});
}
