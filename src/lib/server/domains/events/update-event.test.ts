import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { auditLog, eventSessions, events } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeOrganisation, makeUser, tenantContext } from '$tests/fixtures';
import { eventForm, mailsOf, registerPeople, registrationsOf } from '$tests/event-fixtures';
import { createEvent } from './create-event';
import { getEvent } from './get-event';
import { publishEvent } from './publish-event';
import { updateEvent } from './update-event';

describe.each(TEST_DATABASE_KINDS)('changing an event (%s)', (kind) => {
	let database: Database;
	let network: Awaited<ReturnType<typeof makeNetwork>>;
	let ctx: ReturnType<typeof tenantContext> & { baseUrl: string };

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		network = await makeNetwork(database.db, 'aenderungen');
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		ctx = { ...tenantContext(database.db, network, coordinator), baseUrl: 'https://netz.example.org' };
	});
	afterAll(() => database?.close());

	async function publishedEvent(fields: Record<string, unknown> = {}) {
		const { id } = await createEvent(ctx, eventForm(fields));
		await publishEvent(ctx, id);
		return id;
	}

	it('refuses a save from a form loaded before someone else saved, and writes an audit entry for each save', async () => {
		const id = await publishedEvent();
		const loaded = (await getEvent(ctx, id)).event.version;
		await updateEvent(ctx, id, eventForm({ version: String(loaded), title: 'Fachtag Sozialraum (Beispiel)' }));
		await expect(updateEvent(ctx, id, eventForm({ version: String(loaded), title: 'Veraltet' }))).rejects.toSatisfy(
			(e) => isAppError(e, 'conflict') && e.details.currentVersion === loaded + 1
		);
		expect((await getEvent(ctx, id)).event).toMatchObject({ title: 'Fachtag Sozialraum (Beispiel)' });
		const audit = await withSystem(database.db, (tx) =>
			tx
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.entity, 'event'), eq(auditLog.entityId, id)))
		);
		expect(audit.map((a) => a.action).sort()).toEqual(['create', 'publish', 'update']);
		const update = audit.find((a) => a.action === 'update')!;
		expect(update.actorUserId).toBe(ctx.actor!.userId);
		expect((update.before as { title: string }).title).toBe('Frühe Hilfen im Sozialraum (Beispiel)');
		expect((update.after as { title: string }).title).toBe('Fachtag Sozialraum (Beispiel)');
	});

	it('raises the calendar SEQUENCE when a time or place changes, keeps it for a new text, keeps session ids', async () => {
		const id = await publishedEvent();
		await registerPeople(ctx, id, 3, 40); // two seats, one on the waiting list
		const first = await getEvent(ctx, id);
		const sessionId = first.sessions[0]!.id;
		const v = (n: number) => String(first.event.version + n);
		await updateEvent(ctx, id, eventForm({ version: v(0), 'session-0-id': sessionId, summary: 'Neu' }));
		expect((await getEvent(ctx, id)).event.sequence).toBe(0);
		const moved = await updateEvent(
			ctx,
			id,
			eventForm({ version: v(1), 'session-0-id': sessionId, 'session-0-start': '10:00' })
		);
		expect(moved.sequenceRaised).toBe(true);
		// Everyone holding or waiting for a seat hears of it; the seated get the calendar entry replaced.
		expect(moved.informed).toBe(3);
		const updates = await mailsOf(database.db, network.id, 'registration_updated');
		expect(updates).toHaveLength(3);
		expect(updates[0]!.subject).toContain('Geänderte Zeit oder geänderter Ort');
		const ics = updates
			.flatMap((m) => m.attachments)
			.map((a) => Buffer.from(a.contentBase64, 'base64').toString('utf-8'));
		expect(ics).toHaveLength(2);
		expect(ics[0]).toContain(`UID:${sessionId}@`);
		expect(ics[0]).toContain('SEQUENCE:1');
		expect(ics[0]).toContain('T090000Z'); // 10:00 in Berlin in winter
		const after = await getEvent(ctx, id);
		expect(after.event.sequence).toBe(1);
		expect(after.sessions.map((s) => s.id)).toEqual([sessionId]);
		await updateEvent(
			ctx,
			id,
			eventForm({ version: v(2), 'session-0-id': sessionId, 'session-0-start': '10:00', 'session-0-place': 'Saal 2' })
		);
		expect((await getEvent(ctx, id)).event.sequence).toBe(2);
	});

	it('a higher capacity promotes the waiting list in arrival order in the same save and mails each promoted person', async () => {
		const id = await publishedEvent({ capacity: '2' });
		await registerPeople(ctx, id, 5);
		const before = await registrationsOf(database.db, id);
		expect(before.map((r) => r.status)).toEqual(['registered', 'registered', 'waiting', 'waiting', 'waiting']);
		const e = await getEvent(ctx, id);
		const result = await updateEvent(
			ctx,
			id,
			eventForm({ version: String(e.event.version), 'session-0-id': e.sessions[0]!.id, capacity: '4' })
		);
		expect(result.promoted).toBe(2);
		const after = await registrationsOf(database.db, id);
		expect(after.map((r) => r.status)).toEqual(['registered', 'registered', 'registered', 'registered', 'waiting']);
		const mails = await mailsOf(database.db, network.id, 'seat_promoted');
		expect(mails.map((m) => m.toAddress)).toEqual([before[2]!.email, before[3]!.email]);
		expect(mails[0]!.subject).toContain('Sie haben einen Platz');
		expect(mails[0]!.textBody).toContain('https://netz.example.org/anmeldung/aenderungen/');
	});

	it('refuses a capacity below the seats already taken with a message at the field', async () => {
		const id = await publishedEvent({ capacity: '3' });
		await registerPeople(ctx, id, 3, 10);
		const e = await getEvent(ctx, id);
		await expect(
			updateEvent(ctx, id, eventForm({ version: String(e.event.version), capacity: '2' }))
		).rejects.toSatisfy(
			(err) =>
				isAppError(err, 'validation') &&
				err.details.field === 'capacity' &&
				err.details.message === 'events.error.capacityBelowTaken'
		);
		expect((await getEvent(ctx, id)).event.capacity).toBe(3);
	});

	it("a provider edits only its own organisation's family events; another network's event is not found", async () => {
		const own = await makeOrganisation(database.db, network.id, 'Familienzentrum Ahornweg (Beispiel)');
		const other = await makeOrganisation(database.db, network.id, 'Hebammenpraxis Storch (Beispiel)');
		const provider = await makeUser(database.db, {
			roles: [{ role: 'provider', networkId: network.id, organisationId: own.id }]
		});
		const providerCtx = { ...tenantContext(database.db, network, provider), baseUrl: ctx.baseUrl };
		const family = { kind: 'kurs', audience: 'familien', title: 'Babymassage (Beispiel)' };
		const { id: foreign } = await createEvent(ctx, eventForm({ ...family, organisationId: other.id }));
		await expect(updateEvent(providerCtx, foreign, eventForm({ ...family, version: '1' }))).rejects.toSatisfy((e) =>
			isAppError(e, 'not_found')
		);
		await expect(getEvent(providerCtx, foreign)).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		const mine = await createEvent(providerCtx, eventForm(family));
		expect(mine.status).toBe('review');
		const stored = await getEvent(providerCtx, mine.id);
		expect(stored.event.organisationId).toBe(own.id);
		await expect(createEvent(providerCtx, eventForm({ audience: 'fachkraefte' }))).rejects.toSatisfy(
			(e) => isAppError(e, 'validation') && e.details.field === 'audience'
		);

		const elsewhere = await makeNetwork(database.db, 'anderswo');
		const otherCoordinator = await makeUser(database.db, {
			roles: [{ role: 'coordinator', networkId: elsewhere.id }]
		});
		const otherCtx = { ...tenantContext(database.db, elsewhere, otherCoordinator), baseUrl: ctx.baseUrl };
		await expect(getEvent(otherCtx, mine.id)).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		await expect(updateEvent(otherCtx, mine.id, eventForm({ version: '1' }))).rejects.toSatisfy((e) =>
			isAppError(e, 'not_found')
		);
	});

	it('removes a session left empty and refuses a session id of another event', async () => {
		const id = await publishedEvent({
			'session-1-day': '2030-03-06',
			'session-1-start': '09:00',
			'session-1-end': '12:00',
			'session-1-place': 'Rathaus'
		});
		const e = await getEvent(ctx, id);
		expect(e.sessions).toHaveLength(2);
		const otherId = await publishedEvent();
		const otherSession = (await getEvent(ctx, otherId)).sessions[0]!.id;
		await expect(
			updateEvent(ctx, id, eventForm({ version: String(e.event.version), 'session-0-id': otherSession }))
		).rejects.toSatisfy((err) => isAppError(err, 'validation'));
		await updateEvent(ctx, id, eventForm({ version: String(e.event.version), 'session-0-id': e.sessions[0]!.id }));
		const rows = await withSystem(database.db, (tx) =>
			tx.select().from(eventSessions).where(eq(eventSessions.eventId, id))
		);
		expect(rows.map((s) => s.id)).toEqual([e.sessions[0]!.id]);
		const [row] = await withSystem(database.db, (tx) => tx.select().from(events).where(eq(events.id, id)));
		expect(row!.sequence).toBe(1);
	});
});
