import { and, eq, isNotNull, lt } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { contactRequests } from '$lib/server/db/schema';
import { contactRequestPeriods } from './contact-request-periods';

const DAY_MS = 86_400_000;

type RuleRun = { now: Date; networkId: string; days: number };

/**
 * Retention rule `contact_requests_open` (run by the `retention` job in its transaction, system
 * role): deletes the network's requests made more than `days` ago, done or not. Returns how many.
 */
export async function deleteOldContactRequests(tx: Tx, run: RuleRun): Promise<number> {
	const gone = await tx
		.delete(contactRequests)
		.where(
			and(
				eq(contactRequests.networkId, run.networkId),
				lt(contactRequests.createdAt, new Date(run.now.getTime() - run.days * DAY_MS))
			)
		)
		.returning({ id: contactRequests.id });
	return gone.length;
}

/** Retention rule `contact_requests_done`: deletes the network's requests marked done more than `days` ago. */
export async function deleteDoneContactRequests(tx: Tx, run: RuleRun): Promise<number> {
	const gone = await tx
		.delete(contactRequests)
		.where(
			and(
				eq(contactRequests.networkId, run.networkId),
				isNotNull(contactRequests.doneAt),
				lt(contactRequests.doneAt, new Date(run.now.getTime() - run.days * DAY_MS))
			)
		)
		.returning({ id: contactRequests.id });
	return gone.length;
}

/**
 * Both rules for every network with its own periods, outside the retention job (tests, and the
 * e2e's "after the period" step). The job itself runs the two rules through privacy/run-retention.
 */
export async function deleteExpiredContactRequests(db: Db, o: { now: Date }): Promise<{ deleted: number }> {
	return withSystem(db, async (tx) => {
		const networks = await tx.selectDistinct({ id: contactRequests.networkId }).from(contactRequests);
		let deleted = 0;
		for (const { id: networkId } of networks) {
			const periods = await contactRequestPeriods(tx, networkId);
			deleted += await deleteOldContactRequests(tx, { now: o.now, networkId, days: periods.openDays });
			deleted += await deleteDoneContactRequests(tx, { now: o.now, networkId, days: periods.doneDays });
		}
		return { deleted };
	});
}
