import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeOrganisation, makeUser, tenantContext } from '$tests/fixtures';
import { eventForm, mailsOf } from '$tests/event-fixtures';
import { createEvent } from './create-event';
import { getEvent } from './get-event';
import { listEvents } from './list-events';
import { publishEvent } from './publish-event';
import { returnEvent } from './return-event';
import { updateEvent } from './update-event';

describe.each(TEST_DATABASE_KINDS)("review of a provider's family event (%s)", (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('waits for review, goes back with a comment mailed to its author, comes back to review, and is published', async () => {
		const network = await makeNetwork(database.db, 'pruefung');
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const organisation = await makeOrganisation(database.db, network.id, 'Familienzentrum Ahornweg (Beispiel)');
		const provider = await makeUser(database.db, {
			email: 'anbieterin.ahornweg@example.org',
			roles: [{ role: 'provider', networkId: network.id, organisationId: organisation.id }]
		});
		const baseUrl = 'https://netz.example.org';
		const ctx = { ...tenantContext(database.db, network, coordinator), baseUrl };
		const providerCtx = { ...tenantContext(database.db, network, provider), baseUrl };
		const family = { kind: 'kurs', audience: 'familien', title: 'Babymassage (Beispiel)', lifeStages: ['0-1'] };

		const { id, status } = await createEvent(providerCtx, eventForm(family));
		expect(status).toBe('review');
		expect((await listEvents(ctx)).review.map((e) => e.id)).toEqual([id]);
		expect((await listEvents(providerCtx)).review.map((e) => e.organisationName)).toEqual([
			'Familienzentrum Ahornweg (Beispiel)'
		]);
		await expect(publishEvent(providerCtx, id)).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));

		await returnEvent(ctx, id, 'Bitte den Raum ergänzen.');
		const returned = await getEvent(providerCtx, id);
		expect(returned.event.status).toBe('draft');
		expect(returned.returned?.comment).toBe('Bitte den Raum ergänzen.');
		const [mail] = await mailsOf(database.db, network.id, 'event_returned');
		expect(mail!.toAddress).toBe('anbieterin.ahornweg@example.org');
		expect(mail!.textBody).toContain('Bitte den Raum ergänzen.');
		expect(mail!.textBody).toContain(`${baseUrl}/intern/veranstaltungen/${id}`);

		await updateEvent(
			providerCtx,
			id,
			eventForm({ ...family, version: String(returned.event.version), 'session-0-place': 'Familienzentrum, Raum 2' })
		);
		expect((await getEvent(ctx, id)).event.status).toBe('review');

		await publishEvent(ctx, id);
		expect((await listEvents(ctx)).upcoming.map((e) => e.id)).toEqual([id]);
		const [approved] = await mailsOf(database.db, network.id, 'event_approved');
		expect(approved!.toAddress).toBe('anbieterin.ahornweg@example.org');
		expect(approved!.textBody).toContain(`${baseUrl}/${network.slug}/veranstaltungen/${id}`);

		// Published: the provider's changes now go through the coordination.
		const published = await getEvent(providerCtx, id);
		await expect(
			updateEvent(providerCtx, id, eventForm({ ...family, version: String(published.event.version) }))
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.message === 'events.error.providerPublished');
		await expect(returnEvent(ctx, id, 'zu spät')).rejects.toSatisfy((e) => isAppError(e, 'validation'));
	});

	it("the coordinator's own event starts as a draft and lists with seats, waiting list and sections", async () => {
		const network = await makeNetwork(database.db, 'liste');
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = { ...tenantContext(database.db, network, coordinator), baseUrl: 'https://netz.example.org' };
		const draft = await createEvent(ctx, eventForm({ title: 'Entwurf (Beispiel)' }));
		expect(draft.status).toBe('draft');
		const past = await createEvent(ctx, eventForm({ title: 'Vorbei (Beispiel)', 'session-0-day': '2020-01-10' }));
		await publishEvent(ctx, past.id);
		const sections = await listEvents(ctx);
		expect(sections.drafts.map((e) => e.title)).toEqual(['Entwurf (Beispiel)']);
		expect(sections.past.map((e) => e.title)).toEqual(['Vorbei (Beispiel)']);
		expect(sections.past[0]).toMatchObject({ taken: 0, waiting: 0, capacity: 2, sessionCount: 1 });
	});
});
