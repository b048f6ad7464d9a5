import { and, eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	eventAttendance,
	eventCertificates,
	eventFeedback,
	eventRegistrations,
	eventSessions,
	events
} from '$lib/server/db/schema';
import { newCertificateCode } from '$lib/server/domains/events/issue-certificates';
import { addDays, berlinDay, berlinInstant } from '$lib/time';

// Past events of every demo network (issue 14, item 12): one that ended yesterday with its
// participants still to be ticked, certified and asked for feedback (what a coordinator does the
// day after), and one two months ago with attendance, certificates and feedback done. Invented
// people, example.org addresses.

type DemoNetwork = { id: string; slug: string; municipality: string };

const PEOPLE = [
	['Antje Beispiel', 'Kita Sonnenblume (Beispiel)'],
	['Burak Yıldız-Muster', 'Familienzentrum Nord (Beispiel)'],
	['Clara Übermuth', 'Jugendamt, ASD (Beispiel)'],
	['Dmitri Beispielow', 'Schwangerschaftsberatung (Beispiel)'],
	['Elif Musterfrau', 'Hebammenpraxis Lindenweg (Beispiel)'],
	['Frieda Exempel-Großkopf', 'Grundschule am Park (Beispiel)'],
	['Gülay Beispiel', 'Stadtteilmütter (Beispiel)']
] as const;

const FEEDBACK = [
	[5, 'Die Fallbeispiele aus dem Alltag', 'Mehr Zeit für Fragen'],
	[4, 'Der Austausch mit dem Jugendamt', ''],
	[5, 'Klare Ablaufschemata zum Mitnehmen', 'Eine Pause mehr'],
	[3, 'Die Checkliste', 'Beispiele aus der Kita'],
	[4, '', 'Unterlagen vorab']
] as const;

async function insertEvent(
	tx: Tx,
	n: DemoNetwork,
	values: Partial<typeof events.$inferInsert> & { title: string },
	day: string
) {
	const [e] = await tx
		.insert(events)
		.values({
			networkId: n.id,
			kind: 'fortbildung',
			audience: 'fachkraefte',
			capacity: 20,
			status: 'published',
			trainingHours: '4.0',
			trainingUnit: 'ue',
			certificateSigner: `Netzwerkkoordination Frühe Hilfen ${n.municipality}`,
			contactName: 'Netzwerkkoordination',
			...values
		})
		.returning({ id: events.id });
	const [s] = await tx
		.insert(eventSessions)
		.values({
			networkId: n.id,
			eventId: e!.id,
			startsAt: berlinInstant(day, '09:00'),
			endsAt: berlinInstant(day, '12:30'),
			place: `Rathaus ${n.municipality}, Sitzungssaal (Beispiel)`
		})
		.returning({ id: eventSessions.id });
	const regs = await tx
		.insert(eventRegistrations)
		.values(
			PEOPLE.map(([name, organisationName], i) => ({
				networkId: n.id,
				eventId: e!.id,
				number: i + 1,
				status: 'registered' as const,
				name,
				organisationName,
				email: `${name
					.toLowerCase()
					.normalize('NFD')
					.replace(/[^a-z]+/g, '.')
					.replace(/^\.|\.$/g, '')}.${n.slug}@example.org`,
				consentAt: berlinInstant(addDays(day, -20), '10:00')
			}))
		)
		.returning({ id: eventRegistrations.id, name: eventRegistrations.name });
	return { eventId: e!.id, sessionId: s!.id, regs };
}

export async function seedDemoPastEvents(tx: Tx, n: DemoNetwork, now = new Date()): Promise<void> {
	const [existing] = await tx
		.select({ id: events.id })
		.from(events)
		.where(and(eq(events.networkId, n.id), eq(events.title, 'Kinderschutz nach § 8a SGB VIII – Auffrischung')));
	if (existing) return;
	const today = berlinDay(now);
	// Yesterday: to be ticked, certified and asked for feedback.
	await insertEvent(
		tx,
		n,
		{
			title: 'Kinderschutz nach § 8a SGB VIII – Auffrischung',
			summary:
				'Ein Vormittag für insoweit erfahrene Fachkräfte und Kita-Leitungen: Verfahren, Dokumentation, Fallarbeit.',
			feedbackQuestions: ['Wie sicher fühlen Sie sich jetzt im Verfahren nach § 8a?']
		},
		addDays(today, -1)
	);
	// Two months ago: done – attendance, certificates, feedback.
	const done = await insertEvent(
		tx,
		n,
		{
			title: 'Feinfühligkeit im ersten Lebensjahr – Fortbildung',
			summary: 'Bindung und Feinfühligkeit im Alltag mit Säuglingen: Grundlagen und Videobeispiele.',
			trainingHours: '3.5',
			trainingUnit: 'stunden'
		},
		addDays(today, -60)
	);
	const attended = done.regs.slice(0, 5);
	await tx
		.insert(eventAttendance)
		.values(
			done.regs.map((r, i) => ({ networkId: n.id, registrationId: r.id, sessionId: done.sessionId, present: i < 5 }))
		);
	for (const r of attended) {
		const code = newCertificateCode();
		await tx
			.insert(eventCertificates)
			.values({ code, networkId: n.id, eventId: done.eventId, holderName: r.name, hours: '3.5' });
		await tx
			.update(eventRegistrations)
			.set({ certificateCode: code, certificateSentAt: berlinInstant(addDays(today, -59), '10:00'), feedbackAt: now })
			.where(eq(eventRegistrations.id, r.id));
	}
	await tx.insert(eventFeedback).values(
		FEEDBACK.map(([rating, helped, missing]) => ({
			networkId: n.id,
			eventId: done.eventId,
			rating,
			helped,
			missing,
			createdOn: addDays(today, -58)
		}))
	);
}
