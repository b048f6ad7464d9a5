import { and, eq, inArray } from 'drizzle-orm';
import { contactRequests, offers } from '$lib/server/db/schema';
import { t } from '$lib/i18n';
import { scoped } from '$lib/server/domains/shared/context';
import { idsTo, personIs, type PersonSource } from './source-helpers';

/** Parents' "Bitte um Kontakt" requests (issue 16 item 1): deleted. */
export const contactRequestsSource: PersonSource = {
	key: 'contactRequests',
	title: 'personData.source.contactRequests',
	async find(tx, ctx, q) {
		const rows = await tx
			.select({ r: contactRequests, offer: offers.title })
			.from(contactRequests)
			.innerJoin(offers, and(eq(offers.networkId, contactRequests.networkId), eq(offers.id, contactRequests.offerId)))
			.where(scoped(contactRequests, ctx, personIs(contactRequests.email, contactRequests.name, q)))
			.orderBy(contactRequests.createdAt);
		return rows.map(({ r, offer }) => ({
			id: r.id,
			label: t('personData.contactRequests.label', { offer }),
			data: {
				name: r.name,
				phone: r.phone,
				email: r.email,
				language: r.language,
				bestTime: r.bestTime,
				message: r.message,
				offer,
				status: r.status,
				createdAt: r.createdAt.toISOString(),
				doneAt: r.doneAt?.toISOString() ?? null
			},
			action: { kind: 'delete' },
			strings: [r.name, r.email ?? ''].filter(Boolean)
		}));
	},
	async erase(tx, run, records) {
		const ids = idsTo(records, 'delete');
		if (ids.length)
			await tx.delete(contactRequests).where(scoped(contactRequests, run.ctx, inArray(contactRequests.id, ids)));
	}
};
