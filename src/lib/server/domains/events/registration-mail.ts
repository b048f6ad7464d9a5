import { and, eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { eventRegistrations, networks, organisations } from '$lib/server/db/schema';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { addLink } from '$lib/server/domains/shared/personal-link';
import { LOCALES, type LocaleCode } from '$lib/i18n/locales';
import { eventIcs, type CalendarEvent } from './event-calendar';
import type { LockedEvent } from './event-lock';
import { sessionsOf } from './get-public-event';
import { waitingPosition } from './seats';

/** A use case that mails personal links and event pages: it knows the installation's address. */
export type EventContext = TenantContext & { baseUrl: string };

export type RegistrationMailKind = 'confirmed' | 'waiting' | 'offered' | 'promoted' | 'cancelled' | 'updated';

const TEMPLATE = {
	confirmed: 'registration_confirmed',
	waiting: 'registration_waiting',
	offered: 'seat_offered',
	promoted: 'seat_promoted',
	cancelled: 'registration_cancelled',
	updated: 'registration_updated'
} as const;

/** The personal link of a registration: `/anmeldung/{network}/{token}`. */
export const registrationLink = (ctx: EventContext, token: string) =>
	`${ctx.baseUrl}/anmeldung/${ctx.network.slug}/${token}`;

/** The event's public page (German address; the page offers every language). */
export const eventPageLink = (ctx: EventContext, eventId: string) =>
	`${ctx.baseUrl}/${ctx.network.slug}/veranstaltungen/${eventId}`;

/**
 * Mails one registrant about their registration, in the language they registered in, through the
 * outbox in the caller's transaction (under the event's lock): every mail carries a personal link
 * (the one just made at registration, or a new one – earlier links keep working), and those that
 * give a seat carry the sessions as `.ics` (METHOD:CANCEL for a cancellation).
 */
export async function mailRegistration(
	tx: Tx,
	ctx: EventContext,
	event: LockedEvent,
	registrationId: string,
	kind: RegistrationMailKind,
	token?: string
): Promise<void> {
	const [r] = await tx
		.select()
		.from(eventRegistrations)
		.where(and(eq(eventRegistrations.networkId, ctx.network.id), eq(eventRegistrations.id, registrationId)));
	if (!r) return;
	const [network] = await tx
		.select({ name: networks.name, brandPrimary: networks.brandPrimary, contactEmail: networks.contactEmail })
		.from(networks)
		.where(eq(networks.id, ctx.network.id));
	const [organiser] = event.organisationId
		? await tx
				.select({ name: organisations.name })
				.from(organisations)
				.where(and(eq(organisations.networkId, ctx.network.id), eq(organisations.id, event.organisationId)))
		: [];
	const sessions = await sessionsOf(tx, ctx.network.id, event.id);
	const link = registrationLink(ctx, token ?? (await addLink(tx, eventRegistrations, r.id)));
	const locale: LocaleCode = LOCALES.find((l) => l.code === r.locale)?.code ?? 'de';
	const title = (locale !== 'de' && event.translations[locale]?.title) || event.title;
	const base = {
		name: r.name,
		eventTitle: title,
		sessions,
		link,
		contact: [event.contactName, event.contactEmail, event.contactPhone].filter(Boolean).join(', ')
	};
	const calendar: CalendarEvent = {
		id: event.id,
		title,
		summary: (locale !== 'de' && event.translations[locale]?.summary) || event.summary,
		link: eventPageLink(ctx, event.id),
		sequence: event.sequence,
		cancelled: event.status === 'cancelled',
		organiser: {
			name: organiser?.name ?? network!.name,
			email: event.contactEmail || network!.contactEmail || 'koordination@example.org'
		},
		sessions
	};
	const withCalendar =
		kind === 'confirmed' ||
		kind === 'promoted' ||
		kind === 'cancelled' ||
		(kind === 'updated' && r.status === 'registered');
	const method = kind === 'cancelled' ? 'cancel' : 'publish';
	const common = {
		networkId: ctx.network.id,
		category: 'network' as const,
		to: r.email,
		locale,
		branding: { networkName: network!.name, brandPrimary: network!.brandPrimary },
		attachments: withCalendar
			? [
					{
						filename: kind === 'cancelled' ? 'abmeldung.ics' : 'veranstaltung.ics',
						contentType: `text/calendar; charset=utf-8; method=${method.toUpperCase()}`,
						contentBase64: Buffer.from(
							eventIcs(calendar, { method, host: new URL(ctx.baseUrl).host }),
							'utf-8'
						).toString('base64')
					}
				]
			: []
	};
	switch (kind) {
		case 'confirmed':
		case 'promoted':
			await enqueueMail(tx, { ...common, template: TEMPLATE[kind], data: { ...base, persons: r.persons } });
			return;
		case 'waiting':
			await enqueueMail(tx, {
				...common,
				template: TEMPLATE.waiting,
				data: { ...base, position: await waitingPosition(tx, event, r.number) }
			});
			return;
		case 'offered':
			await enqueueMail(tx, {
				...common,
				template: TEMPLATE.offered,
				data: { ...base, until: r.offerExpiresAt ?? new Date() }
			});
			return;
		case 'updated':
			await enqueueMail(tx, { ...common, template: TEMPLATE.updated, data: { ...base, calendar: withCalendar } });
			return;
		case 'cancelled':
			await enqueueMail(tx, {
				...common,
				template: TEMPLATE.cancelled,
				data: { ...base, eventLink: eventPageLink(ctx, event.id) }
			});
	}
}
