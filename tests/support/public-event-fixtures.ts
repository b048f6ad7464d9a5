import { asc, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { eventQuestions, eventRegistrations, eventSessions, events, outbox } from '$lib/server/db/schema';
import type { TenantContext } from '$lib/server/domains/shared/context';
import type { RegistrationInput } from '$lib/server/domains/events/registration-schema';
import { linkIn } from './smtp';

// Set-up shared by the tests of the events domain: events written straight into the tables (the
// coordinator's forms are another use case), registrations and mails read back as they are stored.

type Session = { startsAt: Date; hours?: number; place?: string; onlineUrl?: string };

/** A published public event with its sessions (one, a week after `now`, unless given) and questions. */
export async function makeEvent(
	ctx: TenantContext,
	values: Partial<typeof events.$inferInsert> = {},
	sessions: Session[] = [{ startsAt: new Date((ctx.now ?? new Date()).getTime() + 7 * 86_400_000) }],
	questions: Omit<typeof eventQuestions.$inferInsert, 'networkId' | 'eventId'>[] = []
): Promise<string> {
	return withSystem(ctx.db, async (tx) => {
		const [e] = await tx
			.insert(events)
			.values({
				networkId: ctx.network.id,
				kind: 'kurs',
				audience: 'familien',
				title: 'Babymassage-Kurs',
				capacity: 8,
				status: 'published',
				...values
			})
			.returning({ id: events.id });
		await tx.insert(eventSessions).values(
			sessions.map((s, i) => ({
				networkId: ctx.network.id,
				eventId: e!.id,
				startsAt: s.startsAt,
				endsAt: new Date(s.startsAt.getTime() + (s.hours ?? 1) * 3_600_000),
				place: s.place ?? 'Familienzentrum, Raum 1',
				onlineUrl: s.onlineUrl ?? '',
				position: i
			}))
		);
		if (questions.length)
			await tx
				.insert(eventQuestions)
				.values(questions.map((q, i) => ({ ...q, networkId: ctx.network.id, eventId: e!.id, position: i })));
		return e!.id;
	});
}

/** The portal form's parsed input for one person. */
export const registrant = (i: number, extra: Partial<RegistrationInput> = {}): RegistrationInput => ({
	name: `Elternteil ${i}`,
	email: `elternteil${i}@example.org`,
	phone: '',
	organisationName: '',
	persons: 1,
	answers: {},
	honeypot: '',
	...extra
});

export function registrationsOf(db: Db, eventId: string) {
	return withSystem(db, (tx) =>
		tx
			.select()
			.from(eventRegistrations)
			.where(eq(eventRegistrations.eventId, eventId))
			.orderBy(asc(eventRegistrations.number))
	);
}

/** The mails in the outbox to one address, oldest first. */
export function mailsTo(db: Db, to: string) {
	return withSystem(db, (tx) =>
		tx.select().from(outbox).where(eq(outbox.toAddress, to)).orderBy(asc(outbox.createdAt))
	);
}

/** The personal link in a mail's text. */
export const personalLinkIn = (text: string) => linkIn(text, '/anmeldung/');

/** The token at the end of a personal link. */
export const tokenOf = (link: string) => link.split('/').at(-1)!;
