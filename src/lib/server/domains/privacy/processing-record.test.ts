import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { parseWith } from '$lib/server/http/forms';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { pdfPages } from '$tests/pdf-text';
import { buildProcessingRecord } from './build-processing-record';
import { gatherPrivacyFacts, type InstallationSetup } from './gather-privacy-facts';
import { privacyNoticeTemplate } from './privacy-notice-template';
import { processingRecordPdf } from './processing-record-pdf';
import { retentionSchema } from './retention-schema';
import { saveProcessingRecord } from './save-processing-record';
import { saveRetentionRules } from './save-retention-rules';

const SETUP: InstallationSetup = { publicUrl: 'https://portal.example.org', mapTileUrl: '' };
const BRAND = { networkName: 'Netzwerk Test', colour: '#1d5c8f', logo: null, note: null };
const form = (v: Record<string, string>) => ({
	outbox_bodies: '90',
	event_registrations: '180',
	contact_requests_open: '30',
	contact_requests_done: '7',
	rsvp_answers: '365',
	audit_log: '1095',
	...v
});

describe('the retention form', () => {
	it('takes whole days within each rule’s limits and names the problem otherwise', () => {
		expect(parseWith(retentionSchema, form({}))).toMatchObject({ ok: true, data: { outbox_bodies: 90 } });
		const bad = parseWith(
			retentionSchema,
			form({ outbox_bodies: '12,5', event_registrations: '5', rsvp_answers: '', audit_log: '99999' })
		);
		expect(bad.ok).toBe(false);
		if (!bad.ok)
			expect(bad.errors).toEqual({
				outbox_bodies: 'privacy.retention.error.whole',
				event_registrations: 'privacy.retention.error.range',
				rsvp_answers: 'error.required',
				audit_log: 'privacy.retention.error.range'
			});
	});
});

describe.each(TEST_DATABASE_KINDS)('the Art. 30 record on %s', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('states the configured periods, the typed controller and the measures the database shows; the PDF carries them', async () => {
		const network = await makeNetwork(database.db, 'verzeichnis');
		const coordinator = await makeUser(database.db, {
			password: 'ein langes Testpasswort 123',
			roles: [{ role: 'coordinator', networkId: network.id }]
		});
		const ctx = tenantContext(database.db, network, coordinator);
		await saveRetentionRules(ctx, {
			outbox_bodies: 45,
			event_registrations: 180,
			contact_requests_open: 30,
			contact_requests_done: 7,
			rsvp_answers: 365,
			audit_log: 1095
		});
		await saveProcessingRecord(ctx, {
			controllerName: 'Stadt Musterhausen, Jugendamt',
			controllerAddress: 'Musterplatz 1, 12345 Musterhausen',
			dpoContact: 'Behördliche Datenschutzbeauftragte, datenschutz@example.org',
			notes: '',
			version: 0
		});
		const facts = await gatherPrivacyFacts(ctx, SETUP);
		expect(facts.measures.forcedRls.tables).toBeGreaterThan(10);
		expect(facts.measures.forcedRls.forced).toBe(facts.measures.forcedRls.tables);
		expect(facts.measures.passwordsArgon2id).toBe(true);
		const record = buildProcessingRecord(facts);
		const text = JSON.stringify(record);
		expect(text).toContain('45 Tage');
		expect(text).not.toContain('90 Tage');
		expect(text).toContain('Stadt Musterhausen, Jugendamt');
		expect(text).toContain('Zeilensicherheit');
		expect(text).toContain('Keine Anfragen an Dritte');

		// With map tiles from elsewhere the record must not claim "no third-party requests", and names the tile host.
		const withTiles = JSON.stringify(
			buildProcessingRecord(
				await gatherPrivacyFacts(ctx, { ...SETUP, mapTileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png' })
			)
		);
		expect(withTiles).not.toContain('Keine Anfragen an Dritte');
		expect(withTiles).toContain('tiles.example.org');

		const pages = pdfPages(await processingRecordPdf(record, BRAND, new Date('2027-03-01T10:00:00Z')));
		const pdf = pages.join(' ');
		expect(pdf).toContain('Verzeichnis von Verarbeitungstätigkeiten');
		expect(pdf).toContain('Stadt Musterhausen, Jugendamt');
		expect(pdf).toContain('45 Tage');

		const notice = privacyNoticeTemplate(facts);
		expect(notice).toContain('## Verantwortliche Stelle');
		expect(notice).toContain('Stadt Musterhausen, Jugendamt');
		expect(notice).toContain('Inhalt versandter E-Mails: 45 Tage');
	});

	it('is for the coordination only', async () => {
		const network = await makeNetwork(database.db, 'verzeichnis-rollen');
		const member = await makeUser(database.db, { roles: [{ role: 'member', networkId: network.id }] });
		const ctx = tenantContext(database.db, network, member);
		const refused = await saveRetentionRules(ctx, {
			outbox_bodies: 90,
			event_registrations: 180,
			contact_requests_open: 30,
			contact_requests_done: 7,
			rsvp_answers: 365,
			audit_log: 1095
		}).catch((e: unknown) => e);
		expect(isAppError(refused) && refused.code).toBe('forbidden');
		expect(isAppError(await gatherPrivacyFacts(ctx, SETUP).catch((e: unknown) => e))).toBe(true);
	});

	it('refuses a period outside the rule’s limits in the use case too', async () => {
		const network = await makeNetwork(database.db, 'verzeichnis-grenzen');
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const refused = await saveRetentionRules(tenantContext(database.db, network, coordinator), {
			outbox_bodies: 1,
			event_registrations: 180,
			contact_requests_open: 30,
			contact_requests_done: 7,
			rsvp_answers: 365,
			audit_log: 1095
		}).catch((e: unknown) => e);
		expect(isAppError(refused) && refused.details).toMatchObject({ field: 'outbox_bodies' });
	});
});
