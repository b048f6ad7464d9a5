import { and, eq, inArray } from 'drizzle-orm';
import { contacts, organisations } from '$lib/server/db/schema';
import { t } from '$lib/i18n';
import { scoped } from '$lib/server/domains/shared/context';
import { idsTo, personIs, type PersonSource } from './source-helpers';

/** Ansprechpersonen of member organisations: deleted (body memberships go with them, links elsewhere are cleared). */
export const contactsSource: PersonSource = {
	key: 'contacts',
	title: 'personData.source.contacts',
	async find(tx, ctx, q) {
		const rows = await tx
			.select({ c: contacts, organisation: organisations.name })
			.from(contacts)
			.innerJoin(
				organisations,
				and(eq(organisations.networkId, contacts.networkId), eq(organisations.id, contacts.organisationId))
			)
			.where(scoped(contacts, ctx, personIs(contacts.email, contacts.name, q)))
			.orderBy(organisations.name);
		return rows.map(({ c, organisation }) => ({
			id: c.id,
			label: t('personData.contacts.label', { organisation }),
			data: {
				name: c.name,
				role: c.role,
				phone: c.phone,
				email: c.email,
				organisation,
				visibility: c.visibility,
				consentAt: c.consentAt,
				consentMethod: c.consentMethod,
				consentTextVersion: c.consentTextVersion,
				consentRevokedAt: c.consentRevokedAt,
				createdAt: c.createdAt.toISOString()
			},
			action: { kind: 'delete' },
			strings: [c.name, c.email]
		}));
	},
	async erase(tx, run, records) {
		const ids = idsTo(records, 'delete');
		if (ids.length) await tx.delete(contacts).where(scoped(contacts, run.ctx, inArray(contacts.id, ids)));
	}
};

/** "Keine Rundschreiben mehr": the opt-out stored on the contact, deleted with it. */
export const circularOptOutsSource: PersonSource = {
	key: 'circularOptOuts',
	title: 'personData.source.circularOptOuts',
	async find(tx, ctx, q) {
		const rows = await tx
			.select({ id: contacts.id, name: contacts.name, email: contacts.email, links: contacts.tokenHashes })
			.from(contacts)
			.where(scoped(contacts, ctx, eq(contacts.circularOptOut, true), personIs(contacts.email, contacts.name, q)));
		return rows.map((r) => ({
			id: r.id,
			label: t('personData.circularOptOuts.label', { email: r.email || r.name }),
			data: { email: r.email, optedOut: true, circularsWithLink: r.links.length },
			action: { kind: 'delete' }
		}));
	},
	async erase(tx, run, records) {
		// The contact row itself goes with the contacts source; this clears what is left if it is kept.
		const ids = idsTo(records, 'delete');
		if (ids.length)
			await tx
				.update(contacts)
				.set({ circularOptOut: false, tokenHashes: [] })
				.where(scoped(contacts, run.ctx, inArray(contacts.id, ids)));
	}
};
