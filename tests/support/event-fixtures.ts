import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { eventRegistrations, outbox } from '$lib/server/db/schema';
import { parseWith } from '$lib/server/http/forms';
import { eventSchema, type EventInput } from '$lib/server/domains/events/event-schema';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { registerForEvent } from '$lib/server/domains/events/register-for-event';

// Set-up shared by the events tests: the event form's input as the form posts it, registrations
// through the real use case, the rows and mails as a person would see them.

/** The event form as posted (strings, checkboxes as booleans), parsed by the form's own schema. */
export function eventForm(fields: Record<string, unknown> = {}): EventInput {
	const parsed = parseWith(eventSchema, {
		version: '0',
		kind: 'fachtagung',
		audience: 'fachkraefte',
		visibility: 'public',
		title: 'Frühe Hilfen im Sozialraum (Beispiel)',
		summary: 'Fachtag für Fachkräfte',
		description: '',
		organisationId: '',
		capacity: '2',
		waitingList: true,
		promotionMode: 'automatic',
		offerHours: '48',
		costFree: true,
		languages: 'de',
		accessibility: [],
		lifeStages: [],
		topics: [],
		trainingUnit: 'ue',
		'session-0-day': '2030-03-05',
		'session-0-start': '09:00',
		'session-0-end': '16:00',
		'session-0-place': 'Rathaus, Ratssaal',
		...fields
	});
	if (!parsed.ok) throw new Error(`event form: ${JSON.stringify(parsed.errors)}`);
	return parsed.data;
}

export const participant = (i: number) => ({
	name: `Teilnehmerin ${i} (Beispiel)`,
	email: `teilnehmerin${i}@example.org`
});

/** Registers people 0…n-1 through the public use case (at a time before the event). */
export async function registerPeople(ctx: TenantContext, eventId: string, n: number, from = 0) {
	const out = [];
	for (let i = from; i < from + n; i++) out.push(await registerForEvent(ctx, eventId, participant(i)));
	return out;
}

export async function registrationsOf(db: Db, eventId: string) {
	return withSystem(db, (tx) =>
		tx
			.select()
			.from(eventRegistrations)
			.where(eq(eventRegistrations.eventId, eventId))
			.orderBy(asc(eventRegistrations.number))
	);
}

/** The mails of one template in the outbox, oldest first. */
export async function mailsOf(db: Db, networkId: string, template: string) {
	return withSystem(db, (tx) =>
		tx
			.select()
			.from(outbox)
			.where(and(eq(outbox.networkId, networkId), eq(outbox.template, template)))
			.orderBy(asc(outbox.createdAt))
	);
}
