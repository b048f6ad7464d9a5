import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { eventRegistrations, events, networks, organisations, type RegistrationStatus } from '$lib/server/db/schema';
import { tenantTx, type NetworkRef } from '$lib/server/domains/shared/context';
import { holdsLink, isLinkToken, refuseLink } from '$lib/server/domains/shared/personal-link';
import { LOCALES, type LocaleCode } from '$lib/i18n/locales';
import type { EventTranslation } from '$lib/server/db/schema';
import { sessionsOf, type PublicEventSession } from './get-public-event';
import { waitingPosition } from './seats';

// The personal link of a registration (`/anmeldung/{network}/{token}`, like the RSVP links):
// only hashes are stored, every mail adds one, earlier ones keep working. Opening it changes
// nothing; its buttons cancel the registration or accept an offered seat.

export type RegistrationView =
	| { state: 'unknown' | 'other_network' }
	| {
			state: 'valid';
			/** The language the person registered in: the page speaks it. */
			locale: LocaleCode;
			name: string;
			persons: number;
			status: RegistrationStatus;
			/** Place on the waiting list (1 = next), null unless waiting. */
			waitingPosition: number | null;
			offerExpiresAt: Date | null;
			offerExpired: boolean;
			/** Whether the person can still cancel (the event has not begun and is not called off). */
			canCancel: boolean;
			network: NetworkRef;
			event: {
				id: string;
				title: string;
				summary: string;
				translations: Record<string, EventTranslation>;
				cancelled: boolean;
				begun: boolean;
				organiser: string;
				contact: string;
				sessions: PublicEventSession[];
			};
	  };

export type LinkedRegistration = { id: string; network: NetworkRef };

/** The registration a link belongs to; `unknown` for a forged or malformed one, `other_network` for another network's. */
export async function findRegistrationByLink(
	db: Db,
	networkSlug: string,
	token: string
): Promise<LinkedRegistration | { state: 'unknown' | 'other_network' }> {
	if (!isLinkToken(token)) return { state: 'unknown' };
	// The hash → tenant lookup is the one cross-tenant read of the link (as for the RSVP links).
	const [row] = await withSystem(db, (tx) =>
		tx
			.select({ id: eventRegistrations.id, networkId: networks.id, slug: networks.slug, name: networks.name })
			.from(eventRegistrations)
			.innerJoin(networks, eq(networks.id, eventRegistrations.networkId))
			.where(holdsLink(eventRegistrations.tokenHashes, token))
	);
	const refused = refuseLink(row && { networkSlug: row.slug }, networkSlug, new Date());
	if (!row || refused) return { state: refused === 'other_network' ? 'other_network' : 'unknown' };
	return { id: row.id, network: { id: row.networkId, slug: row.slug, name: row.name } };
}

/** What the link's page shows, read in the network's transaction. */
export async function viewRegistration(
	tx: Tx,
	network: NetworkRef,
	registrationId: string,
	now: Date
): Promise<RegistrationView> {
	const [row] = await tx
		.select({ r: eventRegistrations, e: events, organiser: organisations.name })
		.from(eventRegistrations)
		.innerJoin(
			events,
			and(eq(events.networkId, eventRegistrations.networkId), eq(events.id, eventRegistrations.eventId))
		)
		.leftJoin(
			organisations,
			and(eq(organisations.networkId, events.networkId), eq(organisations.id, events.organisationId))
		)
		.where(and(eq(eventRegistrations.networkId, network.id), eq(eventRegistrations.id, registrationId)));
	if (!row) return { state: 'unknown' };
	const { r, e } = row;
	const sessions = await sessionsOf(tx, network.id, e.id);
	const begun = !sessions[0] || sessions[0].startsAt <= now;
	const cancelled = e.status === 'cancelled';
	return {
		state: 'valid',
		locale: LOCALES.find((l) => l.code === r.locale)?.code ?? 'de',
		name: r.name,
		persons: r.persons,
		status: r.status,
		waitingPosition: r.status === 'waiting' ? await waitingPosition(tx, e, r.number) : null,
		offerExpiresAt: r.offerExpiresAt,
		offerExpired: r.status === 'offered' && !!r.offerExpiresAt && r.offerExpiresAt <= now,
		canCancel: r.status !== 'cancelled' && !begun && !cancelled,
		network,
		event: {
			id: e.id,
			title: e.title,
			summary: e.summary,
			translations: e.translations,
			cancelled,
			begun,
			organiser: row.organiser ?? network.name,
			contact: [e.contactName, e.contactEmail, e.contactPhone].filter(Boolean).join(', '),
			sessions
		}
	};
}

/** The registration behind a personal link, for its page (opening it changes nothing). */
export async function describeRegistration(
	db: Db,
	networkSlug: string,
	token: string,
	now: Date
): Promise<RegistrationView> {
	const found = await findRegistrationByLink(db, networkSlug, token);
	if ('state' in found) return found;
	return tenantTx({ db, network: found.network, actor: null }, (tx) =>
		viewRegistration(tx, found.network, found.id, now)
	);
}
