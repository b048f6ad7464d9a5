import { asc, desc, eq, ne, sql } from 'drizzle-orm';
import { bodies, bodyContacts, bodyMembers, contacts, meetings, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { requireOwnIds, scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { BodyInput } from './meeting-schema';
import { effectiveVisibility } from '$lib/server/domains/organisations/contact-visibility';

export async function listBodies(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx
			.select({
				id: bodies.id,
				name: bodies.name,
				kind: bodies.kind,
				purpose: bodies.purpose,
				allMembers: bodies.allMembers,
				members: sql<number>`(select count(*)::int from body_members m where m.body_id = ${bodies.id})`,
				next: sql<Date | null>`(select min(starts_at) from meetings x where x.body_id = ${bodies.id} and x.starts_at > now() and x.status = 'planned')`
			})
			.from(bodies)
			.where(scoped(bodies, ctx))
			.orderBy(asc(bodies.name))
	);
}

/** A body with its member organisations, the organisations to choose from and its meetings with answer counts. */
export async function getBody(ctx: TenantContext, id: string | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const body = id
			? (
					await tx
						.select()
						.from(bodies)
						.where(scoped(bodies, ctx, eq(bodies.id, id)))
				)[0]
			: null;
		if (id && !body) throw new AppError('not_found');
		const memberIds = id
			? (
					await tx
						.select({ id: bodyMembers.organisationId })
						.from(bodyMembers)
						.where(scoped(bodyMembers, ctx, eq(bodyMembers.bodyId, id)))
				).map((r) => r.id)
			: [];
		const choices = await tx
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(
				scoped(
					organisations,
					ctx,
					sql`(${organisations.membershipStatus} in ('mitglied', 'kooperationspartner', 'angefragt') or ${organisations.id} = any(${
						memberIds.length
							? sql`array[${sql.join(
									memberIds.map((m) => sql`${m}::uuid`),
									sql`, `
								)}]`
							: sql`array[]::uuid[]`
					}))`
				)
			)
			.orderBy(asc(organisations.name));
		const contactIds = id
			? (
					await tx
						.select({ id: bodyContacts.contactId })
						.from(bodyContacts)
						.where(scoped(bodyContacts, ctx, eq(bodyContacts.bodyId, id)))
				).map((r) => r.id)
			: [];
		const people = await tx
			.select({ id: contacts.id, name: contacts.name, organisationName: organisations.name })
			.from(contacts)
			.innerJoin(organisations, eq(organisations.id, contacts.organisationId))
			.where(scoped(contacts, ctx))
			.orderBy(asc(contacts.name), asc(organisations.name));
		const dates = id
			? await tx
					.select({
						id: meetings.id,
						title: meetings.title,
						startsAt: meetings.startsAt,
						endsAt: meetings.endsAt,
						status: meetings.status,
						invitedAt: meetings.invitedAt,
						yes: sql<number>`(select count(*)::int from meeting_invitations i where i.meeting_id = ${meetings.id} and i.answer = 'yes')`,
						invited: sql<number>`(select count(*)::int from meeting_invitations i where i.meeting_id = ${meetings.id})`
					})
					.from(meetings)
					.where(scoped(meetings, ctx, eq(meetings.bodyId, id)))
					.orderBy(desc(meetings.startsAt))
			: [];
		return {
			body: body ?? null,
			memberIds,
			contactIds,
			choices,
			people: people.map((p) => ({ id: p.id, name: `${p.name} (${p.organisationName})` })),
			meetings: dates
		};
	});
}

export async function saveBody(ctx: TenantContext, id: string | null, input: BodyInput): Promise<{ id: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const [clash] = await tx
			.select({ id: bodies.id })
			.from(bodies)
			.where(
				scoped(bodies, ctx, id ? ne(bodies.id, id) : undefined, sql`lower(${bodies.name}) = lower(${input.name})`)
			);
		if (clash) throw new AppError('validation', { field: 'name', message: 'error.bodyNameTaken' });
		await requireOwnIds(tx, ctx, organisations, input.organisationIds, 'organisationIds');
		await requireOwnIds(tx, ctx, contacts, input.contactIds, 'contactIds');
		await requireOwnIds(tx, ctx, contacts, [input.leadContactId], 'leadContactId');
		const values = {
			name: input.name,
			kind: input.kind,
			purpose: input.purpose,
			external: input.external,
			leadContactId: input.leadContactId,
			allMembers: input.allMembers
		};
		let bodyId: string;
		const before = id
			? ((
					await tx
						.select()
						.from(bodies)
						.where(scoped(bodies, ctx, eq(bodies.id, id)))
				)[0] ?? null)
			: null;
		if (id) {
			if (!before) throw new AppError('not_found');
			const [row] = await tx
				.update(bodies)
				.set({ ...values, version: sql`${bodies.version} + 1` })
				.where(scoped(bodies, ctx, eq(bodies.id, id), eq(bodies.version, input.version)))
				.returning({ id: bodies.id });
			if (!row) throw new AppError('conflict');
			bodyId = row.id;
		} else {
			bodyId = (
				await tx
					.insert(bodies)
					.values({ ...values, networkId: ctx.network.id })
					.returning({ id: bodies.id })
			)[0]!.id;
		}
		const known = [...new Set(input.organisationIds)];
		await tx.delete(bodyMembers).where(scoped(bodyMembers, ctx, eq(bodyMembers.bodyId, bodyId)));
		if (known.length)
			await tx
				.insert(bodyMembers)
				.values(known.map((organisationId) => ({ networkId: ctx.network.id, bodyId, organisationId })));
		// Single persons: the chosen ones; the lead is always a member too.
		const persons = [...new Set([...input.contactIds, ...(input.leadContactId ? [input.leadContactId] : [])])];
		await tx.delete(bodyContacts).where(scoped(bodyContacts, ctx, eq(bodyContacts.bodyId, bodyId)));
		if (persons.length)
			await tx
				.insert(bodyContacts)
				.values(persons.map((contactId) => ({ networkId: ctx.network.id, bodyId, contactId })));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: id ? 'update' : 'create',
			entity: 'body',
			entityId: bodyId,
			before,
			after: { ...values, organisationIds: known, contactIds: persons }
		});
		return { id: bodyId };
	});
}

/** Bodies with their purpose for the public network page (external round tables included). */
export async function listPublicBodies(ctx: TenantContext) {
	return tenantTx(ctx, async (tx) => {
		const rows = await tx
			.select({
				name: bodies.name,
				kind: bodies.kind,
				purpose: bodies.purpose,
				leadName: contacts.name,
				leadVisibility: contacts.visibility,
				leadConsent: contacts.consentAt,
				leadRevoked: contacts.consentRevokedAt
			})
			.from(bodies)
			.leftJoin(contacts, eq(contacts.id, bodies.leadContactId))
			.where(scoped(bodies, ctx))
			.orderBy(asc(bodies.name));
		// The lead is named publicly only when the contact is public with a valid consent.
		return rows.map((r) => ({
			name: r.name,
			kind: r.kind,
			purpose: r.purpose,
			lead:
				r.leadName &&
				r.leadVisibility &&
				effectiveVisibility({
					visibility: r.leadVisibility,
					consentAt: r.leadConsent,
					consentRevokedAt: r.leadRevoked
				}) === 'public'
					? r.leadName
					: ''
		}));
	});
}
