import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { auditLog, eventAttendance, eventRegistrations, eventSessions, events, outbox } from '$lib/server/db/schema';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { pdfPages } from '$tests/pdf-text';
import { issueCertificates } from './issue-certificates';
import { normaliseCode, verifyCertificate } from './verify-certificate';
import { allCertificatesPdf, certificateOverview, setCertificateSigner } from './certificate-overview';
import { pdfContent } from '$tests/pdf-text';
import zlib from 'node:zlib';

const NOW = new Date('2027-03-20T09:00:00Z');
const BASE = 'https://portal.example.org';

async function pastEvent(ctx: TenantContext, names: string[], present: boolean[][]) {
	return withSystem(ctx.db, async (tx) => {
		const [e] = await tx
			.insert(events)
			.values({
				networkId: ctx.network.id,
				kind: 'fortbildung',
				audience: 'fachkraefte',
				title: 'Kinderschutz nach § 8a SGB VIII – Grundlagen',
				capacity: 20,
				status: 'published',
				trainingHours: '8.0',
				trainingUnit: 'ue',
				certificateSigner: 'Dana Beispiel, Netzwerkkoordination'
			})
			.returning({ id: events.id });
		const sessions = await tx
			.insert(eventSessions)
			.values(
				[3, 10].map((day) => ({
					networkId: ctx.network.id,
					eventId: e!.id,
					startsAt: new Date(`2027-03-${String(day).padStart(2, '0')}T08:00:00Z`),
					endsAt: new Date(`2027-03-${String(day).padStart(2, '0')}T12:00:00Z`),
					place: 'Familienzentrum Lindenhof, Seminarraum'
				}))
			)
			.returning({ id: eventSessions.id });
		const regs = await tx
			.insert(eventRegistrations)
			.values(
				names.map((name, i) => ({
					networkId: ctx.network.id,
					eventId: e!.id,
					number: i + 1,
					status: 'registered' as const,
					name,
					email: `teilnahme${i}@example.org`
				}))
			)
			.returning({ id: eventRegistrations.id });
		for (const [i, r] of regs.entries())
			for (const [j, s] of sessions.entries())
				if (present[i]?.[j] !== undefined)
					await tx
						.insert(eventAttendance)
						.values({ networkId: ctx.network.id, registrationId: r.id, sessionId: s.id, present: present[i]![j]! });
		return { eventId: e!.id, registrationIds: regs.map((r) => r.id) };
	});
}

describe.each(TEST_DATABASE_KINDS)('certificates on %s', (kind) => {
	let database: Database;
	let ctx: TenantContext;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		const network = await makeNetwork(database.db, 'bescheinigung');
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		ctx = { ...tenantContext(database.db, network, coordinator), now: NOW };
	});
	afterAll(async () => database.close());

	it('issues one code per attendee, mails each the PDF once, and the code verifies', async () => {
		const longName = 'Maria-Magdalena Österreicher-Müllerschön von Übersee-Kleinmachnow';
		const { eventId } = await pastEvent(
			ctx,
			[longName, 'Jörg Beispiel', 'Nie Dagewesen'],
			[
				[true, true],
				[true, false],
				[false, false]
			]
		);
		const first = await issueCertificates(ctx, eventId, { baseUrl: BASE, send: true });
		expect(first).toEqual({ issued: 2, sent: 2 });
		// A second click neither issues nor mails again.
		expect(await issueCertificates(ctx, eventId, { baseUrl: BASE, send: true })).toEqual({ issued: 0, sent: 0 });

		const mails = await withSystem(database.db, (tx) =>
			tx.select().from(outbox).where(eq(outbox.template, 'event_certificate'))
		);
		expect(mails.map((m) => m.toAddress).sort()).toEqual(['teilnahme0@example.org', 'teilnahme1@example.org']);
		const full = mails.find((m) => m.toAddress === 'teilnahme0@example.org')!;
		expect(full.textBody).toContain(`${BASE}/anmeldung/${ctx.network.slug}/`);
		const pdf = Buffer.from(full.attachments[0]!.contentBase64, 'base64');
		expect(full.attachments[0]!.contentType).toBe('application/pdf');
		const text = pdfPages(pdf).join(' ');
		expect(text).toContain('Teilnahmebescheinigung');
		expect(text).toContain('Maria-Magdalena Österreicher-Müllerschön');
		expect(text).toContain('Kinderschutz nach § 8a SGB VIII – Grundlagen');
		expect(text).toContain('Umfang: 8 Unterrichtseinheiten');
		expect(text).toContain('Dana Beispiel, Netzwerkkoordination');
		const half = mails.find((m) => m.toAddress === 'teilnahme1@example.org')!;
		const halfText = pdfPages(Buffer.from(half.attachments[0]!.contentBase64, 'base64')).join(' ');
		expect(halfText).toContain('Umfang: 4 Unterrichtseinheiten');
		expect(halfText).toContain('Teilgenommen an 1 von 2 Terminen');

		const [reg] = await withSystem(database.db, (tx) =>
			tx
				.select({ code: eventRegistrations.certificateCode })
				.from(eventRegistrations)
				.where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.name, 'Jörg Beispiel')))
		);
		expect(text).toMatch(/Prüfcode [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
		const verified = await verifyCertificate(ctx, reg!.code!.toLowerCase().replace(/-/g, ' '));
		expect(verified).toMatchObject({
			holderName: 'Jörg Beispiel',
			hours: '4.0',
			eventTitle: 'Kinderschutz nach § 8a SGB VIII – Grundlagen'
		});
		expect(await verifyCertificate(ctx, 'AAAA-BBBB-CCCC')).toBeNull();
		expect(await verifyCertificate(ctx, '<script>')).toBeNull();
		const audit = await withSystem(database.db, (tx) =>
			tx
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.entityId, eventId), eq(auditLog.action, 'event.certificates_sent')))
		);
		expect(audit).toHaveLength(2);
	});

	it('refuses before the first session has ended, and for anyone but the coordinator', async () => {
		const { eventId } = await pastEvent(ctx, ['Früh Dran'], [[true, true]]);
		const early = { ...ctx, now: new Date('2027-03-01T09:00:00Z') };
		await expect(issueCertificates(early, eventId, { baseUrl: BASE, send: true })).rejects.toSatisfy(
			(e) => isAppError(e) && e.code === 'validation'
		);
		await expect(issueCertificates({ ...ctx, actor: null }, eventId, { baseUrl: BASE, send: false })).rejects.toSatisfy(
			(e) => isAppError(e) && e.code === 'unauthenticated'
		);
		const other = await makeNetwork(database.db, 'bescheinigung-andere');
		const otherCoordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: other.id }] });
		await expect(
			issueCertificates({ ...tenantContext(database.db, other, otherCoordinator), now: NOW }, eventId, {
				baseUrl: BASE,
				send: false
			})
		).rejects.toSatisfy((e) => isAppError(e) && e.code === 'not_found');
		expect(await verifyCertificate(tenantContext(database.db, other, null), normaliseCode('x'))).toBeNull();
	});

	it('puts the uploaded signature and signer on every certificate; refuses what is no image or too large', async () => {
		const { eventId } = await pastEvent(
			ctx,
			['Signe Beispiel', 'Theo Muster'],
			[
				[true, true],
				[true, true]
			]
		);
		await expect(
			setCertificateSigner(ctx, eventId, {
				signer: 'X',
				image: Buffer.from('%PDF-1.4 not an image'),
				removeImage: false
			})
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.field === 'signature');
		await expect(
			setCertificateSigner(ctx, eventId, {
				signer: 'X',
				image: Buffer.concat([png(1, 1), Buffer.alloc(600 * 1024)]),
				removeImage: false
			})
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.message === 'events.error.signatureTooLarge');
		await setCertificateSigner(ctx, eventId, {
			signer: 'Uta Unterschrift, Jugendamtsleitung',
			image: png(40, 12),
			removeImage: false
		});
		await issueCertificates(ctx, eventId, { baseUrl: BASE, send: false });
		const overview = await certificateOverview(ctx, eventId);
		expect(overview).toMatchObject({ hasSignature: true, registered: 2, attended: 2, issued: 2, sent: 0 });
		const { pdf } = await allCertificatesPdf(ctx, eventId, BASE);
		const pages = pdfPages(pdf);
		expect(pages).toHaveLength(2);
		expect(pages.every((p) => p.includes('Uta Unterschrift, Jugendamtsleitung'))).toBe(true);
		// The image is drawn on each page (an image XObject painted with "Do").
		expect(pdf.toString('latin1')).toContain('/Subtype /Image');
		expect(pdfContent(pdf).match(/\/I\d+ Do/g)?.length).toBeGreaterThanOrEqual(2);
		await setCertificateSigner(ctx, eventId, { signer: '', image: null, removeImage: true });
		expect((await certificateOverview(ctx, eventId)).hasSignature).toBe(false);
	});
});

/** A tiny valid PNG (grey), made here so the test needs no file. */
function png(width: number, height: number): Buffer {
	const crcTable = Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	const crc = (b: Buffer) => {
		let c = 0xffffffff;
		for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
		return (c ^ 0xffffffff) >>> 0;
	};
	const chunk = (type: string, data: Buffer) => {
		const len = Buffer.alloc(4);
		len.writeUInt32BE(data.length);
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const sum = Buffer.alloc(4);
		sum.writeUInt32BE(crc(body));
		return Buffer.concat([len, body, sum]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = 0; // greyscale
	const rows = Buffer.concat(
		Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 0x40)]))
	);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', zlib.deflateSync(rows)),
		chunk('IEND', Buffer.alloc(0))
	]);
}
