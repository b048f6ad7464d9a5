import { eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { networks, type eventSessions, type events } from '$lib/server/db/schema';
import { LOCALES, type LocaleCode } from '$lib/i18n/locales';
import type { MailBranding } from '$lib/server/domains/mail/templates';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { formatTimeSpan } from '$lib/time';
import type { CalendarEvent } from './event-calendar';
import type { LockedEvent } from './event-lock';
import { mailRegistration } from './registration-mail';
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

/** The event's public page (every event's page is under /veranstaltungen; /fortbildungen only lists). */
export function eventPageLink(ctx: EventMailContext, event: Pick<EventRow, 'id'>): string {
	return `${ctx.baseUrl}/${ctx.network.slug}/veranstaltungen/${event.id}`;
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
 * Mails everyone who moved up from the waiting list (in the caller's transaction, each in their
 * language with a new personal link): "Sie haben einen Platz" with the calendar file, or "ein Platz
 * ist bis … für Sie frei". The same mails as a promotion after a cancellation by link.
 */
export async function mailPromotions(
	tx: Tx,
	ctx: EventMailContext,
	event: LockedEvent,
	promotions: Promotion[]
): Promise<number> {
	for (const p of promotions)
		await mailRegistration(tx, ctx, event, p.registrationId, p.status === 'offered' ? 'offered' : 'promoted');
	return promotions.length;
}
