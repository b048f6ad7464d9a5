import { and, eq, isNull, sql } from 'drizzle-orm';
import { withSystem } from '$lib/server/db/scope';
import { contacts, networks, roleAssignments, users } from '$lib/server/db/schema';
import { t } from '$lib/i18n';
import { AppError } from '$lib/server/errors';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { requireRole } from '../shared/actor';
import { issueToken, TOKEN_VALID_HOURS } from './auth-tokens';

export const CONTACT_ACCOUNT_ROLES = ['member', 'provider'] as const;
export type ContactAccountRole = (typeof CONTACT_ACCOUNT_ROLES)[number];

export type ContactAccess =
	{ state: 'none' } | { state: 'invited' | 'active' | 'deactivated'; roles: ContactAccountRole[] };

/** Whether a contact (by its address) already has a login in this network and with which roles. */
export async function contactAccess(ctx: TenantContext, contactId: string): Promise<ContactAccess> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return withSystem(ctx.db, async (tx) => {
		const [contact] = await tx
			.select()
			.from(contacts)
			.where(and(eq(contacts.id, contactId), eq(contacts.networkId, ctx.network.id)));
		if (!contact?.email) return { state: 'none' };
		const [user] = await tx
			.select()
			.from(users)
			.where(sql`lower(${users.email}) = ${contact.email.toLowerCase()}`);
		if (!user) return { state: 'none' };
		const roles = (
			await tx
				.select({ role: roleAssignments.role })
				.from(roleAssignments)
				.where(and(eq(roleAssignments.userId, user.id), eq(roleAssignments.networkId, ctx.network.id)))
		)
			.map((r) => r.role)
			.filter((r): r is ContactAccountRole => (CONTACT_ACCOUNT_ROLES as readonly string[]).includes(r));
		if (roles.length === 0) return { state: 'none' };
		return { state: user.deactivatedAt ? 'deactivated' : user.passwordHash ? 'active' : 'invited', roles };
	});
}

/**
 * The coordinator gives a contact a login: as network member (directory, documents) or as
 * provider editor of the contact's organisation (its profile and offers). A new account gets a
 * single-use link to set a password; an existing one just gains the role and is told so.
 */
export async function inviteContact(
	ctx: TenantContext & { baseUrl: string },
	contactId: string,
	role: ContactAccountRole
): Promise<{ newAccount: boolean }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return withSystem(ctx.db, async (tx) => {
		const [contact] = await tx
			.select()
			.from(contacts)
			.where(and(eq(contacts.id, contactId), eq(contacts.networkId, ctx.network.id)));
		if (!contact) throw new AppError('not_found');
		if (!contact.email) throw new AppError('validation', { field: 'role', message: 'error.contactWithoutEmail' });
		const [network] = await tx.select().from(networks).where(eq(networks.id, ctx.network.id));
		let [user] = await tx
			.select()
			.from(users)
			.where(sql`lower(${users.email}) = ${contact.email.toLowerCase()}`);
		const newAccount = !user;
		if (!user)
			[user] = await tx.insert(users).values({ email: contact.email.toLowerCase(), name: contact.name }).returning();
		else if (user.deactivatedAt)
			throw new AppError('validation', { field: 'role', message: 'error.accountDeactivated' });
		const organisationId = role === 'provider' ? contact.organisationId : null;
		const [existing] = await tx
			.select({ id: roleAssignments.id })
			.from(roleAssignments)
			.where(
				and(
					eq(roleAssignments.userId, user!.id),
					eq(roleAssignments.role, role),
					eq(roleAssignments.networkId, ctx.network.id),
					organisationId ? eq(roleAssignments.organisationId, organisationId) : isNull(roleAssignments.organisationId)
				)
			);
		if (existing && user!.passwordHash)
			throw new AppError('validation', { field: 'role', message: 'error.alreadyHasRole' });
		if (!existing)
			await tx.insert(roleAssignments).values({ userId: user!.id, role, networkId: ctx.network.id, organisationId });
		const roleLabel = t(role === 'provider' ? 'auth.role.provider' : 'auth.role.member');
		const branding = { networkName: network!.name, brandPrimary: network!.brandPrimary };
		if (user!.passwordHash) {
			await enqueueMail(tx, {
				networkId: ctx.network.id,
				category: 'account',
				template: 'role_granted',
				to: user!.email,
				data: { name: user!.name, roleLabel, link: `${ctx.baseUrl}/anmelden` },
				branding
			});
		} else {
			const token = await issueToken(tx, user!.id, 'invitation', now);
			await enqueueMail(tx, {
				networkId: ctx.network.id,
				category: 'account',
				template: 'invitation',
				to: user!.email,
				data: {
					name: user!.name,
					link: `${ctx.baseUrl}/einladung/${token}`,
					roleLabel,
					validHours: TOKEN_VALID_HOURS.invitation
				},
				branding
			});
		}
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'invite',
			entity: 'contact',
			entityId: contactId,
			after: { role, organisationId, newAccount }
		});
		return { newAccount };
	});
}
