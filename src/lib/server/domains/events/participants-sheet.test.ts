import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { eventForm, mailsOf, registerPeople, registrationsOf } from '$tests/event-fixtures';
import { pdfPages } from '$tests/pdf-text';
import { addParticipant } from './add-participant';
import { createEvent } from './create-event';
import { getEvent } from './get-event';
import { listParticipants } from './list-participants';
import { messageParticipants } from './message-participants';
import { participantsSheet } from './participants-sheet';
import { publishEvent } from './publish-event';
import { recordAttendance } from './record-attendance';
import { signInSheetPdf } from './sign-in-sheet';

describe.each(TEST_DATABASE_KINDS)('participant lists, attendance and messages (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('records attendance per session, exports the list as XLSX, prints a sign-in sheet and messages the participants', async () => {
		const network = await makeNetwork(database.db, 'listen');
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = { ...tenantContext(database.db, network, coordinator), baseUrl: 'https://netz.example.org' };
		const { id } = await createEvent(
			ctx,
			eventForm({
				capacity: '2',
				'session-1-day': '2030-03-12',
				'session-1-start': '09:00',
				'session-1-end': '12:00',
				'session-1-place': 'Rathaus',
				'question-0-label': 'Essenswunsch',
				'question-0-kind': 'choice',
				'question-0-choices': 'vegetarisch\nmit Fleisch'
			})
		);
		await publishEvent(ctx, id);
		await registerPeople(ctx, id, 2);
		const long = 'Maximiliane Müller-Lüdenscheidt-Überlängenname von und zu Großherzogtum Übersee';
		await addParticipant(ctx, id, {
			name: long,
			email: 'maxi@example.org',
			phone: '',
			organisationName: 'Familienbüro Süd (Beispiel)',
			persons: 1,
			place: 'registered'
		});
		await addParticipant(ctx, id, {
			name: 'Wartende Person',
			email: '',
			phone: '',
			organisationName: '',
			persons: 1,
			place: 'waiting'
		});
		const { sessions } = await getEvent(ctx, id);
		const rows = await registrationsOf(database.db, id);
		await recordAttendance(ctx, id, sessions[0]!.id, [rows[0]!.id, rows[2]!.id]);
		await expect(recordAttendance(ctx, id, sessions[0]!.id, [rows[3]!.id])).rejects.toSatisfy((e) =>
			isAppError(e, 'validation')
		);
		const list = await listParticipants(ctx, id);
		expect(list.participants.map((p) => p.attendance[sessions[0]!.id])).toEqual([true, false, true, undefined]);

		const { body } = await participantsSheet(ctx, id);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(body as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0]!;
		const header = (sheet.getRow(1).values as unknown[]).slice(1);
		expect(header.slice(0, 4)).toEqual(['Nr.', 'Status', 'Wartelistenplatz', 'Name']);
		expect(header).toContain('Essenswunsch');
		expect(header).toContain('Termin 1 (05.03.2030)');
		expect(sheet.rowCount).toBe(5);
		const last = (sheet.getRow(5).values as unknown[]).slice(1);
		expect(last.slice(0, 4)).toEqual([4, 'Warteliste', 1, 'Wartende Person']);
		expect((sheet.getRow(2).values as unknown[]).slice(1)).toContain('teilgenommen');
		expect((sheet.getRow(3).values as unknown[]).slice(1)).toContain('nicht erschienen');

		const pdf = await signInSheetPdf(ctx, id, sessions[1]!.id);
		const text = pdfPages(pdf.body).join(' ');
		expect(text).toContain('Unterschriftenliste');
		expect(text).toContain('Termin 2 von 2');
		expect(text).toContain('Teilnehmerin 0 (Beispiel)');
		expect(text).toContain('Name Organisation Personen Unterschrift');
		// A long name wraps in its cell and stays whole.
		expect(text.replace(/\s/g, '')).toContain(long.replace(/\s/g, ''));
		expect(text).not.toContain('Wartende Person');
		await expect(signInSheetPdf(ctx, id, rows[0]!.id)).rejects.toSatisfy((e) => isAppError(e, 'not_found'));

		expect(
			await messageParticipants(ctx, id, { to: 'active', subject: 'Raumänderung', body: 'Wir sind im Saal 2.' })
		).toEqual({ sent: 3 });
		const mails = await mailsOf(database.db, network.id, 'event_message');
		expect(mails.map((m) => m.toAddress).sort()).toEqual([
			'maxi@example.org',
			'teilnehmerin0@example.org',
			'teilnehmerin1@example.org'
		]);
		expect(mails[0]!.subject).toMatch(/^Raumänderung – Frühe Hilfen im Sozialraum/);
		expect(mails[0]!.textBody).toContain('Wir sind im Saal 2.');
		await expect(messageParticipants(ctx, id, { to: 'waiting', subject: 'Hallo', body: 'Text' })).rejects.toSatisfy(
			(e) => isAppError(e, 'validation') && e.details.field === 'to'
		);
	});
});
