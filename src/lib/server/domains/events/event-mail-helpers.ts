import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { eventRegistrations, networks, type eventSessions, type events } from '$lib/server/db/schema';
import { LOCALES, type LocaleCode } from '$lib/i18n/locales';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import type { MailBranding } from '$lib/server/domains/mail/templates';
import { addLink } from '$lib/server/domains/shared/personal-link';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { formatDate, formatTimeSpan } from '$lib/time';
import type { CalendarEvent } from './event-calendar';
import type { Promotion } from './seats';

// What every mail about an event needs: who sends it, the dates as lines, the calendar entry,
// the participant's personal link. Used by the organiser's use cases (cancel, message, promote).

/** A use case that mails links into the network's pages. */
export type EventMailContext = TenantContext & { baseUrl: string };

type EventRow = typeof events.$inferSelect;
type SessionRow = Pick<typeof eventSessions.$inferSelect, 'id' | 'startsAt' | 'endsAt' | 'place' | 'onlineUrl'>;

export type Sender = { branding: MailBranding; organiser: { name: string; email: string } };

/** The network's name and colour for the mail, and its contact as the calendar's organiser. */
export async function eventSender(tx: Tx, ctx: TenantContext): Promise<Sender> {
	const [n] = await tx
		.select({
			name: networks.name,
			brandPrimary: networks.brandPrimary,
			contactEmail: networks.contactEmail,
			contactName: networks.contactName
		})
		.from(networks)
		.where(eq(networks.id, ctx.network.id));
	return {
		branding: { networkName: n!.name, brandPrimary: n!.brandPrimary },
		organiser: { name: n!.contactName || n!.name, email: n!.contactEmail || 'koordination@example.org' }
	};
}

const localeOf = (code: string): LocaleCode => LOCALES.find((l) => l.code === code)?.code ?? 'de';

/** The dates of an event as lines for a mail: "• Donnerstag, 5. März 2026, 18:30–20:00 Uhr – Rathaus". */
export function sessionLines(sessions: SessionRow[], locale = 'de'): string {
	return sessions
		.map((s) => `• ${formatTimeSpan(s.startsAt, s.endsAt, localeOf(locale))} – ${s.place || s.onlineUrl}`)
		.join('\n');
}

/** The event's public page (family events under /veranstaltungen, professionals' under /fortbildungen). */
export function eventPageLink(ctx: EventMailContext, event: Pick<EventRow, 'id' | 'audience'>): string {
	const area = event.audience === 'fachkraefte' ? 'fortbildungen' : 'veranstaltungen';
	return `${ctx.baseUrl}/${ctx.network.slug}/${area}/${event.id}`;
}

/** The event as the calendar module needs it. */
export function calendarEventOf(
	ctx: EventMailContext,
	event: EventRow,
	sessions: SessionRow[],
	sender: Sender
): CalendarEvent {
	return {
		id: event.id,
		title: event.title,
		summary: event.summary,
		link: eventPageLink(ctx, event),
		sequence: event.sequence,
		cancelled: event.status === 'cancelled',
		organiser: sender.organiser,
		sessions
	};
}

/**
 * Mails everyone who moved up from the waiting list (in the caller's transaction, with a new
 * personal link each): "Sie haben einen Platz", or "ein Platz ist bis … für Sie frei".
 */
export async function mailPromotions(
	tx: Tx,
	ctx: EventMailContext,
	event: EventRow,
	sessions: SessionRow[],
	promotions: Promotion[]
): Promise<number> {
	if (promotions.length === 0) return 0;
	const sender = await eventSender(tx, ctx);
	const people = await tx
		.select({
			id: eventRegistrations.id,
			name: eventRegistrations.name,
			email: eventRegistrations.email,
			locale: eventRegistrations.locale
		})
		.from(eventRegistrations)
		.where(
			and(
				eq(eventRegistrations.networkId, ctx.network.id),
				inArray(
					eventRegistrations.id,
					promotions.map((p) => p.registrationId)
				)
			)
		);
	let sent = 0;
	for (const p of promotions) {
		const person = people.find((r) => r.id === p.registrationId);
		if (!person?.email) continue;
		const token = await addLink(tx, eventRegistrations, person.id);
		await enqueueMail(tx, {
			networkId: ctx.network.id,
			category: 'network',
			template: 'event_promoted',
			to: person.email,
			locale: localeOf(person.locale),
			branding: sender.branding,
			data: {
				kind: p.status,
				name: person.name,
				title: event.title,
				when: sessionLines(sessions, person.locale),
				deadline: p.offerExpiresAt ? formatDate(p.offerExpiresAt, 'dateTimeFull') : '',
				link: `${ctx.baseUrl}/anmeldung/${ctx.network.slug}/${token}`
			}
		});
		sent++;
	}
	return sent;
}
