import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { auditLog, districts, populationFigures, publishedReports, searchStats } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { ensureOfferDefaults } from '$lib/server/domains/taxonomy/default-taxonomy';
import { saveOffer } from '$lib/server/domains/offers/save-offer';
import { saveBody } from '$lib/server/domains/bodies/save-body';
import { saveMeeting } from '$lib/server/domains/bodies/save-meeting';
import { addAttendee } from '$lib/server/domains/bodies/record-attendance';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { body, meetingInput } from '$tests/body-fixtures';
import { offerInput } from '$tests/offer-fixtures';
import { pdfPages } from '$tests/pdf-text';
import { buildAnnualReport } from './build-annual-report';
import { annualReportHtml } from './render-annual-report-pdf';
import { writeAnnualReportXlsx } from './write-annual-report-xlsx';
import { publishAnnualReport, withdrawAnnualReport } from './publish-annual-report';
import { getPublishedReportPdf, listPublishedReports } from './list-published-reports';

const NOW = new Date('2026-06-15T10:00:00Z');
const square = (x: number, y: number) => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + 0.01, y],
			[x + 0.01, y + 0.01],
			[x, y + 0.01],
			[x, y]
		]
	]
});

describe.each(TEST_DATABASE_KINDS)('Jahresbericht on %s', (kind) => {
	let database: Database;
	let ctx: TenantContext;
	let other: TenantContext;
	let memberCtx: TenantContext;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const member = await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] });
		ctx = { ...tenantContext(db, network, coordinator), now: NOW };
		memberCtx = { ...tenantContext(db, network, member), now: NOW };
		const otherNetwork = await makeNetwork(db);
		const otherCoordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: otherNetwork.id }] });
		other = { ...tenantContext(db, otherNetwork, otherCoordinator), now: NOW };
		const id: Record<string, string> = {};
		await withSystem(db, async (tx) => {
			await ensureOfferDefaults(tx, network.id);
			const rows = await tx
				.insert(districts)
				.values([
					{ networkId: network.id, name: 'Nord', postcodes: ['11111'], geojson: square(7.1, 51.6) },
					{ networkId: network.id, name: 'Süd', postcodes: ['22222'], geojson: square(7.1, 51.5) },
					{ networkId: network.id, name: 'Ohne Umriss', postcodes: ['33333'] }
				])
				.returning();
			for (const r of rows) id[r.name] = r.id;
			await tx.insert(populationFigures).values([
				{ networkId: network.id, districtId: id.Nord!, year: 2024, births: 100, children0to3: 300 },
				{ networkId: network.id, districtId: id['Süd']!, year: 2024, births: 50, children0to3: 150 }
			]);
			const stat = (day: string, term: string, resultCount: number, searches: number) => ({
				networkId: network.id,
				day,
				term,
				filters: 'lebensphase=0-1',
				resultCount,
				searches
			});
			await tx
				.insert(searchStats)
				.values([
					stat('2025-03-01', 'babyschwimmen', 0, 7),
					stat('2025-04-01', 'babyschwimmen', 0, 2),
					stat('2025-05-01', 'hebamme', 2, 4),
					stat('2024-05-01', 'vorjahr', 0, 9)
				]);
		});
		await saveOffer(
			ctx,
			null,
			offerInput({
				title: 'Babytreff Nord',
				'loc0-street': 'Beispielweg 1',
				'loc0-postcode': '11111',
				'loc0-districtId': id.Nord!
			})
		);
		await saveOffer(
			ctx,
			null,
			offerInput({ title: 'Familienhebamme', offerType: 'hausbesuch', serviceDistrictIds: [id.Nord!] })
		);
		const { id: bodyId } = await saveBody(
			ctx,
			null,
			body({ name: 'Netzwerkkonferenz', kind: 'netzwerkkonferenz', allMembers: true })
		);
		const meetingId = (
			await saveMeeting(
				{ ...ctx, baseUrl: 'http://localhost' },
				bodyId,
				null,
				meetingInput({ title: 'Konferenz Herbst', day: '2025-10-07', start: '15:00', end: '17:00', place: 'Rathaus' })
			)
		).id;
		for (const name of ['Emil Gast', 'Frieda Gast', 'Gustav Gast'])
			await addAttendee(ctx, bodyId, meetingId, {
				contactId: '',
				name,
				organisationId: '',
				organisationName: 'Presse'
			});
	}, 120_000);
	afterAll(() => database?.close());

	it('gathers the year: meetings with attendance, coverage with the figures of the latest year before, demand of that year', async () => {
		const r = await buildAnnualReport(ctx, 2025);
		expect(r.network.name).toBe(ctx.network.name);
		expect(r.meetings.map((m) => [m.title, Number(m.attendees)])).toEqual([['Konferenz Herbst', 3]]);
		expect(r.monitoring.bodies.find((b) => b.kind === 'netzwerkkonferenz')).toMatchObject({
			meetings: 1,
			attendees: 3,
			averageAttendance: 3
		});
		// No figures for 2025: those of 2024 are used. Nord: 2 offers for 0-1 per 100 births.
		expect(r.coverage.year).toBe(2024);
		const nord = r.coverage.rows.find((x) => x.name === 'Nord')!.cells.find((c) => c.stage === '0-1')!;
		expect(nord).toMatchObject({ count: 2, children: 100, per100: 2 });
		expect(r.coverage.rows.find((x) => x.name === 'Süd')!.cells.find((c) => c.stage === '0-1')!.gap).toBe('none');
		expect(r.map.withoutOutline).toEqual(['Ohne Umriss']);
		expect(r.map.svg).toContain('<title>Nord');
		expect(r.demand.none).toEqual([{ term: 'babyschwimmen', searches: 9 }]);
		expect(r.demand.few).toEqual([{ term: 'hebamme', searches: 4 }]);
		expect(r.monitoring.offers).toMatchObject({ published: 2, homeVisits: 1 });

		const html = annualReportHtml(r);
		for (const heading of ['Netzwerk', 'Mitglieder und Partnerkategorien', 'Gremien und Sitzungen', 'Datenqualität'])
			expect(html).toContain(`<h2>${heading}</h2>`);
		expect(html).toContain('<title>Angebote je Lebensphase</title>'); // a d3-scale bar chart …
		expect(html).toContain('<caption>Angebote nach Lebensphase und Präventionsebene</caption>'); // … beside its table
	});

	it('writes one sheet per table with numbers as numbers and a frozen header', async () => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await writeAnnualReportXlsx(await buildAnnualReport(ctx, 2025))) as never);
		const names = workbook.worksheets.map((s) => s.name);
		expect(names).toEqual(expect.arrayContaining(['Bericht', 'Kennzahlen', 'Sitzungen', 'Versorgung', 'Karte']));
		const meetingsSheet = workbook.getWorksheet('Sitzungen')!;
		expect(meetingsSheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(meetingsSheet.getRow(2).getCell(3).value).toBe('Konferenz Herbst');
		expect(meetingsSheet.getRow(2).getCell(4).value).toBe(3);
		expect(meetingsSheet.getRow(2).getCell(1).value).toBeInstanceOf(Date);
		const map = workbook.getWorksheet('Karte')!;
		const nord = map.getRows(2, 3)!.find((row) => row.getCell(1).value === 'Nord')!;
		expect(nord.getCell(2).type).toBe(ExcelJS.ValueType.Number);
		expect(nord.getCell(4).value).toBe(2);
	});

	it('publishes the PDF for the year, replaces it, keeps it to its network and withdraws it, audited', async () => {
		await publishAnnualReport(ctx, 2025);
		const pdf = await getPublishedReportPdf(ctx, 2025);
		const text = pdfPages(pdf).join(' ');
		expect(text).toContain(ctx.network.name);
		expect(text).toContain('Jahresbericht 2025');
		expect(text).toContain('Konferenz Herbst');
		await publishAnnualReport(ctx, 2025);
		expect((await listPublishedReports(ctx)).map((r) => r.year)).toEqual([2025]);

		// Another network sees nothing of it, not even by asking for the year.
		expect(await listPublishedReports(other)).toEqual([]);
		const foreign = await getPublishedReportPdf(other, 2025).catch((e) => e);
		expect(isAppError(foreign, 'not_found')).toBe(true);
		const byMember = await publishAnnualReport(memberCtx, 2025).catch((e) => e);
		expect(isAppError(byMember, 'forbidden')).toBe(true);

		await withdrawAnnualReport(ctx, 2025);
		expect(await listPublishedReports(ctx)).toEqual([]);
		expect(isAppError(await withdrawAnnualReport(ctx, 2025).catch((e) => e), 'not_found')).toBe(true);
		const rows = await withSystem(database.db, (tx) =>
			tx
				.select({ action: auditLog.action })
				.from(auditLog)
				.where(and(eq(auditLog.networkId, ctx.network.id), eq(auditLog.entity, 'published_report')))
				.orderBy(auditLog.at)
		);
		expect(rows.map((r) => r.action)).toEqual(['publish', 'replace', 'withdraw']);
		expect(await withSystem(database.db, (tx) => tx.select().from(publishedReports))).toEqual([]);
	}, 60_000);
});
