import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { auditLog, contactRequests, offers } from '$lib/server/db/schema';
import { makeNetwork } from '$tests/fixtures';
import { CONTACT_REQUEST_DONE_DAYS, CONTACT_REQUEST_OPEN_DAYS } from './contact-request-periods';
import { deleteExpiredContactRequests } from './delete-expired-contact-requests';

const DAY = 86_400_000;
const NOW = new Date('2026-06-15T10:00:00Z');
const ago = (days: number, ms = 0) => new Date(NOW.getTime() - days * DAY + ms);

describe.each(TEST_DATABASE_KINDS)('deleting expired contact requests (%s)', (kind) => {
	let database: Database;
	const kept: string[] = [];
	const due: string[] = [];

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		for (const n of [await makeNetwork(database.db), await makeNetwork(database.db)]) {
			await withSystem(database.db, async (tx) => {
				const [o] = await tx
					.insert(offers)
					.values({ networkId: n.id, title: 'Babytreff', offerType: 'gruppe', status: 'published' })
					.returning({ id: offers.id });
				const add = async (name: string, createdAt: Date, doneAt: Date | null, list: string[]) => {
					const [r] = await tx
						.insert(contactRequests)
						.values({
							networkId: n.id,
							offerId: o!.id,
							name,
							phone: '0221 4710 555',
							status: doneAt ? 'done' : 'open',
							createdAt,
							doneAt
						})
						.returning({ id: contactRequests.id });
					list.push(r!.id);
				};
				// Open: due exactly once the period has passed, not a second earlier.
				await add('open, just over the period', ago(CONTACT_REQUEST_OPEN_DAYS, -1), null, due);
				await add('open, a second short of it', ago(CONTACT_REQUEST_OPEN_DAYS, 1000), null, kept);
				await add('open, made today', ago(0), null, kept);
				// Done: the shorter period after done, or the long one after made, whichever comes first.
				await add('done a week ago', ago(10), ago(CONTACT_REQUEST_DONE_DAYS, -1), due);
				await add('done six days ago', ago(10), ago(CONTACT_REQUEST_DONE_DAYS - 1), kept);
				await add('done yesterday, made long ago', ago(CONTACT_REQUEST_OPEN_DAYS + 1), ago(1), due);
			});
		}
	});
	afterAll(() => database.close());

	it('deletes exactly the requests whose period is over, in every network, and nothing else', async () => {
		expect(await deleteExpiredContactRequests(database.db, { now: NOW })).toEqual({ deleted: due.length });
		const left = await withSystem(database.db, (tx) => tx.select({ id: contactRequests.id }).from(contactRequests));
		expect(left.map((r) => r.id).sort()).toEqual([...kept].sort());
		// Once more at the same time: nothing left to do.
		expect(await deleteExpiredContactRequests(database.db, { now: NOW })).toEqual({ deleted: 0 });
		// A day later the open one that was a second short is due.
		expect(await deleteExpiredContactRequests(database.db, { now: new Date(NOW.getTime() + DAY) })).toEqual({
			deleted: 2
		});
	});

	it('leaves nothing of the deleted requests in the audit log (the retention job records the counts in its runs)', async () => {
		const entries = await withSystem(database.db, (tx) => tx.select().from(auditLog));
		expect(JSON.stringify(entries)).not.toContain('4710');
	});
});
