import { and, eq } from 'drizzle-orm';
import { withSystem } from '$lib/server/db/scope';
import { contactRequests, offers } from '$lib/server/db/schema';
import { hitRateLimit } from '$lib/server/domains/accounts/rate-limit';
import { stillFreshSql } from '$lib/server/domains/offers/freshness';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { mailNewContactRequest } from './contact-request-mail';
import { contactRequestPeriods, deletionDate } from './contact-request-periods';
import type { ContactRequestInput } from './contact-request-schema';

/** Requests one address may send to one network per hour. */
export const CONTACT_REQUESTS_PER_HOUR = 5;

export type ContactRequestClient = {
	/** The client's address: requests per address and hour are limited. */
	clientAddress: string;
	/** false only where the operator switched the limit off (CONTACT_RATE_LIMIT=off, for benchmarks). */
	rateLimit: boolean;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Counted and committed before the request, so a refused one still counts (like the event registration's). */
async function withinRateLimit(ctx: TenantContext, client: ContactRequestClient, now: Date): Promise<boolean> {
	if (!client.rateLimit) return true;
	return withSystem(ctx.db, (tx) =>
		hitRateLimit(tx, `contact-request:${ctx.network.id}:${client.clientAddress}`, CONTACT_REQUESTS_PER_HOUR, 3600, now)
	);
}

/**
 * "Bitte um Kontakt" from an offer page (issue 16, item 1), without an account: a filled-in
 * honeypot is refused, a client over the hourly limit too (`rate_limited`); the offer must be
 * published, current and have contact requests switched on (else `not_found`, also for another
 * network's id). Stores the request for the offer's organisation and mails the notice without
 * personal data in the same transaction. Returns when it will be deleted at the latest.
 */
export async function submitContactRequest(
	ctx: TenantContext & { baseUrl: string },
	offerId: string,
	input: ContactRequestInput,
	client: ContactRequestClient
): Promise<{ id: string; deleteBy: Date }> {
	const now = ctx.now ?? new Date();
	if (!UUID.test(offerId)) throw new AppError('not_found');
	// What people never see, only bots fill in: nothing is stored, and no mail leaves.
	if (input.honeypot.trim() !== '')
		throw new AppError('validation', { field: 'form', message: 'contact.form.rejected' });
	if (!(await withinRateLimit(ctx, client, now))) throw new AppError('rate_limited');
	return tenantTx(ctx, async (tx) => {
		const [offer] = await tx
			.select({ id: offers.id, organisationId: offers.organisationId })
			.from(offers)
			.where(
				scoped(
					offers,
					ctx,
					and(eq(offers.id, offerId), eq(offers.status, 'published'), eq(offers.contactRequestsEnabled, true)),
					stillFreshSql(ctx.network.id, now)
				)
			);
		if (!offer) throw new AppError('not_found');
		const [row] = await tx
			.insert(contactRequests)
			.values({
				networkId: ctx.network.id,
				offerId: offer.id,
				organisationId: offer.organisationId,
				name: input.name,
				phone: input.phone,
				email: input.email,
				language: input.language,
				bestTime: input.bestTime,
				message: input.message,
				createdAt: now
			})
			.returning({ id: contactRequests.id, createdAt: contactRequests.createdAt });
		await mailNewContactRequest(tx, {
			networkId: ctx.network.id,
			organisationId: offer.organisationId,
			baseUrl: ctx.baseUrl
		});
		const periods = await contactRequestPeriods(tx, ctx.network.id);
		return { id: row!.id, deleteBy: deletionDate({ createdAt: row!.createdAt, doneAt: null }, periods) };
	});
}
