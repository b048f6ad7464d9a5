import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { networks, organisations, roleAssignments, users } from '$lib/server/db/schema';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { networkBranding } from '$lib/server/domains/mail/network-branding';

/**
 * Who hears of a new request: the organisation's own address, else its provider editors, else
 * (an offer without an organisation, or nobody to reach) the network's coordination address.
 */
async function recipients(tx: Tx, networkId: string, organisationId: string | null): Promise<string[]> {
	if (organisationId) {
		const [org] = await tx
			.select({ email: organisations.email })
			.from(organisations)
			.where(and(eq(organisations.networkId, networkId), eq(organisations.id, organisationId)));
		if (org?.email) return [org.email];
		const editors = await tx
			.selectDistinct({ email: users.email })
			.from(roleAssignments)
			.innerJoin(users, eq(users.id, roleAssignments.userId))
			.where(
				and(
					eq(roleAssignments.networkId, networkId),
					eq(roleAssignments.role, 'provider'),
					eq(roleAssignments.organisationId, organisationId),
					isNull(users.deactivatedAt)
				)
			);
		if (editors.length > 0) return editors.map((e) => e.email).sort();
	}
	const [network] = await tx.select({ email: networks.contactEmail }).from(networks).where(eq(networks.id, networkId));
	return network?.email ? [network.email] : [];
}

/**
 * The notice of a new request, in the caller's transaction. It holds no personal data at all —
 * no name, no number, no message, not even the offer — only that there is one and where to log in:
 * mail passes through servers nobody here controls.
 */
export async function mailNewContactRequest(
	tx: Tx,
	o: { networkId: string; organisationId: string | null; baseUrl: string }
): Promise<number> {
	const to = await recipients(tx, o.networkId, o.organisationId);
	const branding = await networkBranding(tx, o.networkId);
	for (const address of to)
		await enqueueMail(tx, {
			networkId: o.networkId,
			category: 'network',
			template: 'contact_request_new',
			to: address,
			data: { link: `${o.baseUrl}/intern/kontaktanfragen` },
			branding
		});
	return to.length;
}
