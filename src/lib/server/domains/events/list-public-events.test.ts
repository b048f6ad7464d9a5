import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { makeEvent } from '$tests/public-event-fixtures';
import { listPublicEvents } from './list-public-events';
import { getPublicEvent } from './get-public-event';

const NOW = new Date('2027-03-01T09:00:00Z');
const inDays = (d: number) => new Date(NOW.getTime() + d * 86_400_000);

describe.each(TEST_DATABASE_KINDS)('the portal lists of events on %s', (kind) => {
	let database: Database;
	let anonymous: TenantContext;
	let member: TenantContext;
	let operatorOnly: TenantContext;
	let other: TenantContext;
	const ids: Record<string, string> = {};

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		const network = await makeNetwork(database.db, 'termine');
		const otherNetwork = await makeNetwork(database.db, 'anderswo');
		const memberActor = await makeUser(database.db, { roles: [{ role: 'member', networkId: network.id }] });
		const elsewhere = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: otherNetwork.id }] });
		anonymous = { ...tenantContext(database.db, network, null), now: NOW };
		member = { ...tenantContext(database.db, network, memberActor), now: NOW };
		// A coordinator of another network is no member of this one.
		operatorOnly = { ...tenantContext(database.db, network, elsewhere), now: NOW };
		other = { ...tenantContext(database.db, otherNetwork, null), now: NOW };
		ids.massage = await makeEvent(
			anonymous,
			{
				title: 'Babymassage-Kurs für Eltern',
				lifeStages: ['0-1'],
				topics: ['gesundheit'],
				languages: ['de', 'tr'],
				translations: { tr: { title: 'Bebek masajı kursu' } }
			},
			[{ startsAt: inDays(14) }, { startsAt: inDays(7) }]
		);
		ids.birth = await makeEvent(
			anonymous,
			{ title: 'Geburtsvorbereitung', lifeStages: ['schwangerschaft'], costFree: false, feeCents: 9000 },
			[{ startsAt: inDays(3) }]
		);
		ids.both = await makeEvent(anonymous, { kind: 'infoabend', audience: 'beide', title: 'Infoabend Elterngeld' });
		ids.fachtag = await makeEvent(anonymous, {
			kind: 'fachtagung',
			audience: 'fachkraefte',
			title: 'Fachtag Kinderschutz'
		});
		ids.members = await makeEvent(anonymous, {
			kind: 'infoabend',
			audience: 'fachkraefte',
			visibility: 'members',
			title: 'Netzwerktreffen der Mitglieder'
		});
		ids.membersFamily = await makeEvent(anonymous, { visibility: 'members', title: 'Elterncafé nur für Mitglieder' });
		ids.draft = await makeEvent(anonymous, { status: 'draft', title: 'Elternkurs im Entwurf' });
		ids.review = await makeEvent(anonymous, { status: 'review', title: 'Krabbelgruppe in Prüfung' });
		ids.cancelled = await makeEvent(anonymous, { status: 'cancelled', title: 'Abgesagter Kurs' });
		ids.past = await makeEvent(anonymous, { title: 'Vergangener Kurs' }, [{ startsAt: inDays(-3) }]);
		ids.foreign = await makeEvent(other, { title: 'Babymassage anderswo' });
	});
	afterAll(async () => database.close());

	const titles = async (ctx: TenantContext, f: Partial<Parameters<typeof listPublicEvents>[1]> = {}) =>
		(await listPublicEvents(ctx, { audience: 'familien', ...f })).events.map((e) => e.title);

	it('lists published upcoming family events in the order of their first session; no drafts, no past ones, no other network', async () => {
		expect(await titles(anonymous)).toEqual([
			'Geburtsvorbereitung',
			'Babymassage-Kurs für Eltern',
			'Infoabend Elterngeld'
		]);
		const massage = (await listPublicEvents(anonymous, { audience: 'familien' })).events[1]!;
		expect(massage.sessions.map((s) => s.startsAt)).toEqual([inDays(7), inDays(14)]);
		expect(massage.free).toBe(8);
		expect(await titles(other)).toEqual(['Babymassage anderswo']);
	});

	it('lists professionals their events and those for both audiences', async () => {
		// Same start: by title.
		expect(await titles(anonymous, { audience: 'fachkraefte' })).toEqual([
			'Fachtag Kinderschutz',
			'Infoabend Elterngeld'
		]);
	});

	it('shows members-only events to logged-in members of the network only', async () => {
		expect(await titles(anonymous, { audience: 'fachkraefte' })).not.toContain('Netzwerktreffen der Mitglieder');
		expect(await titles(operatorOnly, { audience: 'fachkraefte' })).not.toContain('Netzwerktreffen der Mitglieder');
		expect(await titles(member, { audience: 'fachkraefte' })).toContain('Netzwerktreffen der Mitglieder');
		expect(await titles(member)).toContain('Elterncafé nur für Mitglieder');
		await expect(getPublicEvent(anonymous, ids.members!)).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		expect((await getPublicEvent(member, ids.members!)).title).toBe('Netzwerktreffen der Mitglieder');
	});

	it('opens no draft, event in review or other network’s event as a page; a cancelled one explains itself', async () => {
		for (const id of [ids.draft!, ids.review!, ids.foreign!, 'not-a-uuid'])
			await expect(getPublicEvent(anonymous, id)).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		const cancelled = await getPublicEvent(anonymous, ids.cancelled!);
		expect(cancelled.closed).toBe('cancelled');
		expect((await getPublicEvent(anonymous, ids.past!)).closed).toBe('past');
	});

	it('filters by words (parts of compounds, stems, the page language), life stage, topic, language and cost', async () => {
		expect(await titles(anonymous, { q: 'massage' })).toEqual(['Babymassage-Kurs für Eltern']);
		expect(await titles(anonymous, { q: 'Geburtsvorbereitungen' })).toEqual(['Geburtsvorbereitung']);
		expect(await titles(anonymous, { q: 'Schwimmkurs' })).toEqual([]);
		expect(await titles(anonymous, { q: 'Kurse' })).toEqual(['Babymassage-Kurs für Eltern']);
		expect(await titles(anonymous, { q: 'masajı', locale: 'tr' })).toEqual(['Babymassage-Kurs für Eltern']);
		expect(await titles(anonymous, { lifeStages: ['schwangerschaft'] })).toEqual(['Geburtsvorbereitung']);
		expect(await titles(anonymous, { topics: ['gesundheit'] })).toEqual(['Babymassage-Kurs für Eltern']);
		expect(await titles(anonymous, { languages: ['tr'] })).toEqual(['Babymassage-Kurs für Eltern']);
		expect(await titles(anonymous, { q: 'türkisch' })).toEqual(['Babymassage-Kurs für Eltern']);
		expect(await titles(anonymous, { costFree: true })).not.toContain('Geburtsvorbereitung');
		// Words that leave nothing to search for never list everything as if it were the answer.
		expect(await titles(anonymous, { q: 'und der' })).toEqual([]);
		const { options } = await listPublicEvents(anonymous, { audience: 'familien', q: 'massage' });
		expect(options.lifeStages.sort()).toEqual(['0-1', 'schwangerschaft']);
		expect(options.languages).toEqual(['de', 'tr']);
	});
});
