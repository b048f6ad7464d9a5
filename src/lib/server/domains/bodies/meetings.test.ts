import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { meetingInvitations, meetings, networks, outbox, tasks } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { parseWith } from '$lib/server/http/forms';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { saveOrganisation } from '$lib/server/domains/organisations/save-organisation';
import { memberOrganisationSchema } from '$lib/server/domains/organisations/organisation-schema';
import { saveContact } from '$lib/server/domains/organisations/save-contact';
import { berlinInstant, berlinParts } from '../shared/time';
import { meetingSchema, type MeetingInput } from './meeting-schema';
import { parseAgenda, scheduleAgenda } from '$lib/agenda';
import { listPublicBodies, saveBody } from './manage-bodies';
import { inviteToMeeting, saveMeeting } from './manage-meetings';
import { answerRsvp, describeRsvp } from './rsvp';
import { sendMeetingReminders } from './send-meeting-reminders';
import { sendTaskReminders } from './send-task-reminders';
import { answerAsMember, memberMeeting, myMeetings } from './member-meetings';
import { saveMinutes, type MinutesInput } from './minutes';
import { resolveTaskOwner } from './task-owners';
import { attendanceSheetPdf, minutesPdf } from './meeting-pdf';
import { pdfContent, pdfPages } from '$tests/pdf-text';
import { linkIn } from '$tests/smtp';
import { sha256Hex } from '$lib/server/domains/shared/crypto';

describe('meeting times in Europe/Berlin', () => {
	it('converts wall-clock times in winter and summer time', () => {
		expect(berlinInstant('2026-01-15', '18:00').toISOString()).toBe('2026-01-15T17:00:00.000Z');
		expect(berlinInstant('2026-07-15', '18:00').toISOString()).toBe('2026-07-15T16:00:00.000Z');
		expect(berlinParts(new Date('2026-07-15T16:00:00Z'))).toEqual({ day: '2026-07-15', time: '18:00' });
	});
	it('refuses a meeting that ends before it starts and one without place or link', () => {
		const parsed = parseWith(meetingSchema, {
			version: '0',
			title: 'X',
			day: '2026-05-01',
			start: '18:00',
			end: '17:00',
			place: '',
			onlineUrl: '',
			agenda: ''
		});
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors).toMatchObject({ end: 'error.endBeforeStart', place: 'error.placeOrLink' });
	});
});

describe('agenda items with owners and durations', () => {
	it('turns form rows into readable lines and back, and plans the start of each item', () => {
		const parsed = parseWith(meetingSchema, {
			version: '0',
			title: 'X',
			day: '2026-05-01',
			start: '15:00',
			end: '17:00',
			place: 'Rathaus',
			onlineUrl: '',
			'agenda-0-title': 'Begrüßung',
			'agenda-0-owner': 'Koordination',
			'agenda-0-minutes': '10',
			'agenda-1-title': 'Bericht – AGs',
			'agenda-1-minutes': '30',
			'agenda-3-title': 'Verschiedenes'
		});
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.data.agenda).toBe('Begrüßung – Koordination – 10 Min.\nBericht - AGs – 30 Min.\nVerschiedenes');
		expect(parseAgenda(parsed.data.agenda)).toEqual([
			{ title: 'Begrüßung', owner: 'Koordination', minutes: 10 },
			{ title: 'Bericht - AGs', owner: '', minutes: 30 },
			{ title: 'Verschiedenes', owner: '', minutes: null }
		]);
		expect(scheduleAgenda(parseAgenda(parsed.data.agenda), '15:00')).toMatchObject({
			totalMinutes: 40,
			items: [{ at: '15:00' }, { at: '15:10' }, { at: '15:40' }]
		});
		const bad = parseWith(meetingSchema, {
			version: '0',
			title: 'X',
			day: '2026-05-01',
			start: '15:00',
			end: '17:00',
			place: 'Rathaus',
			onlineUrl: '',
			'agenda-0-minutes': 'zehn',
			'agenda-1-owner': 'ASD'
		});
		expect(bad.ok).toBe(false);
		if (!bad.ok)
			expect(bad.errors).toMatchObject({
				'agenda-0-minutes': 'error.agendaMinutes',
				'agenda-1-title': 'error.required'
			});
	});
});

describe('meeting PDFs', () => {
	const m = {
		networkName: 'Netzwerk Frühe Hilfen Beispielstadt',
		bodyName: 'AG',
		title: 'Sitzung',
		startsAt: new Date('2026-05-01T13:00:00Z'),
		endsAt: new Date('2026-05-01T15:00:00Z'),
		place: 'Rathaus',
		onlineUrl: '',
		agenda: 'Begrüßung',
		minutes: 'Anwesend: 2 Personen aus 1 Organisation.\n\nBeschluss: Flyer'
	};
	const LOGO = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
		'base64'
	);
	const demo = {
		networkName: 'Netzwerk Frühe Hilfen Beispielstadt',
		colour: '#123456',
		logo: { data: LOGO, type: 'image/png' },
		note: 'Beispieldaten: Alle Personen, Organisationen, Adressen und Nummern auf dieser Seite sind erfunden.'
	};
	const longName =
		'Jugendamt Herten – Allgemeiner Sozialer Dienst, Fachbereich Frühe Hilfen und Familienbildung (Beispiel)';

	it('wraps long organisation names on the sign-in sheet and repeats the column titles on every page', async () => {
		const people = Array.from({ length: 40 }, (_, i) => ({
			name: `Person ${i}`,
			organisationName: i === 3 || i === 30 ? longName : 'Kita Beispiel',
			answer: i % 2 ? 'yes' : null
		}));
		const pages = pdfPages(await attendanceSheetPdf(m, people, demo));
		expect(pages.length).toBeGreaterThan(1); // 40 people need a second page
		expect(pages[0]).toContain(longName);
		expect(pages.join(' ')).not.toContain('…');
		expect(pages.join(' ').split(longName)).toHaveLength(3);
		for (const page of pages) expect(page).toContain('Name Organisation Zusage Unterschrift');
		for (const page of pages) expect(page).toContain('Netzwerk Frühe Hilfen Beispielstadt Beispieldaten');
	});

	it('carries the network name, logo and brand colour, and the sample-data note only for demo networks', async () => {
		const minutes = await minutesPdf(
			m,
			[{ title: 'Flyer', owner: 'Koordination', dueDate: '2026-06-01', status: 'open' }],
			demo
		);
		const [page] = pdfPages(minutes);
		expect(page).toContain('Netzwerk Frühe Hilfen Beispielstadt Beispieldaten: Alle Personen');
		expect(page).toContain('Anwesend: 2 Personen aus 1 Organisation.');
		expect(minutes.toString('latin1')).toContain('/Subtype /Image');
		expect(pdfContent(minutes)).toMatch(/0\.0705\d* 0\.2039\d* 0\.3372\d* SCN/); // #123456 (18, 52, 86) as the stroke colour of the rule
		const real = pdfPages(await minutesPdf(m, [], { ...demo, logo: null, note: null }))[0]!;
		expect(real).toContain('Netzwerk Frühe Hilfen Beispielstadt');
		expect(real).not.toContain('Beispieldaten');
	});
});

/** The personal answer links in the mails of the outbox, oldest first (as the invitee would click them). */
async function rsvpTokensOf(db: Database['db'], to?: string): Promise<string[]> {
	const rows = await withSystem(db, (tx) => tx.select().from(outbox).orderBy(asc(outbox.createdAt)));
	return rows
		.filter((r) => (!to || r.toAddress === to) && r.textBody.includes('/antwort/'))
		.map((r) => linkIn(r.textBody, '/antwort/').split('/').pop()!);
}
async function rsvpTokenOf(db: Database['db'], template: string, to?: string): Promise<string> {
	const rows = await withSystem(db, (tx) =>
		tx.select().from(outbox).where(eq(outbox.template, template)).orderBy(asc(outbox.createdAt))
	);
	const mail = rows.filter((r) => !to || r.toAddress === to).at(-1);
	if (!mail) throw new Error('no mail');
	return linkIn(mail.textBody, '/antwort/').split('/').pop()!;
}

describe.each(TEST_DATABASE_KINDS)('meetings, invitations and answers (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('invites once, answers by link, reminds once before the meeting, refuses past meetings and foreign links', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const now = new Date('2026-03-01T09:00:00Z');
		const ctx = { ...tenantContext(db, network, coordinator), baseUrl: 'http://localhost', now };
		const org = parseWith(memberOrganisationSchema, {
			version: '0',
			name: 'Jugendamt Beispiel',
			description: '',
			street: '',
			postcode: '',
			city: '',
			phone: '',
			email: '',
			web: '',
			districtIds: [],
			partnerCategoryId: '',
			membershipStatus: 'mitglied',
			statusDate: '',
			statusNote: '',
			listedPublicly: false
		});
		if (!org.ok) throw new Error('org');
		const { id: orgId } = await saveOrganisation(ctx, null, org.data);
		await saveContact(ctx, orgId, null, {
			version: 0,
			name: 'Anna Beispiel',
			role: '',
			phone: '',
			email: 'anna@example.org',
			visibility: 'coordination',
			consentAt: '',
			consentMethod: '',
			consentRevokedAt: ''
		});
		await saveContact(ctx, orgId, null, {
			version: 0,
			name: 'Ohne Mail',
			role: '',
			phone: '',
			email: '',
			visibility: 'coordination',
			consentAt: '',
			consentMethod: '',
			consentRevokedAt: ''
		});
		const { id: bodyId } = await saveBody(ctx, null, {
			version: 0,
			name: 'Steuerungsgruppe',
			kind: 'steuerungsgruppe',
			purpose: '',
			external: '',
			organisationIds: [orgId],
			allMembers: false,
			contactIds: [],
			leadContactId: null
		});
		const input = (day: string) => {
			const parsed = parseWith(meetingSchema, {
				version: '0',
				title: 'Sitzung',
				day,
				start: '15:00',
				end: '17:00',
				place: 'Rathaus',
				onlineUrl: '',
				agenda: ''
			});
			if (!parsed.ok) throw new Error('meeting');
			return parsed.data as MeetingInput;
		};
		const { id: past } = await saveMeeting(ctx, bodyId, null, input('2026-02-01'));
		await expect(inviteToMeeting(ctx, bodyId, past)).rejects.toSatisfy((e) => isAppError(e, 'validation'));
		const { id } = await saveMeeting(ctx, bodyId, null, input('2026-03-03'));
		expect(await inviteToMeeting(ctx, bodyId, id)).toEqual({ invited: 1 });
		expect(await inviteToMeeting(ctx, bodyId, id)).toEqual({ invited: 0 }); // nobody twice
		const token = await rsvpTokenOf(db, 'meeting_invitation');
		expect((await describeRsvp(db, other.slug, token, now)).state).toBe('other_network');
		expect((await answerRsvp(db, network.slug, token, 'yes', now)).state).toBe('answered');
		expect((await describeRsvp(db, network.slug, token, new Date('2026-03-10T00:00:00Z'))).state).toBe('expired');

		expect(
			await sendMeetingReminders(db, { now: new Date('2026-02-20T09:00:00Z'), baseUrl: 'http://localhost' })
		).toEqual({ reminded: 0 });
		expect(await sendMeetingReminders(db, { now, baseUrl: 'http://localhost' })).toEqual({ reminded: 1 });
		expect(await sendMeetingReminders(db, { now, baseUrl: 'http://localhost' })).toEqual({ reminded: 0 });
		const reminders = await withSystem(db, (tx) =>
			tx.select().from(outbox).where(eq(outbox.template, 'meeting_reminder'))
		);
		expect(reminders.map((m) => m.toAddress)).toEqual(['anna@example.org']);
		expect(reminders[0]!.textBody).toContain(`/antwort/${network.slug}/`);
	});

	it("stores only hashes of the answer links; the invitation link, the update's and the reminder's all work", async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const now = new Date('2026-04-01T09:00:00Z');
		const ctx = { ...tenantContext(db, network, coordinator), baseUrl: 'http://localhost', now };
		const org = parseWith(memberOrganisationSchema, {
			version: '0',
			name: 'Kita Beispiel',
			description: '',
			street: '',
			postcode: '',
			city: '',
			phone: '',
			email: '',
			web: '',
			districtIds: [],
			partnerCategoryId: '',
			membershipStatus: 'mitglied',
			statusDate: '',
			statusNote: '',
			listedPublicly: false
		});
		if (!org.ok) throw new Error('org');
		const { id: orgId } = await saveOrganisation(ctx, null, org.data);
		await saveContact(ctx, orgId, null, {
			version: 0,
			name: 'Berta Beispiel',
			role: '',
			phone: '',
			email: 'berta@example.org',
			visibility: 'coordination',
			consentAt: '',
			consentMethod: '',
			consentRevokedAt: ''
		});
		const { id: bodyId } = await saveBody(ctx, null, {
			version: 0,
			name: 'Arbeitsgruppe',
			kind: 'arbeitsgruppe',
			purpose: '',
			external: '',
			organisationIds: [orgId],
			allMembers: false,
			contactIds: [],
			leadContactId: null
		});
		const input = (place: string, version: number) => {
			const parsed = parseWith(meetingSchema, {
				version: String(version),
				title: 'Treffen',
				day: '2026-04-03',
				start: '10:00',
				end: '12:00',
				place,
				onlineUrl: '',
				agenda: ''
			});
			if (!parsed.ok) throw new Error('meeting');
			return parsed.data as MeetingInput;
		};
		const { id } = await saveMeeting(ctx, bodyId, null, input('Rathaus', 0));
		await inviteToMeeting(ctx, bodyId, id);
		const invited = await rsvpTokenOf(db, 'meeting_invitation', 'berta@example.org');
		await saveMeeting(ctx, bodyId, id, input('Familienzentrum', 1));
		await sendMeetingReminders(db, { now, baseUrl: 'http://localhost' });
		const tokens = await rsvpTokensOf(db, 'berta@example.org');
		expect(tokens).toHaveLength(3); // invitation, update, reminder
		expect(new Set(tokens).size).toBe(3);
		expect(tokens[0]).toBe(invited);
		const [row] = await withSystem(db, (tx) =>
			tx.select().from(meetingInvitations).where(eq(meetingInvitations.meetingId, id))
		);
		for (const token of tokens) {
			expect(JSON.stringify(row)).not.toContain(token);
			expect(row!.tokenHashes).toContain(sha256Hex(token));
			expect((await describeRsvp(db, network.slug, token, now)).state).toMatch(/^(valid|answered)$/);
		}
		expect((await answerRsvp(db, network.slug, tokens[0]!, 'no', now)).state).toBe('answered');
		expect(await describeRsvp(db, network.slug, tokens[2]!, now)).toMatchObject({ state: 'answered', answer: 'no' });
	});

	it('reminds task owners once, three days before the due date: a contact of the body, or the coordination', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		await withSystem(db, (tx) =>
			tx
				.update(networks)
				.set({ contactEmail: 'koordination@example.org', contactName: 'Lena Lorem' })
				.where(eq(networks.id, network.id))
		);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const now = new Date('2026-05-10T07:00:00Z');
		const ctx = { ...tenantContext(db, network, coordinator), baseUrl: 'http://localhost', now };
		const org = parseWith(memberOrganisationSchema, {
			version: '0',
			name: 'Kita Regenbogen (Beispiel)',
			description: '',
			street: '',
			postcode: '',
			city: '',
			phone: '',
			email: '',
			web: '',
			districtIds: [],
			partnerCategoryId: '',
			membershipStatus: 'mitglied',
			statusDate: '',
			statusNote: '',
			listedPublicly: false
		});
		if (!org.ok) throw new Error('org');
		const { id: orgId } = await saveOrganisation(ctx, null, org.data);
		await saveContact(ctx, orgId, null, {
			version: 0,
			name: 'Selin Probe',
			role: '',
			phone: '',
			email: 'selin@example.org',
			visibility: 'coordination',
			consentAt: '',
			consentMethod: '',
			consentRevokedAt: ''
		});
		// A freelance midwife belongs to the body in person (and leads it), not her whole organisation.
		const midwifeOrg = parseWith(memberOrganisationSchema, {
			version: '0',
			name: 'Hebammenpraxis (Beispiel)',
			description: '',
			street: '',
			postcode: '',
			city: '',
			phone: '',
			email: '',
			web: '',
			districtIds: [],
			partnerCategoryId: '',
			membershipStatus: 'mitglied',
			statusDate: '',
			statusNote: '',
			listedPublicly: false
		});
		if (!midwifeOrg.ok) throw new Error('org');
		const { id: midwifeOrgId } = await saveOrganisation(ctx, null, midwifeOrg.data);
		const { id: olena } = await saveContact(ctx, midwifeOrgId, null, {
			version: 0,
			name: 'Olena Beispiel',
			role: '',
			phone: '',
			email: 'olena@example.org',
			visibility: 'coordination',
			consentAt: '',
			consentMethod: '',
			consentRevokedAt: ''
		});
		await saveContact(ctx, midwifeOrgId, null, {
			version: 0,
			name: 'Nicht im Gremium',
			role: '',
			phone: '',
			email: 'andere@example.org',
			visibility: 'coordination',
			consentAt: '',
			consentMethod: '',
			consentRevokedAt: ''
		});
		const { id: bodyId } = await saveBody(ctx, null, {
			version: 0,
			name: 'AG Kita',
			kind: 'arbeitsgruppe',
			purpose: '',
			external: '',
			organisationIds: [orgId],
			allMembers: false,
			contactIds: [],
			leadContactId: olena
		});
		const meeting = parseWith(meetingSchema, {
			version: '0',
			title: 'Treffen',
			day: '2026-05-01',
			start: '15:00',
			end: '17:00',
			place: 'Kita',
			onlineUrl: '',
			agenda: ''
		});
		if (!meeting.ok) throw new Error('meeting');
		const { id: meetingId } = await saveMeeting(ctx, bodyId, null, meeting.data as MeetingInput);
		expect(
			resolveTaskOwner(
				[{ contactId: 'x', name: 'Selin Probe', label: 'Selin Probe (Kita Regenbogen (Beispiel))' }],
				'selin probe'
			)
		).toBe('x');
		await saveMinutes(ctx, bodyId, meetingId, {
			minutes: 'Beschlüsse',
			'task-0-title': 'Elternbrief schreiben',
			'task-0-owner': 'Selin Probe (Kita Regenbogen (Beispiel))',
			'task-0-due': '2026-05-12',
			'task-1-title': 'Raum buchen',
			'task-1-owner': 'Koordination',
			'task-1-due': '2026-05-13',
			'task-2-title': 'Später fällig',
			'task-2-owner': 'Selin Probe',
			'task-2-due': '2026-05-30'
		} as MinutesInput);
		await saveMinutes(ctx, bodyId, meetingId, {
			minutes: 'Beschlüsse',
			'task-0-title': 'Hebammensprechstunde planen',
			'task-0-owner': 'Olena Beispiel',
			'task-0-due': '2026-05-12'
		} as MinutesInput);
		await saveMinutes(ctx, bodyId, meetingId, {
			minutes: 'Beschlüsse',
			'task-0-title': 'Alle lesen den Entwurf',
			'task-0-owner': 'alle',
			'task-0-due': '2026-05-11'
		} as MinutesInput);
		const saved = await withSystem(db, (tx) => tx.select().from(tasks).where(eq(tasks.meetingId, meetingId)));
		expect(
			saved
				.filter((t) => t.ownerContactId)
				.map((t) => t.title)
				.sort()
		).toEqual(['Elternbrief schreiben', 'Hebammensprechstunde planen', 'Später fällig']);

		expect(await sendTaskReminders(db, { now })).toEqual({ mails: 3, tasks: 3 }); // "alle" has no address, the later task is not due yet
		expect(await sendTaskReminders(db, { now })).toEqual({ mails: 0, tasks: 0 }); // once
		const mails = await withSystem(db, (tx) => tx.select().from(outbox).where(eq(outbox.template, 'task_reminder')));
		expect(mails.map((m) => m.toAddress).sort()).toEqual([
			'koordination@example.org',
			'olena@example.org',
			'selin@example.org'
		]);
		expect(mails.find((m) => m.toAddress === 'selin@example.org')!.textBody).toContain(
			'Elternbrief schreiben – fällig am 12.05.2026 (aus: Treffen)'
		);
		expect(await sendTaskReminders(db, { now: new Date('2026-05-28T07:00:00Z') })).toEqual({ mails: 1, tasks: 1 });

		// The body reaches the organisation's contacts and the single person, not her colleagues.
		await withSystem(db, (tx) =>
			tx
				.update(meetings)
				.set({ startsAt: new Date('2026-06-01T13:00:00Z'), endsAt: new Date('2026-06-01T15:00:00Z') })
				.where(eq(meetings.id, meetingId))
		);
		await inviteToMeeting({ ...ctx, now }, bodyId, meetingId);
		const invited = await withSystem(db, (tx) =>
			tx.select().from(meetingInvitations).where(eq(meetingInvitations.meetingId, meetingId))
		);
		expect(invited.map((i) => i.email).sort()).toEqual(['olena@example.org', 'selin@example.org']);
		expect(await listPublicBodies(tenantContext(db, network, null))).toEqual([
			{ name: 'AG Kita', kind: 'arbeitsgruppe', purpose: '', lead: '' }
		]); // the lead has no public consent

		// A Netzwerkkonferenz of all members reaches every member organisation, also ones that join later.
		const { id: conferenceId } = await saveBody(ctx, null, {
			version: 0,
			name: 'Netzwerkkonferenz',
			kind: 'netzwerkkonferenz',
			purpose: '',
			external: '',
			organisationIds: [],
			allMembers: true,
			contactIds: [],
			leadContactId: null
		});
		const conference = parseWith(meetingSchema, {
			version: '0',
			title: 'Herbstkonferenz',
			day: '2026-06-10',
			start: '15:00',
			end: '17:00',
			place: 'Rathaus',
			onlineUrl: ''
		});
		if (!conference.ok) throw new Error('meeting');
		const { id: conferenceMeeting } = await saveMeeting(ctx, conferenceId, null, conference.data as MeetingInput);
		await inviteToMeeting({ ...ctx, now }, conferenceId, conferenceMeeting);
		const all = await withSystem(db, (tx) =>
			tx.select().from(meetingInvitations).where(eq(meetingInvitations.meetingId, conferenceMeeting))
		);
		expect(all.map((i) => i.email).sort()).toEqual(['andere@example.org', 'olena@example.org', 'selin@example.org']);

		// In the internal area, Selin (a login with her contact address) sees the meetings of her bodies and answers there.
		const selin = tenantContext(
			db,
			network,
			await makeUser(db, { email: 'selin@example.org', roles: [{ role: 'member', networkId: network.id }] })
		);
		const stranger = tenantContext(
			db,
			network,
			await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] })
		);
		const mine = await myMeetings({ ...selin, now });
		expect(mine.upcoming.map((m) => `${m.bodyName}: ${m.title} (${m.answer})`)).toEqual([
			'AG Kita: Treffen (null)',
			'Netzwerkkonferenz: Herbstkonferenz (null)'
		]);
		await answerAsMember({ ...selin, now }, conferenceMeeting, 'yes');
		expect((await memberMeeting(selin, conferenceMeeting)).answer).toBe('yes');
		expect((await memberMeeting(selin, meetingId)).meeting.minutes).toBe(''); // not sent yet
		expect(await myMeetings({ ...stranger, now })).toEqual({ upcoming: [], past: [] });
		await expect(memberMeeting(stranger, meetingId)).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		await expect(answerAsMember({ ...stranger, now }, conferenceMeeting, 'yes')).rejects.toSatisfy((e) =>
			isAppError(e, 'not_found')
		);
	});
});
