import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { PDFDocument as PdfLib } from 'pdf-lib';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { agreementSignatures, contacts, networks, organisations, outbox } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { localFileStore } from '$lib/server/domains/documents/local-file-store';
import { startPdf } from '$lib/server/pdf/pdf-document';
import { pdfPages } from '$tests/pdf-text';
import { PNG } from '$tests/file-fixtures';
import { getAgreement } from './get-agreement';
import { listPublicAgreements } from './list-agreements';
import { saveAgreement } from './save-agreement';
import { saveVersion } from './save-version';
import { remindUnsigned } from './remind-signatures';
import { sendForSignature } from './send-for-signature';
import { sendAgreementReminders } from './send-agreement-reminders';
import { declineWithLink, describeSignatureLink, signWithLink } from './sign-agreement';
import { recordSignature, reopenSignature } from './record-signature';
import { signedAgreementPdf } from './agreement-pdf';
import { openOwnSigningLink, ownAgreements } from './own-agreements';
import { linkIn } from '$tests/smtp';
import { sha256Hex } from '$lib/server/domains/shared/crypto';
import { networkDashboard } from '$lib/server/domains/dashboard/network-dashboard';

async function onePagePdf(text: string): Promise<Buffer> {
	const { doc, done } = startPdf('Test');
	doc.text(text);
	doc.end();
	return done;
}

describe.each(TEST_DATABASE_KINDS)('agreements with signatures (%s)', (kind) => {
	let database: Database;
	let filesDir: string;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
		filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-files-'));
	});
	afterAll(async () => {
		await database?.close();
		fs.rmSync(filesDir, { recursive: true, force: true });
	});

	it('sends a version, signs by link with confirmation, declines, records a scan, and asks again for a new version', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const now = new Date('2026-03-01T09:00:00Z');
		const ctx = {
			...tenantContext(db, network, coordinator),
			baseUrl: 'http://localhost',
			now,
			files: localFileStore(filesDir),
			maxUploadBytes: 10 * 1024 * 1024
		};
		const orgs = await withSystem(db, async (tx) => {
			const rows = await tx
				.insert(organisations)
				.values([
					{ networkId: network.id, name: 'A Kita (Beispiel)', membershipStatus: 'mitglied' },
					{
						networkId: network.id,
						name: 'B Jobcenter (Beispiel)',
						membershipStatus: 'kooperationspartner',
						email: 'jobcenter@example.org'
					},
					{ networkId: network.id, name: 'C Praxis ohne Adresse (Beispiel)', membershipStatus: 'mitglied' },
					{
						networkId: network.id,
						name: 'D Angefragt (Beispiel)',
						membershipStatus: 'angefragt',
						email: 'd@example.org'
					},
					{ networkId: other.id, name: 'Fremd (Beispiel)', membershipStatus: 'mitglied', email: 'fremd@example.org' }
				])
				.returning();
			await tx.insert(contacts).values({
				networkId: network.id,
				organisationId: rows[0]!.id,
				name: 'Anna Beispiel',
				email: 'anna@example.org'
			});
			return rows;
		});
		const [a, , c] = orgs;

		const { id: agreementId } = await saveAgreement(ctx, null, {
			version: 0,
			kind: 'kooperationsvereinbarung',
			title: 'Kooperationsvereinbarung'
		});
		await expect(
			saveVersion(ctx, agreementId, null, { version: 0, text: '', adoptedOn: '2026-02-15' }, null)
		).rejects.toSatisfy((e) => isAppError(e, 'validation'));
		await expect(
			saveVersion(
				ctx,
				agreementId,
				null,
				{ version: 0, text: '', adoptedOn: '2026-02-15' },
				{ data: PNG, name: 'bild.pdf' }
			)
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.message === 'error.agreementPdfOnly');
		const { id: v1 } = await saveVersion(
			ctx,
			agreementId,
			null,
			{ version: 0, text: '## § 1 Ziel\n\nZusammenarbeit.\n\n- Konferenz\n- Austausch', adoptedOn: '2026-02-15' },
			null
		);

		const sent = await sendForSignature(ctx, agreementId, v1);
		expect(sent).toEqual({ sent: 2, withoutAddress: ['C Praxis ohne Adresse (Beispiel)'] });
		const mails = await withSystem(db, (tx) =>
			tx.select().from(outbox).where(eq(outbox.template, 'agreement_request'))
		);
		expect(mails.map((m) => m.toAddress).sort()).toEqual(['anna@example.org', 'jobcenter@example.org']);
		await expect(
			saveVersion(ctx, agreementId, v1, { version: 1, text: 'geändert', adoptedOn: '2026-02-15' }, null)
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.message === 'error.agreementVersionSent');

		// The links as the organisations got them; the database holds only their hashes.
		const tokenA = linkIn(mails.find((m) => m.toAddress === 'anna@example.org')!.textBody, '/unterschrift/')
			.split('/')
			.pop()!;
		const tokenB = linkIn(mails.find((m) => m.toAddress === 'jobcenter@example.org')!.textBody, '/unterschrift/')
			.split('/')
			.pop()!;
		const rows = await withSystem(db, (tx) => tx.select().from(agreementSignatures));
		expect(JSON.stringify(rows)).not.toContain(tokenA);
		expect(rows.find((r) => r.organisationId === a!.id)!.tokenHashes).toEqual([sha256Hex(tokenA)]);
		expect(await describeSignatureLink(db, network.slug, tokenA)).toMatchObject({
			state: 'open',
			organisationName: 'A Kita (Beispiel)',
			number: 1,
			adoptedOn: '2026-02-15'
		});
		expect(await describeSignatureLink(db, other.slug, tokenA)).toEqual({ state: 'other_network' });
		expect(await describeSignatureLink(db, network.slug, 'x'.repeat(43))).toEqual({ state: 'unknown' });
		expect(
			await signWithLink(db, other.slug, tokenA, { signerName: 'Fremd', signerFunction: 'X', confirm: 'ja' }, now)
		).toEqual({ state: 'other_network' });

		expect(
			await signWithLink(
				db,
				network.slug,
				tokenA,
				{ signerName: 'Anna Beispiel', signerFunction: 'Leitung', confirm: 'ja' },
				now
			)
		).toMatchObject({ state: 'signed', signerName: 'Anna Beispiel', signedOn: '2026-03-01' });
		expect(await declineWithLink(db, network.slug, tokenA, 'zu spät', now)).toMatchObject({ state: 'signed' }); // a signature stays
		expect(await declineWithLink(db, network.slug, tokenB, 'Geschäftsleitung prüft noch', now)).toMatchObject({
			state: 'declined'
		});
		await expect(remindUnsigned(ctx, agreementId, v1)).rejects.toSatisfy(
			(e) => isAppError(e, 'validation') && e.details.message === 'error.agreementNothingOpen'
		);

		await expect(
			recordSignature(
				ctx,
				agreementId,
				v1,
				{
					outcome: 'signed',
					organisationId: c!.id,
					signerName: 'Paul Platzhalter',
					signerFunction: 'Inhaber',
					signedOn: '2026-02-20'
				},
				null
			)
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.field === 'scan');
		await expect(
			recordSignature(
				ctx,
				agreementId,
				v1,
				{
					outcome: 'signed',
					organisationId: c!.id,
					signerName: 'Paul Platzhalter',
					signerFunction: 'Inhaber',
					signedOn: '2026-02-20'
				},
				{ data: Buffer.from('not an image'), name: 'scan.png' }
			)
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.message === 'error.scanType');
		await recordSignature(
			ctx,
			agreementId,
			v1,
			{
				outcome: 'signed',
				organisationId: c!.id,
				signerName: 'Paul Platzhalter',
				signerFunction: 'Inhaber',
				signedOn: '2026-02-20'
			},
			{ data: PNG, name: 'scan.png' }
		);

		const matrix = await getAgreement(ctx, agreementId);
		const cell = (name: string) => matrix.rows.find((r) => r.organisation.name === name)!.cells[0]!;
		expect(matrix.rows.map((r) => r.organisation.name)).toEqual([
			'A Kita (Beispiel)',
			'B Jobcenter (Beispiel)',
			'C Praxis ohne Adresse (Beispiel)'
		]); // not D (only asking), not the other network
		expect(cell('A Kita (Beispiel)')).toMatchObject({ state: 'signed', method: 'link', signerName: 'Anna Beispiel' });
		expect(cell('B Jobcenter (Beispiel)')).toMatchObject({
			state: 'declined',
			declineReason: 'Geschäftsleitung prüft noch'
		});
		expect(cell('C Praxis ohne Adresse (Beispiel)')).toMatchObject({ state: 'signed', method: 'scan', hasScan: true });
		expect(await listPublicAgreements(tenantContext(db, network, null))).toEqual([
			{
				kind: 'kooperationsvereinbarung',
				title: 'Kooperationsvereinbarung',
				number: 1,
				adoptedOn: '2026-02-15',
				signed: 2
			}
		]);
		expect(await listPublicAgreements(tenantContext(db, other, null))).toEqual([]);
		expect((await networkDashboard(ctx)).agreements).toMatchObject([
			{ title: 'Kooperationsvereinbarung', number: 1, signed: 2, declined: 1, open: 0 }
		]);

		// A new version with an uploaded PDF: everyone is asked again, old open links are superseded.
		const uploaded = await onePagePdf('Wortlaut der Fassung 2');
		const { id: v2 } = await saveVersion(
			ctx,
			agreementId,
			null,
			{ version: 0, text: '', adoptedOn: '2026-09-01' },
			{ data: uploaded, name: 'Fassung 2.pdf' }
		);
		await expect(
			saveVersion(ctx, agreementId, null, { version: 0, text: 'noch eine', adoptedOn: '2026-09-01' }, null)
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.message === 'error.agreementDraftExists');
		const second = await sendForSignature(ctx, agreementId, v2);
		expect(second.sent).toBe(2);
		const request = (
			await withSystem(db, (tx) => tx.select().from(outbox).where(eq(outbox.template, 'agreement_request')))
		).find((m) => m.toAddress === 'anna@example.org' && m.subject.includes('Fassung 2'));
		expect(request?.textBody).toContain('vorige Fassung unterzeichnet');
		expect(request?.textBody).toContain(`http://localhost/unterschrift/${network.slug}/`);
		expect(await describeSignatureLink(db, network.slug, tokenB)).toEqual({ state: 'superseded' });
		expect(await describeSignatureLink(db, network.slug, tokenA)).toMatchObject({ state: 'signed' }); // the old signature still shows
		await expect(sendForSignature(ctx, agreementId, v1)).rejects.toSatisfy(
			(e) => isAppError(e, 'validation') && e.details.message === 'error.agreementVersionSuperseded'
		);
		const firstV2 = (
			await withSystem(db, (tx) => tx.select().from(outbox).where(eq(outbox.template, 'agreement_request')))
		).find((m) => m.toAddress === 'jobcenter@example.org' && m.subject.includes('Fassung 2'))!;
		const requestLink = linkIn(firstV2.textBody, '/unterschrift/').split('/').pop()!;
		expect((await remindUnsigned(ctx, agreementId, v2)).reminded).toBe(2);
		// The reminder carries a new link; the one in the first mail keeps working.
		const reminderMail = (
			await withSystem(db, (tx) => tx.select().from(outbox).where(eq(outbox.template, 'agreement_request')))
		).find((m) => m.toAddress === 'jobcenter@example.org' && m.subject.startsWith('Erinnerung'))!;
		const reminderLink = linkIn(reminderMail.textBody, '/unterschrift/').split('/').pop()!;
		expect(reminderLink).not.toBe(requestLink);
		expect(await describeSignatureLink(db, network.slug, requestLink)).toMatchObject({ state: 'open', number: 2 });
		expect(await describeSignatureLink(db, network.slug, reminderLink)).toMatchObject({ state: 'open', number: 2 });
		expect(JSON.stringify(await withSystem(db, (tx) => tx.select().from(agreementSignatures)))).not.toContain(
			reminderLink
		);
		// The scheduled reminder: 14 days after the last one, at most three reminders in all.
		const later = (days: number) => ({ now: new Date(now.getTime() + days * 86_400_000), baseUrl: 'http://localhost' });
		expect(await sendAgreementReminders(db, later(10))).toEqual({ reminded: 0 });
		expect(await sendAgreementReminders(db, later(15))).toEqual({ reminded: 2 });
		expect(await sendAgreementReminders(db, later(30))).toEqual({ reminded: 2 });
		expect(await sendAgreementReminders(db, later(45))).toEqual({ reminded: 0 });
		expect(
			(await getAgreement(ctx, agreementId)).rows.find((r) => r.organisation.name === 'A Kita (Beispiel)')!.cells[1]
		).toMatchObject({ state: 'sent', reminders: 3 });

		const textPdf = await signedAgreementPdf(ctx, agreementId, v1);
		expect((await PdfLib.load(textPdf.pdf)).getPageCount()).toBe(1);
		// The page header (network name) is drawn last, after the signature table.
		expect(
			pdfPages(textPdf.pdf)[0]!.endsWith(
				`C Praxis ohne Adresse (Beispiel) Paul Platzhalter Inhaber 20.02.2026, Papier (Scan) ${network.name}`
			)
		).toBe(true);
		expect(pdfPages(textPdf.pdf)[0]).not.toContain('Beispieldaten');
		// A demo network's documents say so (the portal's is_demo flag).
		await withSystem(db, (tx) => tx.update(networks).set({ isDemo: true }).where(eq(networks.id, network.id)));
		const merged = await signedAgreementPdf(ctx, agreementId, v2);
		expect((await PdfLib.load(merged.pdf)).getPageCount()).toBe(3); // cover, the uploaded page, signature list
		const mergedPages = pdfPages(merged.pdf);
		expect(mergedPages[0]).toContain(`${network.name} Beispieldaten: Alle Personen`);
		expect(mergedPages[2]).toContain(`${network.name} Beispieldaten: Alle Personen`);
		expect(mergedPages[1]).toBe('Wortlaut der Fassung 2');
		expect(merged.fileName).toBe('Kooperationsvereinbarung-Fassung-2-unterzeichnet.pdf');

		// A provider editor of an organisation sees where it stands, with its signing link while open.
		const editorOfA = await makeUser(db, {
			roles: [{ role: 'provider', networkId: network.id, organisationId: a!.id }]
		});
		const own = await ownAgreements(tenantContext(db, network, editorOfA));
		expect(own).toHaveLength(1);
		expect(own[0]).toMatchObject({ title: 'Kooperationsvereinbarung', number: 2, state: 'sent', open: true });
		const ownLink = await openOwnSigningLink(
			{ ...tenantContext(db, network, editorOfA), baseUrl: 'http://localhost' },
			own[0]!.versionId
		);
		expect(ownLink).toMatch(new RegExp(`^http://localhost/unterschrift/${network.slug}/[A-Za-z0-9_-]{40,}$`));
		expect(await describeSignatureLink(db, network.slug, ownLink.split('/').pop()!)).toMatchObject({
			state: 'open',
			organisationName: 'A Kita (Beispiel)'
		});

		// A mistaken entry is taken back: open again, the scan deleted.
		const scansDir = path.join(filesDir, network.id, 'scans');
		expect(fs.readdirSync(scansDir)).toHaveLength(1);
		await reopenSignature(ctx, agreementId, v1, c!.id);
		expect(
			(await getAgreement(ctx, agreementId)).rows.find((r) => r.organisation.id === c!.id)!.cells[0]
		).toMatchObject({ state: 'sent', signerName: '', hasScan: false });
		expect(fs.readdirSync(scansDir)).toHaveLength(0);
		await expect(reopenSignature(ctx, agreementId, v1, c!.id)).rejects.toSatisfy((e) => isAppError(e, 'not_found'));

		// Member and anonymous cannot reach the coordinator's use cases; the other network sees nothing.
		const member = await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] });
		await expect(getAgreement(tenantContext(db, network, member), agreementId)).rejects.toSatisfy((e) =>
			isAppError(e, 'forbidden')
		);
		const otherCoordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: other.id }] });
		await expect(getAgreement(tenantContext(db, other, otherCoordinator), agreementId)).rejects.toSatisfy((e) =>
			isAppError(e, 'not_found')
		);
	});
});
