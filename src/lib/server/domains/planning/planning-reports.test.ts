import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import {
	agreements,
	agreementSignatures,
	agreementVersions,
	districts,
	eventAttendance,
	eventRegistrations,
	events,
	eventSessions,
	meetingInvitations,
	meetings,
	offers,
	partnerCategories,
	searchStats
} from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, memberOrganisationForm, person, tenantContext } from '$tests/fixtures';
import { body, meetingInput } from '$tests/body-fixtures';
import { saveOrganisation } from '$lib/server/domains/organisations/save-organisation';
import { listPartnerCategories } from '$lib/server/domains/organisations/partner-categories';
import { listSynonyms } from '$lib/server/domains/taxonomy/manage-synonyms';
import { saveBody } from '$lib/server/domains/bodies/save-body';
import { saveMeeting } from '$lib/server/domains/bodies/save-meeting';
import { addAttendee, recordRsvpAttendance } from '$lib/server/domains/bodies/record-attendance';
import { getMeetingAttendance } from '$lib/server/domains/bodies/list-attendance';
import { networkComposition } from './network-composition';
import { demandSignals, topUnansweredSearches } from './demand-signals';
import { closeDemandGap, listDemandGaps, noteDemandGap } from './note-demand-gap';
import { addSearchSynonym } from './add-search-synonym';
import { monitoringFigures } from './monitoring-figures';
import { listEventsHeld, listMeetingsHeld, listReportOffers } from './monitoring-lists';

const NOW = new Date('2026-06-15T10:00:00Z');

describe.each(TEST_DATABASE_KINDS)('planning: composition, attendance, demand, monitoring (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	/** A meeting of the set-up's Netzwerkkonferenz on a day, 15–17 Uhr. */
	const meeting = (s: { meeting: (day: string) => Promise<string> }, day: string) => s.meeting(day);

	/** A network with members in two categories, one without category, one only asking; a Netzwerkkonferenz. */
	async function setUp() {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = { ...tenantContext(db, network, coordinator), baseUrl: 'http://localhost', now: NOW };
		const categories = await withSystem(db, async (tx) => {
			await listPartnerCategories(tx, network.id);
			await tx.delete(partnerCategories).where(eq(partnerCategories.name, 'Ehrenamt'));
			return listPartnerCategories(tx, network.id);
		});
		const cat = (name: string) => categories.find((c) => c.name === name)!.id;
		const org = async (name: string, status: string, category: string | null) =>
			(
				await saveOrganisation(
					ctx,
					null,
					memberOrganisationForm({
						name,
						membershipStatus: status,
						partnerCategoryId: category ? cat(category) : '',
						statusDate: status ? '2026-01-01' : ''
					})
				)
			).id;
		const health1 = await org('Gesundheitsamt Beispielstadt', 'mitglied', 'Gesundheitsamt');
		const health2 = await org('Kinder- und Jugendgesundheitsdienst', 'mitglied', 'Gesundheitsamt');
		const jobcenter = await org('Jobcenter Beispielstadt', 'kooperationspartner', 'Jobcenter');
		const asking = await org('Polizeiinspektion (angefragt)', 'angefragt', 'Polizei');
		const loose = await org('Verein ohne Kategorie', 'mitglied', null);
		const people = {
			anna: await person(ctx, health1, 'Anna Beispiel', 'anna@example.org'),
			bert: await person(ctx, health2, 'Bert Beispiel', 'bert@example.org'),
			cora: await person(ctx, jobcenter, 'Cora Beispiel', 'cora@example.org'),
			dana: await person(ctx, asking, 'Dana Beispiel', 'dana@example.org')
		};
		const { id: bodyId } = await saveBody(
			ctx,
			null,
			body({ name: 'Netzwerkkonferenz', kind: 'netzwerkkonferenz', allMembers: true })
		);
		const meeting = async (day: string) =>
			(
				await saveMeeting(
					ctx,
					bodyId,
					null,
					meetingInput({ title: `Konferenz ${day}`, day, start: '15:00', end: '17:00', place: 'Rathaus', agenda: '' })
				)
			).id;
		return { db, network, ctx, cat, health1, health2, jobcenter, asking, loose, people, bodyId, meeting };
	}

	it('records attendance from the RSVP list and without RSVP, and counts it per partner category', async () => {
		const s = await setUp();
		const spring = await meeting(s, '2026-03-10');
		const lastYear = await meeting(s, '2025-11-10');
		const cancelled = await meeting(s, '2026-04-20');
		await withSystem(s.db, (tx) => tx.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, cancelled)));
		const invite = (meetingId: string, contactId: string, name: string, organisationName: string) =>
			withSystem(s.db, async (tx) => {
				const [row] = await tx
					.insert(meetingInvitations)
					.values({
						networkId: s.network.id,
						meetingId,
						contactId,
						name,
						email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
						organisationName,
						expiresAt: new Date('2026-12-31T00:00:00Z'),
						answer: 'yes'
					})
					.returning({ id: meetingInvitations.id });
				return row!.id;
			});
		const annaInv = await invite(spring, s.people.anna, 'Anna Beispiel', 'Gesundheitsamt Beispielstadt');
		const bertInv = await invite(spring, s.people.bert, 'Bert Beispiel', 'Kinder- und Jugendgesundheitsdienst');
		await invite(spring, s.people.cora, 'Cora Beispiel', 'Jobcenter Beispielstadt');

		expect(await recordRsvpAttendance(s.ctx, s.bodyId, spring, [annaInv, bertInv])).toEqual({ attended: 2 });
		// Cora came without having answered "yes" in time: added by hand as a contact.
		await addAttendee(s.ctx, s.bodyId, spring, {
			contactId: s.people.cora,
			name: '',
			organisationId: '',
			organisationName: ''
		});
		// A colleague of the Gesundheitsamt not in the directory, and a guest without organisation.
		await addAttendee(s.ctx, s.bodyId, spring, {
			contactId: '',
			name: 'Emil Gast',
			organisationId: s.health1,
			organisationName: ''
		});
		await addAttendee(s.ctx, s.bodyId, spring, {
			contactId: '',
			name: 'Frieda Gast',
			organisationId: '',
			organisationName: 'Presse'
		});
		// Only Anna was there after all: Bert's tick goes, the rows added by hand stay.
		await recordRsvpAttendance(s.ctx, s.bodyId, spring, [annaInv]);
		const page = await getMeetingAttendance(s.ctx, s.bodyId, spring);
		expect(page.attendees.map((a) => `${a.name} (${a.organisationName})`)).toEqual([
			'Anna Beispiel (Gesundheitsamt Beispielstadt)',
			'Emil Gast (Gesundheitsamt Beispielstadt)',
			'Cora Beispiel (Jobcenter Beispielstadt)',
			'Frieda Gast (Presse)'
		]);
		expect(page.contacts.map((c) => c.name)).toEqual(['Bert Beispiel']); // members' contacts not on the list yet
		const again = await addAttendee(s.ctx, s.bodyId, spring, {
			contactId: s.people.anna,
			name: '',
			organisationId: '',
			organisationName: ''
		}).catch((e) => e);
		expect(isAppError(again, 'validation') && again.details).toEqual({
			field: 'contactId',
			message: 'attendance.error.already'
		});
		// Attendance of last year's and of the cancelled conference does not count for 2026.
		const lastYearInv = await invite(lastYear, s.people.bert, 'Bert Beispiel', 'Kinder- und Jugendgesundheitsdienst');
		await recordRsvpAttendance(s.ctx, s.bodyId, lastYear, [lastYearInv]);
		await addAttendee(s.ctx, s.bodyId, cancelled, {
			contactId: s.people.bert,
			name: '',
			organisationId: '',
			organisationName: ''
		});

		const c = await networkComposition(s.ctx, 2026);
		expect(c.conferences).toBe(1);
		const row = (name: string) => c.categories.find((x) => x.name === name)!;
		expect(row('Gesundheitsamt')).toMatchObject({ members: 2, conferenceAttendees: 2, conferenceOrganisations: 1 });
		expect(row('Jobcenter')).toMatchObject({ members: 1, conferenceAttendees: 1, conferenceOrganisations: 1 });
		expect(row('Polizei')).toMatchObject({ members: 0, conferenceAttendees: 0 });
		expect(c.uncategorised).toMatchObject({ members: 1, conferenceAttendees: 1 });
		expect((await networkComposition(s.ctx, 2025)).categories.find((x) => x.name === 'Gesundheitsamt')).toMatchObject({
			conferenceAttendees: 1
		});
	});

	it('counts partner categories present and missing against the network list and the default list, with the agreement state', async () => {
		const s = await setUp();
		await withSystem(s.db, async (tx) => {
			const [a] = await tx
				.insert(agreements)
				.values({ networkId: s.network.id, kind: 'kooperationsvereinbarung', title: 'Kooperationsvereinbarung' })
				.returning();
			const [v] = await tx
				.insert(agreementVersions)
				.values({ networkId: s.network.id, agreementId: a!.id, number: 1, adoptedOn: '2026-01-15', sentAt: NOW })
				.returning();
			await tx.insert(agreementSignatures).values([
				{ networkId: s.network.id, versionId: v!.id, organisationId: s.health1, state: 'signed' },
				{ networkId: s.network.id, versionId: v!.id, organisationId: s.jobcenter, state: 'declined' },
				{ networkId: s.network.id, versionId: v!.id, organisationId: s.asking, state: 'signed' }
			]);
		});
		const c = await networkComposition(s.ctx, 2026);
		expect(c.categories).toHaveLength(26); // the default list of 27 without "Ehrenamt"
		expect(c.present.map((r) => r.name)).toEqual(['Gesundheitsamt', 'Jobcenter']);
		expect(c.missing).toHaveLength(24);
		expect(c.missing.map((r) => r.name)).toContain('Polizei'); // only an organisation asking to join
		expect(c.notListed).toEqual(['Ehrenamt']);
		expect(c.agreement).toMatchObject({ title: 'Kooperationsvereinbarung', number: 1 });
		const row = (name: string) => c.categories.find((x) => x.name === name)!;
		expect(row('Gesundheitsamt')).toMatchObject({ members: 2, signed: 1, open: 1, declined: 0 });
		expect(row('Jobcenter')).toMatchObject({ members: 1, signed: 0, open: 0, declined: 1 });
		expect(c.uncategorised).toMatchObject({ members: 1, open: 1 });
	});

	it('shows demand signals per month, notes gaps and adds synonyms through the synonym use case', async () => {
		const s = await setUp();
		const [district] = await withSystem(s.db, (tx) =>
			tx.insert(districts).values({ networkId: s.network.id, name: 'Altstadt' }).returning()
		);
		const stat = (day: string, term: string, resultCount: number, searches: number, filters = '') => ({
			networkId: s.network.id,
			day,
			term,
			filters,
			resultCount,
			searches
		});
		await withSystem(s.db, (tx) =>
			tx
				.insert(searchStats)
				.values([
					stat('2026-05-03', 'babyschwimmen', 0, 4, `lebensphase=0-1;stadtteil=${district!.id}`),
					stat('2026-05-20', 'babyschwimmen', 0, 3),
					stat('2026-05-04', 'sonntag stillcafe', 0, 2),
					stat('2026-05-05', 'hebamme', 2, 5, 'lebensphase=0-1,schwangerschaft'),
					stat('2026-05-06', 'kita', 30, 9),
					stat('2026-05-07', '', 0, 6, 'kostenlos=1;lebensphase=grundschule'),
					stat('2026-04-10', 'ambulanz schreibaby', 0, 1),
					stat('2026-06-10', 'babyschwimmen', 0, 2)
				])
		);
		const may = await demandSignals(s.ctx, '2026-05');
		expect(may.months).toEqual(['2026-06', '2026-05', '2026-04']);
		expect(may.none).toEqual([
			{ term: 'babyschwimmen', searches: 7 },
			{ term: 'sonntag stillcafe', searches: 2 }
		]);
		expect(may.few).toEqual([{ term: 'hebamme', searches: 5 }]);
		expect(may.lifeStages).toEqual([
			{ value: '0-1', searches: 9 },
			{ value: 'grundschule', searches: 6 },
			{ value: 'schwangerschaft', searches: 5 }
		]);
		expect(may.districts).toEqual([{ id: district!.id, name: 'Altstadt', searches: 4 }]);
		expect((await demandSignals(s.ctx, '2026-04')).none).toEqual([{ term: 'ambulanz schreibaby', searches: 1 }]);
		expect((await demandSignals(s.ctx, null)).month).toBe('2026-06'); // the newest month by default
		expect(await topUnansweredSearches(s.ctx)).toEqual([
			{ term: 'babyschwimmen', searches: 5 } // 20 May and 10 June are within 30 days of 15 June
		]);

		await noteDemandGap(s.ctx, { term: 'Babyschwimmen', note: 'Schwimmbad fragen', month: '2026-05' });
		expect((await demandSignals(s.ctx, '2026-05')).notedTerms).toEqual(['babyschwimmen']);
		const [gap] = await listDemandGaps(s.ctx);
		expect(gap).toMatchObject({
			term: 'babyschwimmen',
			note: 'Schwimmbad fragen',
			month: '2026-05-01',
			closedAt: null
		});
		await closeDemandGap(s.ctx, gap!.id);
		expect((await listDemandGaps(s.ctx))[0]!.closedAt).not.toBeNull();
		expect((await demandSignals(s.ctx, '2026-05')).notedTerms).toEqual([]);

		expect(await addSearchSynonym(s.ctx, { term: 'babyschwimmen', group: '', partner: 'Schwimmkurs' })).toEqual([
			'schwimmkurs',
			'babyschwimmen'
		]);
		await addSearchSynonym(s.ctx, { term: 'wassergewöhnung', group: 'schwimmkurs, babyschwimmen', partner: '' });
		expect(await listSynonyms(s.ctx)).toEqual([['schwimmkurs', 'babyschwimmen', 'wassergewöhnung']]);
		const gone = await addSearchSynonym(s.ctx, { term: 'x', group: 'gibt es nicht', partner: '' }).catch((e) => e);
		expect(isAppError(gone, 'validation') && gone.details.field).toBe('group');
	});

	it('fills the monitoring figures from a fixture with known numbers, each matching the list behind it', async () => {
		const s = await setUp();
		const spring = await meeting(s, '2026-03-10');
		const autumn = await meeting(s, '2026-10-10'); // not held yet on 15 June
		await addAttendee(s.ctx, s.bodyId, spring, {
			contactId: s.people.anna,
			name: '',
			organisationId: '',
			organisationName: ''
		});
		await addAttendee(s.ctx, s.bodyId, spring, {
			contactId: s.people.cora,
			name: '',
			organisationId: '',
			organisationName: ''
		});
		await addAttendee(s.ctx, s.bodyId, spring, {
			contactId: '',
			name: 'Gast',
			organisationId: '',
			organisationName: ''
		});
		const { id: group } = await saveBody(s.ctx, null, body({ name: 'AG Familienbildung' }));
		await saveMeeting(
			s.ctx,
			group,
			null,
			meetingInput({
				title: 'AG-Treffen',
				day: '2026-02-01',
				start: '15:00',
				end: '17:00',
				place: 'Rathaus',
				agenda: ''
			})
		); // held, no attendance recorded
		await addAttendee(s.ctx, s.bodyId, autumn, {
			contactId: s.people.bert,
			name: '',
			organisationId: '',
			organisationName: ''
		}); // not held yet

		const month = (m: number) => new Date(Date.UTC(2026, m - 1, 1));
		await withSystem(s.db, async (tx) => {
			const offer = (title: string, o: Partial<typeof offers.$inferInsert>) => ({
				networkId: s.network.id,
				title,
				offerType: 'beratung' as const,
				status: 'published' as const,
				createdAt: month(1),
				...o
			});
			await tx.insert(offers).values([
				offer('Familienhebamme', {
					offerType: 'hausbesuch',
					lifeStages: ['schwangerschaft', '0-1'],
					preventionLevel: 'selektiv',
					verifiedAt: month(5)
				}),
				offer('Babytreff', {
					offerType: 'gruppe',
					lifeStages: ['0-1'],
					preventionLevel: 'universell',
					verifiedAt: month(6)
				}),
				offer('Erziehungsberatung', {
					lifeStages: ['kita', 'grundschule'],
					preventionLevel: 'universell',
					verifiedAt: new Date('2025-09-01T00:00:00Z')
				}),
				offer('Frühförderung', { lifeStages: ['1-3'], preventionLevel: 'indiziert' }),
				offer('Entwurf', { status: 'draft', lifeStages: ['0-1'], offerType: 'hausbesuch' })
			]);
			const [training] = await tx
				.insert(events)
				.values({
					networkId: s.network.id,
					kind: 'fortbildung',
					audience: 'fachkraefte',
					title: 'Fortbildung Kinderschutz',
					capacity: 20,
					status: 'published'
				})
				.returning();
			const [session] = await tx
				.insert(eventSessions)
				.values({
					networkId: s.network.id,
					eventId: training!.id,
					startsAt: new Date('2026-04-01T08:00:00Z'),
					endsAt: new Date('2026-04-01T14:00:00Z')
				})
				.returning();
			const regs = await tx
				.insert(eventRegistrations)
				.values(
					[1, 2, 3].map((number) => ({
						networkId: s.network.id,
						eventId: training!.id,
						number,
						status: 'registered' as const,
						name: `Person ${number}`,
						email: `p${number}@example.org`
					}))
				)
				.returning();
			await tx.insert(eventAttendance).values([
				{ networkId: s.network.id, registrationId: regs[0]!.id, sessionId: session!.id, present: true },
				{ networkId: s.network.id, registrationId: regs[1]!.id, sessionId: session!.id, present: true },
				{ networkId: s.network.id, registrationId: regs[2]!.id, sessionId: session!.id, present: false }
			]);
			const [old] = await tx
				.insert(events)
				.values({
					networkId: s.network.id,
					kind: 'fachtagung',
					audience: 'fachkraefte',
					title: 'Fachtagung (Daten gelöscht)',
					capacity: 80,
					status: 'published',
					keptCounts: { registered: 60, waiting: 0, attended: 52 }
				})
				.returning();
			await tx.insert(eventSessions).values({
				networkId: s.network.id,
				eventId: old!.id,
				startsAt: new Date('2026-01-20T08:00:00Z'),
				endsAt: new Date('2026-01-20T15:00:00Z')
			});
			const [called] = await tx
				.insert(events)
				.values({
					networkId: s.network.id,
					kind: 'fortbildung',
					audience: 'fachkraefte',
					title: 'Abgesagt',
					capacity: 20,
					status: 'cancelled'
				})
				.returning();
			await tx.insert(eventSessions).values({
				networkId: s.network.id,
				eventId: called!.id,
				startsAt: new Date('2026-02-20T08:00:00Z'),
				endsAt: new Date('2026-02-20T15:00:00Z')
			});
		});

		const m = await monitoringFigures(s.ctx, 2026);
		expect(m.categories).toEqual({ involved: 2, listed: 26, atConferences: 2 });
		const kindRow = (k: string) => m.bodies.find((b) => b.kind === k)!;
		expect(kindRow('netzwerkkonferenz')).toMatchObject({ bodies: 1, meetings: 1, attendees: 3, averageAttendance: 3 });
		expect(kindRow('arbeitsgruppe')).toMatchObject({
			bodies: 1,
			meetings: 1,
			meetingsWithAttendance: 0,
			averageAttendance: null
		});
		expect(m.events.find((e) => e.kind === 'fortbildung')).toEqual({ kind: 'fortbildung', events: 1, participants: 2 });
		expect(m.events.find((e) => e.kind === 'fachtagung')).toEqual({ kind: 'fachtagung', events: 1, participants: 52 });
		// Review interval 6 months before 15 June: verified in May and June count, September 2025 and never do not.
		expect(m.offers).toMatchObject({ published: 4, verified: 2, verifiedShare: 50, homeVisits: 1 });
		const stage = (ls: string) => m.offers.lifeStages.find((r) => r.lifeStage === ls)!;
		expect(stage('0-1').total).toBe(2);
		expect(stage('0-1').levels).toEqual([
			{ level: 'universell', n: 1 },
			{ level: 'selektiv', n: 1 },
			{ level: 'indiziert', n: 0 }
		]);
		expect(m.offers.preventionLevels).toEqual([
			{ level: 'universell', n: 2 },
			{ level: 'selektiv', n: 1 },
			{ level: 'indiziert', n: 1 }
		]);

		const titles = async (f: Parameters<typeof listReportOffers>[2]) =>
			(await listReportOffers(s.ctx, 2026, f)).map((o) => o.title);
		expect(await titles({ offerType: 'hausbesuch' })).toEqual(['Familienhebamme']);
		expect(await titles({ verified: 'ja' })).toEqual(['Babytreff', 'Familienhebamme']);
		expect(await titles({ verified: 'nein' })).toEqual(['Erziehungsberatung', 'Frühförderung']);
		expect(await titles({ lifeStage: '0-1', prevention: 'selektiv' })).toEqual(['Familienhebamme']);
		const held = await listMeetingsHeld(s.ctx, 2026, 'netzwerkkonferenz');
		expect(held.map((h) => [h.title, h.attendees])).toEqual([['Konferenz 2026-03-10', 3]]);
		expect((await listEventsHeld(s.ctx, 2026, null)).map((e) => [e.title, e.participants])).toEqual([
			['Fachtagung (Daten gelöscht)', 52],
			['Fortbildung Kinderschutz', 2]
		]);
	});
});
