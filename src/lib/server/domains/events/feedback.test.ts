import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { eventFeedback, eventRegistrations, eventSessions, events } from '$lib/server/db/schema';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { feedbackResults, feedbackXlsx, ratingChartSvg } from './feedback-results';
import { feedbackRefusal, feedbackSchema, submitFeedback } from './submit-feedback';

const AFTER = new Date('2027-03-04T09:00:00Z');

async function eventWith(ctx: TenantContext, people: number) {
	return withSystem(ctx.db, async (tx) => {
		const [e] = await tx
			.insert(events)
			.values({
				networkId: ctx.network.id,
				kind: 'kurs',
				audience: 'familien',
				title: 'Babymassage am Vormittag',
				capacity: 10,
				status: 'published',
				feedbackQuestions: ['Würden Sie den Kurs weiterempfehlen?']
			})
			.returning({ id: events.id });
		await tx.insert(eventSessions).values({
			networkId: ctx.network.id,
			eventId: e!.id,
			startsAt: new Date('2027-03-03T09:00:00Z'),
			endsAt: new Date('2027-03-03T10:30:00Z'),
			place: 'Familienzentrum'
		});
		const regs = await tx
			.insert(eventRegistrations)
			.values(
				Array.from({ length: people }, (_, i) => ({
					networkId: ctx.network.id,
					eventId: e!.id,
					number: i + 1,
					status: 'registered' as const,
					name: `Mutter ${i}`,
					email: `mutter${i}@example.org`
				}))
			)
			.returning({ id: eventRegistrations.id });
		return { eventId: e!.id, ids: regs.map((r) => r.id) };
	});
}

describe.each(TEST_DATABASE_KINDS)('event feedback on %s', (kind) => {
	let database: Database;
	let ctx: TenantContext;
	let coordinatorCtx: TenantContext;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		const network = await makeNetwork(database.db, 'rueckmeldung');
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		ctx = { ...tenantContext(database.db, network, null), now: AFTER };
		coordinatorCtx = { ...ctx, actor: coordinator };
	});
	afterAll(async () => database.close());

	it('stores answers without the person, once each, and shows them only from three answers on', async () => {
		const { eventId, ids } = await eventWith(ctx, 3);
		const input = (rating: number, helped: string) =>
			feedbackSchema.parse({ rating: String(rating), helped, answers: ['Ja'] });
		await submitFeedback(ctx, ids[0]!, input(5, 'Die Griffe zum Nachmachen'));
		await submitFeedback(ctx, ids[1]!, input(4, 'Ruhige Atmosphäre'));

		const two = await feedbackResults(coordinatorCtx, eventId);
		expect(two).toMatchObject({ count: 2, shown: false, average: null, ratings: [0, 0, 0, 0, 0], answers: [] });

		// Once only.
		await expect(submitFeedback(ctx, ids[0]!, input(1, 'noch einmal'))).rejects.toSatisfy((e) =>
			isAppError(e, 'conflict')
		);
		expect((await feedbackRefusal(ctx, ids[0]!)).refusal).toBe('given');
		await submitFeedback(ctx, ids[2]!, input(3, ''));

		const three = await feedbackResults(coordinatorCtx, eventId);
		expect(three).toMatchObject({ count: 3, shown: true, average: 4, ratings: [0, 0, 1, 1, 1] });
		expect(three.answers.map((a) => a.helped)).toEqual(['Die Griffe zum Nachmachen', 'Ruhige Atmosphäre', '']);
		expect(three.answers[0]!.answers).toEqual(['Ja']);

		// Nothing in the stored answer points to a registration.
		const stored = await withSystem(database.db, (tx) =>
			tx.select().from(eventFeedback).where(eq(eventFeedback.eventId, eventId))
		);
		expect(Object.keys(stored[0]!).sort()).toEqual([
			'answers',
			'comment',
			'createdOn',
			'eventId',
			'helped',
			'id',
			'missing',
			'networkId',
			'rating'
		]);
		expect(JSON.stringify(stored)).not.toContain('mutter');

		const svg = ratingChartSvg(three);
		expect(svg).toContain('role="img"');
		expect(svg).toContain('3 Rückmeldungen, Durchschnitt 4 von 5');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await feedbackXlsx(three)) as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0]!;
		expect(sheet.getRow(1).getCell(5).value).toBe('Würden Sie den Kurs weiterempfehlen?');
		expect(sheet.getRow(2).getCell(1).value).toBe(5);
		expect(sheet.rowCount).toBe(4);
	});

	it('refuses before the event, a bad rating, and shows results to the coordinator only', async () => {
		const { eventId, ids } = await eventWith(ctx, 1);
		const before = { ...ctx, now: new Date('2027-03-01T09:00:00Z') };
		expect((await feedbackRefusal(before, ids[0]!)).refusal).toBe('too_early');
		await expect(submitFeedback(before, ids[0]!, feedbackSchema.parse({ rating: 3 }))).rejects.toSatisfy((e) =>
			isAppError(e, 'validation')
		);
		expect(feedbackSchema.safeParse({ rating: '7' }).success).toBe(false);
		expect(feedbackSchema.safeParse({ rating: '' }).success).toBe(false);
		await expect(feedbackResults(ctx, eventId)).rejects.toSatisfy((e) => isAppError(e, 'unauthenticated'));
		const other = await makeNetwork(database.db, 'rueckmeldung-andere');
		await expect(
			submitFeedback(tenantContext(database.db, other, null), ids[0]!, feedbackSchema.parse({ rating: 3 }))
		).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
	});
});
