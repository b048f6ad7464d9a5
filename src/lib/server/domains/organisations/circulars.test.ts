import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database, Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { contacts, districts, outbox, type MembershipStatus } from '$lib/server/db/schema';
import { linkHash } from '$lib/server/domains/shared/personal-link';
import { isAppError } from '$lib/server/errors';
import { parseWith } from '$lib/server/http/forms';
import { linkIn } from '$tests/smtp';
import { makeNetwork, makeUser, memberOrganisationForm, person, tenantContext } from '$tests/fixtures';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { saveBody } from '$lib/server/domains/bodies/save-body';
import { getOrganisation } from './get-organisation';
import { saveOrganisation } from './save-organisation';
import {
	circularSchema,
	listCirculars,
	optOutOfCirculars,
	previewRecipients,
	sendCircular,
	type CircularInput,
	type RecipientFilter
} from './circulars';

const BASE_URL = 'http://localhost';

async function organisation(
	ctx: TenantContext,
	name: string,
	o: { status?: MembershipStatus; category?: string; districtIds?: string[] } = {}
) {
	const input = memberOrganisationForm({
		name,
		districtIds: o.districtIds ?? [],
		partnerCategoryId: o.category ?? '',
		membershipStatus: o.status ?? ''
	});
	return (await saveOrganisation(ctx, null, input)).id;
}

async function district(db: Db, networkId: string, name: string) {
	const [row] = await withSystem(db, (tx) => tx.insert(districts).values({ networkId, name }).returning());
	return row!.id;
}

async function circularMails(db: Db, networkId: string) {
	const rows = await withSystem(db, (tx) =>
		tx
			.select()
			.from(outbox)
			.where(and(eq(outbox.networkId, networkId), eq(outbox.template, 'circular')))
	);
	// A mailbox is case-insensitive: which spelling of a shared address the mail carries depends on row order.
	return rows
		.map((r) => ({ ...r, toAddress: r.toAddress.toLowerCase() }))
		.sort((a, b) => a.toAddress.localeCompare(b.toAddress));
}

const filter = (f: Partial<RecipientFilter>): RecipientFilter => ({
	statuses: ['mitglied', 'kooperationspartner'],
	categories: [],
	bodyId: '',
	districtId: '',
	essential: false,
	...f
});
const circular = (f: Partial<CircularInput>): CircularInput => ({
	subject: 'Einladung zur Netzwerkkonferenz',
	body: 'Liebe Netzwerkpartner, …',
	...filter(f),
	...f
});

describe('circular form', () => {
	it('needs a subject, a text and at least one membership status', () => {
		const parsed = parseWith(circularSchema, {
			subject: '',
			body: '',
			essential: false,
			categories: [],
			statuses: [],
			bodyId: '',
			districtId: ''
		});
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(parsed.errors).toMatchObject({
				subject: 'error.required',
				body: 'error.required',
				statuses: 'error.chooseAtLeastOne'
			});
	});
});

describe.each(TEST_DATABASE_KINDS)('circular recipients (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('selects contacts by membership status, category, body and district, only with an address and only in the own network', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		const { categories } = await getOrganisation(ctx, null);
		const midwivesCategory = categories.find((c) => c.name === 'Hebammen und Familienhebammen')!.id;
		const north = await district(db, network.id, 'Nordviertel');
		const south = await district(db, network.id, 'Südviertel');

		const midwives = await organisation(ctx, 'Hebammenpraxis Lindenhof (Beispiel)', {
			status: 'mitglied',
			category: midwivesCategory,
			districtIds: [north]
		});
		const centre = await organisation(ctx, 'Familienzentrum Ahornweg (Beispiel)', {
			status: 'kooperationspartner',
			districtIds: [south]
		});
		const asked = await organisation(ctx, 'Kinderarztpraxis Am Markt (Beispiel)', {
			status: 'angefragt',
			districtIds: [north]
		});
		const left = await organisation(ctx, 'Beratungsstelle Alt (Beispiel)', { status: 'ausgetreten' });
		await person(ctx, midwives, 'Hanna Hebamme', 'hanna@hebammen.example.org');
		await person(ctx, midwives, 'Ohne Adresse', '');
		await person(ctx, centre, 'Fritz Zentrum', 'fritz@familienzentrum.example.org');
		const karla = await person(ctx, asked, 'Karla Kinderarzt', 'karla@kinderarzt.example.org');
		await person(ctx, left, 'Egon Ehemalig', 'egon@alt.example.org');

		// Another network with the same kind of member: never a recipient here.
		const otherCoordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: other.id }] });
		const otherCtx = tenantContext(db, other, otherCoordinator);
		const foreign = await organisation(otherCtx, 'Hebammenpraxis Anderswo (Beispiel)', { status: 'mitglied' });
		await person(otherCtx, foreign, 'Frieda Fremd', 'frieda@anderswo.example.org');

		const emails = async (f: Partial<RecipientFilter>) => (await previewRecipients(ctx, filter(f))).map((r) => r.email);
		expect(await emails({})).toEqual(['fritz@familienzentrum.example.org', 'hanna@hebammen.example.org']); // ordered by organisation
		expect(await previewRecipients(ctx, filter({ statuses: ['mitglied'] }))).toEqual([
			{
				id: expect.any(String),
				name: 'Hanna Hebamme',
				email: 'hanna@hebammen.example.org',
				organisation: 'Hebammenpraxis Lindenhof (Beispiel)'
			}
		]);
		expect(await emails({ statuses: ['angefragt', 'ausgetreten'] })).toEqual([
			'egon@alt.example.org',
			'karla@kinderarzt.example.org'
		]);
		expect(await emails({ categories: [midwivesCategory] })).toEqual(['hanna@hebammen.example.org']);
		expect(await emails({ districtId: north })).toEqual(['hanna@hebammen.example.org']);
		expect(await emails({ districtId: north, statuses: ['mitglied', 'angefragt'] })).toEqual([
			'hanna@hebammen.example.org',
			'karla@kinderarzt.example.org'
		]);
		expect(await emails({ districtId: south, categories: [midwivesCategory] })).toEqual([]);

		// A body: its listed organisations' people, plus single persons who are members themselves.
		const { id: group } = await saveBody(ctx, null, {
			version: 0,
			name: 'AG Geburt (Beispiel)',
			kind: 'arbeitsgruppe',
			purpose: '',
			external: '',
			organisationIds: [centre],
			allMembers: false,
			contactIds: [karla],
			leadContactId: null
		});
		expect(await emails({ bodyId: group, statuses: ['mitglied', 'kooperationspartner', 'angefragt'] })).toEqual([
			'fritz@familienzentrum.example.org',
			'karla@kinderarzt.example.org'
		]);
		// The status filter still applies to single persons' organisations.
		expect(await emails({ bodyId: group })).toEqual(['fritz@familienzentrum.example.org']);
		// An "all members" body reaches every member and cooperation partner.
		const { id: conference } = await saveBody(ctx, null, {
			version: 0,
			name: 'Netzwerkkonferenz (Beispiel)',
			kind: 'netzwerkkonferenz',
			purpose: '',
			external: '',
			organisationIds: [],
			allMembers: true,
			contactIds: [],
			leadContactId: null
		});
		expect(await emails({ bodyId: conference, statuses: ['mitglied', 'kooperationspartner', 'angefragt'] })).toEqual([
			'fritz@familienzentrum.example.org',
			'hanna@hebammen.example.org'
		]);

		// Sending goes to exactly the previewed people, in the own network only.
		expect(
			await sendCircular(
				{ ...ctx, baseUrl: BASE_URL },
				circular({ statuses: ['mitglied', 'kooperationspartner', 'ausgetreten'] })
			)
		).toEqual({ sent: 3 });
		expect((await circularMails(db, network.id)).map((m) => m.toAddress)).toEqual([
			'egon@alt.example.org',
			'fritz@familienzentrum.example.org',
			'hanna@hebammen.example.org'
		]);
		expect(await circularMails(db, other.id)).toEqual([]);
		expect((await listCirculars(ctx)).map((c) => [c.subject, c.recipientCount])).toEqual([
			['Einladung zur Netzwerkkonferenz', 3]
		]);
		expect(await listCirculars(otherCtx)).toEqual([]);

		// Only the coordination picks recipients.
		const member = await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] });
		await expect(previewRecipients(tenantContext(db, network, member), filter({}))).rejects.toSatisfy((e) =>
			isAppError(e, 'forbidden')
		);
		await expect(previewRecipients(tenantContext(db, network, otherCoordinator), filter({}))).rejects.toSatisfy((e) =>
			isAppError(e, 'forbidden')
		);
	});

	it('respects an opt-out for ordinary circulars but not for essential ones, and writes to a shared address once', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = { ...tenantContext(db, network, coordinator), baseUrl: BASE_URL };
		const centre = await organisation(ctx, 'Familienzentrum Ahornweg (Beispiel)', { status: 'mitglied' });
		const office = await organisation(ctx, 'Jugendamt Beispielstadt', { status: 'mitglied' });
		await person(ctx, centre, 'Fritz Zentrum', 'fritz@familienzentrum.example.org');
		await person(ctx, office, 'Olga Amt', 'olga@jugendamt.example.org');
		await person(ctx, office, 'Vertretung Olga', 'Olga@Jugendamt.example.org'); // same mailbox, other spelling

		expect(await sendCircular(ctx, circular({ subject: 'Sommerfest' }))).toEqual({ sent: 2 });
		const first = await circularMails(db, network.id);
		expect(first.map((m) => m.toAddress)).toEqual(['fritz@familienzentrum.example.org', 'olga@jugendamt.example.org']);
		const fritzMail = first.find((m) => m.toAddress.startsWith('fritz'))!;
		expect(fritzMail.subject).toContain('Sommerfest');
		expect(fritzMail.textBody).toContain('Liebe Netzwerkpartner');
		const optOut = linkIn(fritzMail.textBody, `/abbestellen/${network.slug}/`);
		const token = optOut.split('/').pop()!;

		// The link works only with its own network, then Fritz gets no more ordinary circulars.
		expect(await optOutOfCirculars(db, other.slug, token)).toBe('unknown');
		expect(await optOutOfCirculars(db, network.slug, 'zu-kurz')).toBe('unknown');
		expect((await previewRecipients(ctx, filter({}))).map((r) => r.email)).toContain(
			'fritz@familienzentrum.example.org'
		);
		expect(await optOutOfCirculars(db, network.slug, token)).toBe('done');
		expect((await previewRecipients(ctx, filter({}))).map((r) => r.email)).toEqual([
			'olga@jugendamt.example.org',
			'Olga@Jugendamt.example.org'
		]);

		await withSystem(db, (tx) => tx.delete(outbox).where(eq(outbox.networkId, network.id)));
		expect(await sendCircular(ctx, circular({ subject: 'Newsletter' }))).toEqual({ sent: 1 });
		expect((await circularMails(db, network.id)).map((m) => m.toAddress)).toEqual(['olga@jugendamt.example.org']);

		// An essential circular reaches everyone, and carries no opt-out link.
		await withSystem(db, (tx) => tx.delete(outbox).where(eq(outbox.networkId, network.id)));
		expect((await previewRecipients(ctx, filter({ essential: true }))).map((r) => r.email)).toContain(
			'fritz@familienzentrum.example.org'
		);
		expect(await sendCircular(ctx, circular({ subject: 'Geänderte Datenschutzhinweise', essential: true }))).toEqual({
			sent: 2
		});
		const essential = await circularMails(db, network.id);
		expect(essential.map((m) => m.toAddress)).toEqual([
			'fritz@familienzentrum.example.org',
			'olga@jugendamt.example.org'
		]);
		for (const mail of essential) expect(mail.textBody).not.toContain('/abbestellen/');
	});

	it('stores only hashes of opt-out links, and the link of an earlier circular keeps working after a later one', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = { ...tenantContext(db, network, coordinator), baseUrl: BASE_URL };
		const centre = await organisation(ctx, 'Familienzentrum Birkenweg (Beispiel)', { status: 'mitglied' });
		const contactId = await person(ctx, centre, 'Frida Zentrum', 'frida@familienzentrum.example.org');
		const tokenOf = async () => {
			const [mail] = await circularMails(db, network.id);
			await withSystem(db, (tx) => tx.delete(outbox).where(eq(outbox.networkId, network.id)));
			return linkIn(mail!.textBody, `/abbestellen/${network.slug}/`).split('/').pop()!;
		};
		await sendCircular(ctx, circular({ subject: 'Sommerfest' }));
		const first = await tokenOf();
		await sendCircular(ctx, circular({ subject: 'Herbsttreffen' }));
		const second = await tokenOf();
		expect(second).not.toBe(first);

		const [stored] = await withSystem(db, (tx) => tx.select().from(contacts).where(eq(contacts.id, contactId)));
		expect(stored!.tokenHashes).toEqual([linkHash(first), linkHash(second)]);
		expect(JSON.stringify(stored)).not.toContain(first);
		expect(JSON.stringify(stored)).not.toContain(second);

		expect(await optOutOfCirculars(db, network.slug, first)).toBe('done');
		expect((await previewRecipients(ctx, filter({}))).map((r) => r.email)).toEqual([]);
	});
});
