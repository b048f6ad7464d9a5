import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { rowsOf, withSystem, withTenant } from '$lib/server/db/scope';
import { auditLog, contactRequests, offers, outbox, rateLimits } from '$lib/server/db/schema';
import { parseWith } from '$lib/server/http/forms';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeOrganisation, makeUser, tenantContext } from '$tests/fixtures';
import type { Actor } from '$lib/server/domains/shared/actor';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { contactRequestSchema, type ContactRequestInput } from './contact-request-schema';
import { CONTACT_REQUESTS_PER_HOUR, submitContactRequest } from './submit-contact-request';
import { listContactRequests } from './list-contact-requests';
import { markContactRequestDone } from './mark-contact-request-done';
import { offerFormSchema, type OfferFormInput } from '$lib/server/domains/offers/offer-schema';
import { offerToFormValues } from '$lib/server/domains/offers/offer-form-values';
import { saveOffer } from '$lib/server/domains/offers/save-offer';

const BASE = 'https://portal.example.org';
const PARENT = {
	name: 'Ayşe Beispiel',
	phone: '0221 4710 555',
	email: 'ayse.beispiel@example.org',
	language: 'tr',
	bestTime: 'vormittags',
	message: 'Wir suchen eine Krabbelgruppe.',
	consent: '1'
};

function input(values: Record<string, string> = {}): ContactRequestInput {
	const parsed = parseWith(contactRequestSchema, { ...PARENT, ...values });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data;
}

const errorOf = (p: Promise<unknown>) =>
	p.then(
		() => null,
		(e: unknown) => (isAppError(e) ? e.code : String(e))
	);

describe('the contact request form (schema)', () => {
	const errors = (values: Record<string, string>) => {
		const r = parseWith(contactRequestSchema, { ...PARENT, ...values });
		return r.ok ? {} : r.errors;
	};
	it('needs a phone number or an e-mail address, one of them is enough', () => {
		expect(errors({ phone: '', email: '' })).toEqual({ phone: 'contact.form.reachRequired' });
		expect(errors({ phone: '' })).toEqual({});
		expect(errors({ email: '' })).toEqual({});
	});
	it('refuses an invalid e-mail, a phone with letters, 301 characters, an unknown language, no consent, no name', () => {
		expect(errors({ email: 'ayse@' })).toEqual({ email: 'contact.form.emailInvalid' });
		expect(errors({ phone: '0221 ABC 123' })).toEqual({ phone: 'contact.form.phoneInvalid' });
		expect(errors({ message: 'x'.repeat(301) })).toEqual({ message: 'contact.form.messageTooLong' });
		expect(errors({ message: 'x'.repeat(300) })).toEqual({});
		// Characters as people count them: 300 emoji are 300, not 600.
		expect(errors({ message: '👶'.repeat(300) })).toEqual({});
		expect(errors({ language: 'xx' })).toEqual({ language: 'contact.form.chooseLanguage' });
		expect(errors({ consent: '' })).toEqual({ consent: 'contact.form.consentRequired' });
		expect(errors({ name: '  ' })).toEqual({ name: 'contact.form.nameRequired' });
	});
	it('keeps a script tag as plain text', () => {
		expect(input({ message: '<script>alert(1)</script>' }).message).toBe('<script>alert(1)</script>');
	});
});

describe.each(TEST_DATABASE_KINDS)('contact requests (%s)', (kind) => {
	let database: Database;
	let network: Awaited<ReturnType<typeof makeNetwork>>;
	let other: Awaited<ReturnType<typeof makeNetwork>>;
	let orgId: string;
	let otherOrgId: string;
	let offerId: string;
	let offOfferId: string;
	let otherOfferId: string;
	let coordinator: Actor;
	let provider: Actor;
	let otherProvider: Actor;
	let member: Actor;
	let visitor: TenantContext & { baseUrl: string };
	let address = 0;
	const client = () => ({ clientAddress: `192.0.2.${++address}`, rateLimit: true });

	async function offer(networkId: string, organisationId: string, enabled: boolean, title: string) {
		const [o] = await withSystem(database.db, (tx) =>
			tx
				.insert(offers)
				.values({
					networkId,
					organisationId,
					title,
					offerType: 'gruppe',
					status: 'published',
					contactRequestsEnabled: enabled
				})
				.returning({ id: offers.id })
		);
		return o!.id;
	}

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		network = await makeNetwork(database.db);
		other = await makeNetwork(database.db);
		orgId = (await makeOrganisation(database.db, network.id, 'Familienzentrum Regenbogen (Beispiel)')).id;
		const secondOrgId = (await makeOrganisation(database.db, network.id, 'Hebammenpraxis Storch (Beispiel)')).id;
		otherOrgId = (await makeOrganisation(database.db, other.id)).id;
		offerId = await offer(network.id, orgId, true, 'Krabbelgruppe Regenbogen');
		offOfferId = await offer(network.id, orgId, false, 'Elterncafé Regenbogen');
		otherOfferId = await offer(other.id, otherOrgId, true, 'Babytreff anderswo');
		coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		provider = await makeUser(database.db, {
			email: 'anbieter.regenbogen@example.org',
			roles: [{ role: 'provider', networkId: network.id, organisationId: orgId }]
		});
		otherProvider = await makeUser(database.db, {
			roles: [{ role: 'provider', networkId: network.id, organisationId: secondOrgId }]
		});
		member = await makeUser(database.db, { roles: [{ role: 'member', networkId: network.id }] });
		visitor = { ...tenantContext(database.db, network, null), baseUrl: BASE };
	});
	afterAll(() => database.close());

	it('stores a request for the offer’s organisation and tells its editors by mail without any personal data', async () => {
		const before = await withSystem(database.db, (tx) => tx.select().from(outbox));
		const { id, deleteBy } = await submitContactRequest(visitor, offerId, input(), client());
		const [row] = await withSystem(database.db, (tx) =>
			tx.select().from(contactRequests).where(eq(contactRequests.id, id))
		);
		expect(row).toMatchObject({
			networkId: network.id,
			offerId,
			organisationId: orgId,
			name: 'Ayşe Beispiel',
			phone: '0221 4710 555',
			email: 'ayse.beispiel@example.org',
			language: 'tr',
			bestTime: 'vormittags',
			message: 'Wir suchen eine Krabbelgruppe.',
			status: 'open'
		});
		expect(Math.round((deleteBy.getTime() - row!.createdAt.getTime()) / 86_400_000)).toBe(30);
		const mails = (await withSystem(database.db, (tx) => tx.select().from(outbox))).filter(
			(m) => !before.some((b) => b.id === m.id)
		);
		expect(mails.map((m) => m.toAddress)).toEqual(['anbieter.regenbogen@example.org']);
		const mail = mails[0]!;
		expect(mail.textBody).toContain(`${BASE}/intern/kontaktanfragen`);
		for (const part of [mail.subject, mail.textBody, mail.htmlBody])
			for (const personal of ['Ayşe', 'Beispiel', '4710 555', 'ayse.beispiel', 'Krabbelgruppe', 'vormittags'])
				expect(part).not.toContain(personal);
	});

	it('mails the organisation’s own address when it has one', async () => {
		await withSystem(database.db, (tx) =>
			tx.execute(sql`update organisations set email = 'regenbogen@example.org' where id = ${orgId}`)
		);
		await submitContactRequest(visitor, offerId, input({ name: 'Lea' }), client());
		const [last] = await withSystem(database.db, (tx) =>
			tx
				.select()
				.from(outbox)
				.orderBy(sql`created_at desc`)
				.limit(1)
		);
		expect(last?.toAddress).toBe('regenbogen@example.org');
		await withSystem(database.db, (tx) => tx.execute(sql`update organisations set email = '' where id = ${orgId}`));
	});

	it('answers not_found for an offer without the switch, another network’s offer and a forged id, and stores nothing', async () => {
		const count = async () =>
			(await withSystem(database.db, (tx) => tx.select({ id: contactRequests.id }).from(contactRequests))).length;
		const n = await count();
		expect(await errorOf(submitContactRequest(visitor, offOfferId, input(), client()))).toBe('not_found');
		expect(await errorOf(submitContactRequest(visitor, otherOfferId, input(), client()))).toBe('not_found');
		expect(await errorOf(submitContactRequest(visitor, 'not-a-uuid', input(), client()))).toBe('not_found');
		expect(await errorOf(submitContactRequest(visitor, crypto.randomUUID(), input(), client()))).toBe('not_found');
		expect(await count()).toBe(n);
	});

	it('refuses a filled-in honeypot without storing or mailing anything', async () => {
		const before = (await withSystem(database.db, (tx) => tx.select().from(outbox))).length;
		const e = await submitContactRequest(visitor, offerId, input({ website: 'https://spam.example' }), client()).catch(
			(x: unknown) => x
		);
		expect(isAppError(e, 'validation') && e.details.message).toBe('contact.form.rejected');
		expect((await withSystem(database.db, (tx) => tx.select().from(outbox))).length).toBe(before);
	});

	it('takes twenty requests from one address in a minute only up to the limit', async () => {
		const from = { clientAddress: '198.51.100.7', rateLimit: true };
		const at = new Date();
		const outcomes: (string | null)[] = [];
		for (let i = 0; i < 20; i++)
			outcomes.push(
				await errorOf(
					submitContactRequest(
						{ ...visitor, now: new Date(at.getTime() + i * 2000) },
						offerId,
						input({ name: `Bot ${i}` }),
						from
					)
				)
			);
		expect(outcomes.filter((o) => o === null)).toHaveLength(CONTACT_REQUESTS_PER_HOUR);
		expect(outcomes.slice(CONTACT_REQUESTS_PER_HOUR).every((o) => o === 'rate_limited')).toBe(true);
		const stored = await withSystem(database.db, (tx) =>
			tx
				.select({ id: contactRequests.id })
				.from(contactRequests)
				.where(sql`${contactRequests.name} like 'Bot %'`)
		);
		expect(stored).toHaveLength(CONTACT_REQUESTS_PER_HOUR);
		// Another address is not held up by it.
		expect(await errorOf(submitContactRequest(visitor, offerId, input({ name: 'Bot x' }), client()))).toBeNull();
		await withSystem(database.db, (tx) => tx.delete(rateLimits));
	});

	it('shows the coordinator all of the network, a provider editor only their organisation’s, a member nothing', async () => {
		const mine = await listContactRequests(tenantContext(database.db, network, provider));
		expect(mine.requests.length).toBeGreaterThan(0);
		expect(mine.requests.every((r) => r.offerTitle === 'Krabbelgruppe Regenbogen')).toBe(true);
		expect(mine.requests[0]!.deleteOn.getTime() - mine.requests[0]!.createdAt.getTime()).toBe(30 * 86_400_000);
		expect((await listContactRequests(tenantContext(database.db, network, coordinator))).requests).toHaveLength(
			mine.requests.length
		);
		expect((await listContactRequests(tenantContext(database.db, network, otherProvider))).requests).toEqual([]);
		expect(await errorOf(listContactRequests(tenantContext(database.db, network, member)))).toBe('forbidden');
		expect(await errorOf(listContactRequests(tenantContext(database.db, network, null)))).toBe('unauthenticated');
		// The other network's coordinator sees none of these.
		const theirs = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: other.id }] });
		expect((await listContactRequests(tenantContext(database.db, other, theirs))).requests).toEqual([]);
	});

	it('marks a request done once (optimistic), audited by id only; outside the area it is not found', async () => {
		const { requests } = await listContactRequests(tenantContext(database.db, network, provider));
		const r = requests.find((x) => x.status === 'open')!;
		expect(await errorOf(markContactRequestDone(tenantContext(database.db, network, otherProvider), r))).toBe(
			'not_found'
		);
		const theirs = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: other.id }] });
		expect(await errorOf(markContactRequestDone(tenantContext(database.db, other, theirs), r))).toBe('not_found');
		expect(
			await errorOf(
				markContactRequestDone(tenantContext(database.db, network, provider), { ...r, version: r.version + 1 })
			)
		).toBe('conflict');
		await markContactRequestDone(tenantContext(database.db, network, provider), r);
		expect(await errorOf(markContactRequestDone(tenantContext(database.db, network, coordinator), r))).toBe('conflict');
		const after = (await listContactRequests(tenantContext(database.db, network, provider))).requests.find(
			(x) => x.id === r.id
		)!;
		expect(after.status).toBe('done');
		expect(after.deleteOn.getTime() - after.doneAt!.getTime()).toBe(7 * 86_400_000);
		const entries = await withSystem(database.db, (tx) =>
			tx
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.entity, 'contact_request'), eq(auditLog.entityId, r.id)))
		);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'contact_request.done',
			actorUserId: provider.userId,
			before: null,
			after: null
		});
		// Nothing of any request in the whole audit log.
		const text = JSON.stringify(await withSystem(database.db, (tx) => tx.select().from(auditLog)));
		for (const personal of ['Ayşe', '4710 555', 'ayse.beispiel', 'Krabbelgruppe. ', 'vormittags'])
			expect(text).not.toContain(personal);
	});

	it('keeps other networks’ requests out of reach (forced RLS) and refuses a row for another network', async () => {
		await withSystem(database.db, (tx) =>
			tx
				.insert(contactRequests)
				.values({ networkId: other.id, offerId: otherOfferId, name: 'Fremd', phone: '0221 4710 556' })
		);
		const seen = await withTenant(database.db, network.id, async (tx) =>
			rowsOf<{ network_id: string }>(await tx.execute(sql`select network_id from contact_requests`))
		);
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.every((r) => r.network_id === network.id)).toBe(true);
		const insert = withTenant(database.db, network.id, (tx) =>
			tx.execute(
				sql`insert into contact_requests (network_id, offer_id, name, phone) values (${other.id}, ${otherOfferId}, 'x', '1')`
			)
		);
		await expect(insert).rejects.toThrow();
		// Outside any tenant transaction the app role sees nothing at all.
		const outside = rowsOf(await database.db.execute(sql`select id from contact_requests`));
		expect(outside).toEqual([]);
	});

	it('takes requests once the coordinator switches "Bitte um Kontakt" on in the offer form', async () => {
		const form = (values: Record<string, unknown>) => {
			const r = parseWith(offerFormSchema, {
				...offerToFormValues(null, [], 'Musterstadt'),
				lifeStages: ['0-1'],
				title: 'Stillcafé (Beispiel)',
				summary: 'Austausch rund ums Stillen.',
				organisationId: orgId,
				status: 'published',
				...values
			});
			if (!r.ok) throw new Error(JSON.stringify(r.errors));
			return r.data as OfferFormInput;
		};
		const ctx = tenantContext(database.db, network, coordinator);
		const saved = await saveOffer(ctx, null, form({}));
		expect(await errorOf(submitContactRequest(visitor, saved.id, input(), client()))).toBe('not_found');
		await saveOffer(ctx, saved.id, form({ version: String(saved.version), contactRequestsEnabled: true }));
		const [row] = await withSystem(database.db, (tx) =>
			tx.select({ on: offers.contactRequestsEnabled }).from(offers).where(eq(offers.id, saved.id))
		);
		expect(row?.on).toBe(true);
		expect(await errorOf(submitContactRequest(visitor, saved.id, input(), client()))).toBeNull();
	});

	it('the database itself refuses a request without phone and e-mail, and a message over 300 characters', async () => {
		const bad = (values: Record<string, unknown>) =>
			withSystem(database.db, (tx) =>
				tx.insert(contactRequests).values({ networkId: network.id, offerId, name: 'x', ...values })
			);
		await expect(bad({})).rejects.toThrow();
		await expect(bad({ phone: '1', message: 'x'.repeat(301) })).rejects.toThrow();
	});
});
