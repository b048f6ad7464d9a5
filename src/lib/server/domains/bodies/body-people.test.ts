import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import type { MembershipStatus } from '$lib/server/db/schema';
import { parseWith } from '$lib/server/http/forms';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { memberOrganisationSchema } from '$lib/server/domains/organisations/organisation-schema';
import { saveOrganisation } from '$lib/server/domains/organisations/save-organisation';
import { saveContact } from '$lib/server/domains/organisations/save-contact';
import type { BodyInput } from './meeting-schema';
import { saveBody } from './manage-bodies';
import { actorBodyIds, bodyPeople } from './body-people';

async function organisation(
	ctx: TenantContext,
	name: string,
	status: MembershipStatus | '' = '',
	id: string | null = null,
	version = 0
) {
	const parsed = parseWith(memberOrganisationSchema, {
		version: String(version),
		name,
		description: '',
		street: '',
		postcode: '',
		city: '',
		phone: '',
		email: '',
		web: '',
		districtIds: [],
		partnerCategoryId: '',
		membershipStatus: status,
		statusDate: '',
		statusNote: '',
		listedPublicly: false
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return (await saveOrganisation(ctx, id, parsed.data)).id;
}

async function person(ctx: TenantContext, organisationId: string, name: string, email: string) {
	return (
		await saveContact(ctx, organisationId, null, {
			version: 0,
			name,
			role: '',
			phone: '',
			email,
			visibility: 'coordination',
			consentAt: '',
			consentMethod: '',
			consentRevokedAt: ''
		})
	).id;
}

const body = (input: Partial<BodyInput> & Pick<BodyInput, 'name'>): BodyInput => ({
	version: 0,
	kind: 'arbeitsgruppe',
	purpose: '',
	external: '',
	organisationIds: [],
	allMembers: false,
	contactIds: [],
	leadContactId: null,
	...input
});

/** Who the body reaches, as the invitation and minutes mails address them. */
const people = async (ctx: TenantContext, bodyId: string) =>
	(await tenantTx(ctx, (tx) => bodyPeople(tx, ctx, bodyId))).map(
		(p) => `${p.name} <${p.email}> (${p.organisationName})`
	);

describe.each(TEST_DATABASE_KINDS)('the people of a body (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('reaches the contacts of listed organisations, single persons and the lead, each once and only with an address', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		const centre = await organisation(ctx, 'Familienzentrum Ahornweg (Beispiel)', 'mitglied');
		const midwives = await organisation(ctx, 'Hebammenpraxis Lindenhof (Beispiel)', 'mitglied');
		const office = await organisation(ctx, 'Jugendamt Beispielstadt', 'mitglied');
		const doctors = await organisation(ctx, 'Kinderarztpraxis Am Markt (Beispiel)', 'angefragt');
		await person(ctx, centre, 'Fritz Zentrum', 'fritz@familienzentrum.example.org');
		const frieda = await person(ctx, centre, 'Frieda Zentrum', 'frieda@familienzentrum.example.org');
		await person(ctx, centre, 'Ohne Adresse', '');
		await person(ctx, midwives, 'Hanna Hebamme', 'hanna@hebammen.example.org');
		const olga = await person(ctx, office, 'Olga Amt', 'olga@jugendamt.example.org');
		await person(ctx, office, 'Otto Amt', 'otto@jugendamt.example.org');
		const karla = await person(ctx, doctors, 'Karla Kinderarzt', 'karla@kinderarzt.example.org');

		const { id } = await saveBody(
			ctx,
			null,
			body({
				name: 'AG Übergänge (Beispiel)',
				organisationIds: [centre],
				contactIds: [karla, frieda],
				leadContactId: olga
			})
		);
		expect(await people(ctx, id)).toEqual([
			'Frieda Zentrum <frieda@familienzentrum.example.org> (Familienzentrum Ahornweg (Beispiel))',
			'Fritz Zentrum <fritz@familienzentrum.example.org> (Familienzentrum Ahornweg (Beispiel))',
			'Karla Kinderarzt <karla@kinderarzt.example.org> (Kinderarztpraxis Am Markt (Beispiel))',
			'Olga Amt <olga@jugendamt.example.org> (Jugendamt Beispielstadt)'
		]);

		// Nobody yet: an empty body reaches no one.
		const { id: empty } = await saveBody(ctx, null, body({ name: 'AG Neu (Beispiel)' }));
		expect(await people(ctx, empty)).toEqual([]);
	});

	it('an "all members" body reaches every member and cooperation partner, also those who join later, and no one who left', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		const centre = await organisation(ctx, 'Familienzentrum Ahornweg (Beispiel)', 'mitglied');
		const partner = await organisation(ctx, 'Schwangerschaftsberatung Mitte (Beispiel)', 'kooperationspartner');
		const asked = await organisation(ctx, 'Kinderarztpraxis Am Markt (Beispiel)', 'angefragt');
		const resting = await organisation(ctx, 'Elternschule Ruhig (Beispiel)', 'ruhend');
		await person(ctx, centre, 'Fritz Zentrum', 'fritz@familienzentrum.example.org');
		await person(ctx, partner, 'Paula Beratung', 'paula@beratung.example.org');
		await person(ctx, asked, 'Karla Kinderarzt', 'karla@kinderarzt.example.org');
		await person(ctx, resting, 'Rolf Ruhig', 'rolf@elternschule.example.org');
		const { id: conference } = await saveBody(
			ctx,
			null,
			body({ name: 'Netzwerkkonferenz (Beispiel)', kind: 'netzwerkkonferenz', allMembers: true })
		);
		expect(await people(ctx, conference)).toEqual([
			'Fritz Zentrum <fritz@familienzentrum.example.org> (Familienzentrum Ahornweg (Beispiel))',
			'Paula Beratung <paula@beratung.example.org> (Schwangerschaftsberatung Mitte (Beispiel))'
		]);

		// The doctors become members after the body was made; the centre leaves.
		await organisation(ctx, 'Kinderarztpraxis Am Markt (Beispiel)', 'mitglied', asked, 1);
		await organisation(ctx, 'Familienzentrum Ahornweg (Beispiel)', 'ausgetreten', centre, 1);
		const newcomer = await organisation(ctx, 'Hebammenpraxis Neu (Beispiel)', 'mitglied');
		await person(ctx, newcomer, 'Nina Neu', 'nina@hebammen.example.org');
		expect(await people(ctx, conference)).toEqual([
			'Karla Kinderarzt <karla@kinderarzt.example.org> (Kinderarztpraxis Am Markt (Beispiel))',
			'Nina Neu <nina@hebammen.example.org> (Hebammenpraxis Neu (Beispiel))',
			'Paula Beratung <paula@beratung.example.org> (Schwangerschaftsberatung Mitte (Beispiel))'
		]);

		// Seen from another network, the body reaches no one (and its members stay unseen).
		const stranger = await makeUser(db, { roles: [{ role: 'coordinator', networkId: other.id }] });
		const foreign = await organisation(
			tenantContext(db, other, stranger),
			'Familienzentrum Anderswo (Beispiel)',
			'mitglied'
		);
		await person(tenantContext(db, other, stranger), foreign, 'Frieda Fremd', 'frieda@anderswo.example.org');
		expect(await people(tenantContext(db, other, stranger), conference)).toEqual([]);
		expect(await people(ctx, conference)).not.toContainEqual(expect.stringContaining('anderswo'));
	});

	it('a login belongs to the bodies of its organisation, of its contact entry, and to all-members bodies while its organisation is a member', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		const centre = await organisation(ctx, 'Familienzentrum Ahornweg (Beispiel)', 'mitglied');
		const office = await organisation(ctx, 'Jugendamt Beispielstadt', 'angefragt');
		await person(ctx, office, 'Olga Amt', 'olga@jugendamt.example.org');
		const olgaContact = await person(ctx, office, 'Olga Amt (zweite Adresse)', 'olga.amt@jugendamt.example.org');

		const { id: group } = await saveBody(
			ctx,
			null,
			body({ name: 'AG Frühe Bildung (Beispiel)', organisationIds: [centre] })
		);
		const { id: steering } = await saveBody(
			ctx,
			null,
			body({ name: 'Steuerungsgruppe (Beispiel)', kind: 'steuerungsgruppe', contactIds: [olgaContact] })
		);
		const { id: conference } = await saveBody(
			ctx,
			null,
			body({ name: 'Netzwerkkonferenz (Beispiel)', kind: 'netzwerkkonferenz', allMembers: true })
		);
		await saveBody(ctx, null, body({ name: 'Runder Tisch ohne sie (Beispiel)', kind: 'runder_tisch' }));

		const bodiesOf = async (actor: Awaited<ReturnType<typeof makeUser>>) =>
			[...(await tenantTx(ctx, (tx) => actorBodyIds(tx, ctx, actor)))].sort();
		const provider = await makeUser(db, {
			roles: [{ role: 'provider', networkId: network.id, organisationId: centre }]
		});
		expect(await bodiesOf(provider)).toEqual([group, conference].sort());
		// Olga logs in with the address of her single-person membership (any spelling).
		const member = await makeUser(db, {
			email: 'Olga.Amt@jugendamt.example.org',
			roles: [{ role: 'member', networkId: network.id }]
		});
		expect(await bodiesOf(member)).toEqual([steering]);
		// The centre leaves the network: still in the body that lists it, no longer in the conference.
		await organisation(ctx, 'Familienzentrum Ahornweg (Beispiel)', 'ausgetreten', centre, 1);
		expect(await bodiesOf(provider)).toEqual([group]);
	});
});
