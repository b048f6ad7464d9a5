import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { retentionRules } from '$lib/server/db/schema';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

/** Days after it was made when a contact request is deleted, whether done or not (issue 16: default 30). */
export const CONTACT_REQUEST_OPEN_DAYS = 30;
/** Days after it was marked done when a contact request is deleted, if that comes earlier (default 7). */
export const CONTACT_REQUEST_DONE_DAYS = 7;

/** The retention rules (privacy/retention-rules.ts) that set the two periods; their rows are the one setting. */
export const CONTACT_REQUEST_OPEN_RULE = 'contact_requests_open';
export const CONTACT_REQUEST_DONE_RULE = 'contact_requests_done';

export type ContactRequestPeriods = { openDays: number; doneDays: number };

const DAY_MS = 86_400_000;

/**
 * The network's deletion periods for contact requests: its retention rules, else the defaults,
 * so the form's notice, the internal list's dates and the retention job always agree. Read in
 * the caller's transaction.
 */
export async function contactRequestPeriods(tx: Tx, networkId: string): Promise<ContactRequestPeriods> {
	const rows = await tx
		.select({ key: retentionRules.ruleKey, days: retentionRules.days })
		.from(retentionRules)
		.where(
			and(
				eq(retentionRules.networkId, networkId),
				inArray(retentionRules.ruleKey, [CONTACT_REQUEST_OPEN_RULE, CONTACT_REQUEST_DONE_RULE])
			)
		);
	const days = new Map(rows.map((r) => [r.key, r.days]));
	return {
		openDays: days.get(CONTACT_REQUEST_OPEN_RULE) ?? CONTACT_REQUEST_OPEN_DAYS,
		doneDays: days.get(CONTACT_REQUEST_DONE_RULE) ?? CONTACT_REQUEST_DONE_DAYS
	};
}

/** When a request is deleted: N days after it was made, or M days after done if that is earlier. */
export function deletionDate(request: { createdAt: Date; doneAt: Date | null }, periods: ContactRequestPeriods): Date {
	const afterMade = request.createdAt.getTime() + periods.openDays * DAY_MS;
	const afterDone = request.doneAt ? request.doneAt.getTime() + periods.doneDays * DAY_MS : Infinity;
	return new Date(Math.min(afterMade, afterDone));
}

/** The periods for the portal's notice before sending, in a transaction of its own. */
export async function readContactRequestPeriods(ctx: TenantContext): Promise<ContactRequestPeriods> {
	return tenantTx(ctx, (tx) => contactRequestPeriods(tx, ctx.network.id));
}

/** The answer page names a day: if nobody called by then, the parent should call the offer directly. */
export const CALL_BACK_WITHIN_DAYS = 7;
