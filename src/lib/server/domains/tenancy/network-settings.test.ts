import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { auditLog, networks } from '$lib/server/db/schema';
import { parseWith } from '$lib/server/http/forms';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { networkSettingsSchema, type NetworkSettingsInput } from './network-schemas';
import { updateNetworkSettings } from './update-network-settings';
import { setNetworkLogo, sniffImageType } from './set-network-logo';
import { sanitizeSvg } from './sanitize-svg';

const validForm = {
	version: '1',
	name: 'Netzwerk Frühe Hilfen Musterstadt',
	municipality: 'Musterstadt',
	municipalityKind: 'stadt',
	description: 'Beschreibung',
	goals: 'Ziel 1\nZiel 2',
	contactName: 'Koordination',
	contactAddress: 'Musterweg 1',
	contactPhone: '030 23125 777',
	contactEmail: 'koordination@example.org',
	officeHoursNote: '',
	privacyText: '',
	imprintText: '',
	accessibilityText: '',
	brandPrimary: '#1D5C8F',
	brandAccent: '#8a3a12',
	'hours-1': '09:00-12:00',
	'help-0-label': 'Elternhotline',
	'help-0-number': '030 23125 778'
};

describe('network settings schema', () => {
	it('accepts a valid form and turns hours and help numbers into structure', () => {
		const parsed = parseWith(networkSettingsSchema, validForm);
		expect(parsed.ok).toBe(true);
	});
	it('rejects a light brand colour, a bad e-mail and unreadable hours with message keys', () => {
		const parsed = parseWith(networkSettingsSchema, {
			...validForm,
			brandPrimary: '#ffff00',
			contactEmail: 'kein-at',
			'hours-2': 'vormittags',
			'help-1-label': 'Ohne Nummer'
		});
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(parsed.errors).toMatchObject({
				brandPrimary: 'error.contrastTooLow',
				contactEmail: 'error.emailInvalid',
				'hours-2': 'error.hoursFormat',
				'help-1-number': 'error.helpNumberMissing'
			});
	});
});

describe('logo content checks', () => {
	it('detects types by content and sanitises SVG', async () => {
		expect(sniffImageType(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('image/png');
		expect(sniffImageType(Buffer.from('ffd8ffe000', 'hex'))).toBe('image/jpeg');
		expect(sniffImageType(Buffer.from('<?xml version="1.0"?>\n<svg viewBox="0 0 1 1"></svg>'))).toBe('image/svg+xml');
		expect(sniffImageType(Buffer.from('GIF89a'))).toBeNull();
		expect(sniffImageType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
		const clean = await sanitizeSvg(
			'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><rect width="5" height="5" fill="red"/></a></svg>'
		);
		expect(clean).toContain('<rect');
		expect(clean).not.toMatch(/script|onload|javascript/i);
	});
});

describe.each(TEST_DATABASE_KINDS)('updateNetworkSettings on %s', (kind) => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	const input = () => {
		const parsed = parseWith(networkSettingsSchema, validForm);
		if (!parsed.ok) throw new Error('invalid fixture');
		return parsed.data as NetworkSettingsInput;
	};

	it('saves the settings with an audit entry and refuses a stale version', async () => {
		const network = await makeNetwork(database.db);
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(database.db, network, coordinator);
		const { version } = await updateNetworkSettings(ctx, input());
		expect(version).toBe(2);
		const [saved] = await withSystem(database.db, (tx) =>
			tx.select().from(networks).where(eq(networks.id, network.id))
		);
		expect(saved?.officeHours).toEqual([{ day: 1, opens: '09:00', closes: '12:00' }]);
		expect(saved?.helpNumbers).toEqual([{ label: 'Elternhotline', number: '030 23125 778' }]);
		expect(saved?.brandPrimary).toBe('#1d5c8f');
		const audit = await withSystem(database.db, (tx) =>
			tx.select().from(auditLog).where(eq(auditLog.networkId, network.id))
		);
		expect(audit.map((a) => a.entity)).toContain('network_settings');
		await expect(updateNetworkSettings(ctx, input())).rejects.toMatchObject({ code: 'conflict' });
	});

	it('forbids a coordinator of another network and a member', async () => {
		const a = await makeNetwork(database.db);
		const b = await makeNetwork(database.db);
		const coordinatorOfB = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: b.id }] });
		const memberOfA = await makeUser(database.db, { roles: [{ role: 'member', networkId: a.id }] });
		await expect(updateNetworkSettings(tenantContext(database.db, a, coordinatorOfB), input())).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(updateNetworkSettings(tenantContext(database.db, a, memberOfA), input())).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			setNetworkLogo(tenantContext(database.db, a, memberOfA), Buffer.from('ffd8ffe000', 'hex'))
		).rejects.toMatchObject({ code: 'forbidden' });
	});
});
