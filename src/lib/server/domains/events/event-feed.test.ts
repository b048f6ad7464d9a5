import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { makeNetwork, tenantContext } from '$tests/fixtures';
import { makeEvent } from '$tests/public-event-fixtures';
import { eventFeed } from './event-feed';
import type { EventContext } from './registration-mail';

const NOW = new Date('2027-03-01T09:00:00Z');
const inDays = (d: number) => new Date(NOW.getTime() + d * 86_400_000);

describe.each(TEST_DATABASE_KINDS)('the network’s iCal feed on %s', (kind) => {
	let database: Database;
	let ctx: EventContext;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		const network = await makeNetwork(database.db, 'kalender');
		ctx = { ...tenantContext(database.db, network, null), now: NOW, baseUrl: 'https://portal.example.org' };
	});
	afterAll(async () => database.close());

	it('holds one VEVENT per session of every public event, cancelled ones as CANCELLED; members-only, drafts and old ones never', async () => {
		const course = await makeEvent(ctx, { title: 'Geburtsvorbereitung', sequence: 2 }, [
			{ startsAt: inDays(7) },
			{ startsAt: inDays(14) },
			{ startsAt: inDays(21) }
		]);
		await makeEvent(ctx, { title: 'Abgesagter Fachtag', status: 'cancelled' }, [
			{ startsAt: inDays(9), place: '', onlineUrl: 'https://video.example.org/geheim' }
		]);
		await makeEvent(ctx, { title: 'Netzwerktreffen', visibility: 'members' });
		await makeEvent(ctx, { title: 'Entwurf', status: 'draft' });
		await makeEvent(ctx, { title: 'Lange vorbei' }, [{ startsAt: inDays(-60) }]);
		const calendar = new ICAL.Component(ICAL.parse(await eventFeed(ctx)));
		const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(vevents.map((e) => e.summary).sort()).toEqual([
			'Abgesagter Fachtag',
			'Geburtsvorbereitung (1/3)',
			'Geburtsvorbereitung (2/3)',
			'Geburtsvorbereitung (3/3)'
		]);
		const first = vevents.find((e) => e.summary === 'Geburtsvorbereitung (1/3)')!;
		expect(first.sequence).toBe(2);
		expect(first.uid).toMatch(/^[0-9a-f-]{36}@portal\.example\.org$/);
		expect(first.startDate.toJSDate()).toEqual(inDays(7));
		expect(first.component.getFirstPropertyValue('url')).toBe(
			`https://portal.example.org/kalender/veranstaltungen/${course}`
		);
		const cancelled = vevents.find((e) => e.summary === 'Abgesagter Fachtag')!;
		expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(cancelled.location).toBe('Online');
		expect(await eventFeed(ctx)).not.toContain('video.example.org');
		// The same UIDs on every request: calendars update their entries instead of adding new ones.
		const again = new ICAL.Component(ICAL.parse(await eventFeed(ctx)))
			.getAllSubcomponents('vevent')
			.map((v) => new ICAL.Event(v).uid)
			.sort();
		expect(again).toEqual(vevents.map((e) => e.uid).sort());
	});
});
