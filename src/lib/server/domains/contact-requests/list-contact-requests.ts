import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { contactRequests, offers, organisations } from '$lib/server/db/schema';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { contactRequestArea } from './contact-request-access';
import { contactRequestPeriods, deletionDate, type ContactRequestPeriods } from './contact-request-periods';

export type ContactRequestRow = {
	id: string;
	version: number;
	offerId: string;
	offerTitle: string;
	organisationName: string | null;
	name: string;
	phone: string;
	email: string;
	language: string;
	bestTime: string;
	message: string;
	status: 'open' | 'done';
	createdAt: Date;
	doneAt: Date | null;
	deleteOn: Date;
};

/**
 * `/intern/kontaktanfragen`: the requests in the actor's area (coordination: the network; a
 * provider editor: their organisation's offers), open ones first and oldest first, each with the
 * day it will be deleted.
 */
export async function listContactRequests(
	ctx: TenantContext
): Promise<{ requests: ContactRequestRow[]; periods: ContactRequestPeriods }> {
	const area = contactRequestArea(ctx);
	return tenantTx(ctx, async (tx) => {
		const periods = await contactRequestPeriods(tx, ctx.network.id);
		const rows = await tx
			.select({
				id: contactRequests.id,
				version: contactRequests.version,
				offerId: contactRequests.offerId,
				offerTitle: offers.title,
				organisationName: organisations.name,
				name: contactRequests.name,
				phone: contactRequests.phone,
				email: contactRequests.email,
				language: contactRequests.language,
				bestTime: contactRequests.bestTime,
				message: contactRequests.message,
				status: contactRequests.status,
				createdAt: contactRequests.createdAt,
				doneAt: contactRequests.doneAt
			})
			.from(contactRequests)
			.innerJoin(offers, and(eq(offers.networkId, contactRequests.networkId), eq(offers.id, contactRequests.offerId)))
			.leftJoin(
				organisations,
				and(
					eq(organisations.networkId, contactRequests.networkId),
					eq(organisations.id, contactRequests.organisationId)
				)
			)
			.where(scoped(contactRequests, ctx, area))
			.orderBy(sql`${contactRequests.status} = 'done'`, desc(contactRequests.doneAt), asc(contactRequests.createdAt));
		return { requests: rows.map((r) => ({ ...r, deleteOn: deletionDate(r, periods) })), periods };
	});
}

/** How many open requests the actor's area has (the dashboard's line). */
export async function countOpenContactRequests(ctx: TenantContext): Promise<number> {
	const area = contactRequestArea(ctx);
	return tenantTx(ctx, async (tx) => {
		const [row] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(contactRequests)
			.where(scoped(contactRequests, ctx, eq(contactRequests.status, 'open'), area));
		return Number(row?.n ?? 0);
	});
}
