import type { Translator } from '$lib/i18n';
import { langTag, type LocaleCode } from '$lib/i18n/locales';
import { formatDate } from '$lib/time';

// How the portal writes an event's dates, fee and seats, in the page's language and Berlin time.

type Span = { startsAt: Date; endsAt: Date };

/** "Dienstag, 2. März 2027, 10:00–11:00 Uhr" in the page's language. */
export function sessionTime(t: Translator, s: Span, locale: LocaleCode): string {
	const tag = langTag(locale);
	return t('events.time', {
		day: formatDate(s.startsAt, 'dateFull', tag),
		from: formatDate(s.startsAt, 'time', tag),
		to: formatDate(s.endsAt, 'time', tag)
	});
}

/** One session: its time; several: "6 Termine ab Dienstag, 2. März 2027". */
export function whenText(t: Translator, sessions: Span[], locale: LocaleCode): string {
	const first = sessions[0];
	if (!first) return '';
	if (sessions.length === 1) return sessionTime(t, first, locale);
	return t('events.series', { count: sessions.length, day: formatDate(first.startsAt, 'dateFull', langTag(locale)) });
}

/** The fee in euros, or "Kostenlos". */
export function feeText(t: Translator, e: { costFree: boolean; feeCents: number | null }, locale: LocaleCode): string {
	if (e.costFree || !e.feeCents) return t('offer.costFree');
	let f = EURO.get(locale);
	if (!f) EURO.set(locale, (f = new Intl.NumberFormat(langTag(locale), { style: 'currency', currency: 'EUR' })));
	return f.format(e.feeCents / 100);
}

const EURO = new Map<LocaleCode, Intl.NumberFormat>();

export type SeatState = 'free' | 'waiting' | 'full';

/** Free seats (nobody waiting before), the waiting list, or fully booked. */
export function seatState(s: { free: number; waiting: number; waitingList: boolean }): SeatState {
	if (s.free > 0 && s.waiting === 0) return 'free';
	return s.waitingList ? 'waiting' : 'full';
}

export function seatText(t: Translator, s: { free: number; waiting: number; waitingList: boolean }): string {
	const state = seatState(s);
	return state === 'free' ? t('events.seats.free', { count: s.free }) : t(`events.seats.${state}`);
}

/** What an event's card in a list shows (the server's PublicEventCard has this shape). */
export type EventCardData = {
	id: string;
	kind: 'fachtagung' | 'fortbildung' | 'infoabend' | 'kurs' | 'familienveranstaltung';
	visibility: 'public' | 'members';
	title: string;
	summary: string;
	translations: Record<string, { title?: string; summary?: string }>;
	costFree: boolean;
	feeCents: number | null;
	waitingList: boolean;
	organiser: string;
	sessions: { startsAt: Date; endsAt: Date; place: string; onlineUrl: string }[];
	free: number;
	waiting: number;
};
