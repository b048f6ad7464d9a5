import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { contacts, outbox, roleAssignments, users } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeOrganisation, makeUser, tenantContext } from '$tests/fixtures';
import { contactAccess, inviteContact } from './invite-contact';

describe.each(TEST_DATABASE_KINDS)('inviting a contact to an account (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('creates a member account with an invitation link, adds a provider role to it later, and refuses what makes no sense', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const org = await makeOrganisation(db, network.id, 'Familienzentrum Sonnenblume (Beispiel)');
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = { ...tenantContext(db, network, coordinator), baseUrl: 'http://localhost' };
		const [withMail, withoutMail] = await withSystem(db, (tx) =>
			tx
				.insert(contacts)
				.values([
					{ networkId: network.id, organisationId: org.id, name: 'Paul Platzhalter', email: 'Paul@example.org' },
					{ networkId: network.id, organisationId: org.id, name: 'Ohne Adresse', email: '' }
				])
				.returning()
		);

		expect(await contactAccess(ctx, withMail!.id)).toEqual({ state: 'none' });
		expect(await inviteContact(ctx, withMail!.id, 'member')).toEqual({ newAccount: true });
		expect(await contactAccess(ctx, withMail!.id)).toEqual({ state: 'invited', roles: ['member'] });
		const invitation = (
			await withSystem(db, (tx) => tx.select().from(outbox).where(eq(outbox.toAddress, 'paul@example.org')))
		)[0]!;
		expect(invitation.category).toBe('account');
		expect(invitation.textBody).toContain('http://localhost/einladung/');
		expect(invitation.textBody).toContain('Netzwerkmitglied');

		// Once the password is set, the same role again is refused; another role is added and announced.
		await withSystem(db, (tx) =>
			tx.update(users).set({ passwordHash: 'gesetzt' }).where(eq(users.email, 'paul@example.org'))
		);
		await expect(inviteContact(ctx, withMail!.id, 'member')).rejects.toSatisfy(
			(e) => isAppError(e, 'validation') && e.details.message === 'error.alreadyHasRole'
		);
		expect(await inviteContact(ctx, withMail!.id, 'provider')).toEqual({ newAccount: false });
		const grants = await withSystem(db, (tx) =>
			tx
				.select()
				.from(roleAssignments)
				.innerJoin(users, eq(users.id, roleAssignments.userId))
				.where(and(eq(users.email, 'paul@example.org'), eq(roleAssignments.role, 'provider')))
		);
		expect(grants.map((g) => g.role_assignments.organisationId)).toEqual([org.id]);
		expect(
			(await withSystem(db, (tx) => tx.select().from(outbox).where(eq(outbox.template, 'role_granted'))))[0]?.subject
		).toContain('Neuer Zugang: Anbieter');
		expect(await contactAccess(ctx, withMail!.id)).toEqual({ state: 'active', roles: ['member', 'provider'] });

		await expect(inviteContact(ctx, withoutMail!.id, 'member')).rejects.toSatisfy(
			(e) => isAppError(e, 'validation') && e.details.message === 'error.contactWithoutEmail'
		);
		const otherCoordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: other.id }] });
		await expect(
			inviteContact(
				{ ...tenantContext(db, other, otherCoordinator), baseUrl: 'http://localhost' },
				withMail!.id,
				'member'
			)
		).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		const member = await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] });
		await expect(
			inviteContact({ ...tenantContext(db, network, member), baseUrl: 'http://localhost' }, withMail!.id, 'member')
		).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
	});
});
