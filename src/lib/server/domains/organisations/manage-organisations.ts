import { isParticipating } from '$lib/server/domains/shared/statuses';
import { and, asc, desc, eq, ilike, inArray, ne, sql } from 'drizzle-orm';
import {
	agreements,
	agreementSignatures,
	agreementVersions,
	bodies,
	contacts,
	districts,
	membershipEvents,
	organisations,
	partnerCategories,
	type MembershipStatus
} from '$lib/server/db/schema';
import { organisationTakesPart } from './body-membership';
import { mayView } from './contact-visibility';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { requireOwnIds, scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { listPartnerCategories } from './partner-categories';
import { organisationProfileColumns } from './organisation-form-values';
import { updateVersioned } from '$lib/server/domains/shared/versioned-update';
import { berlinDay } from '$lib/server/domains/shared/time';
import type { MemberOrganisationInput } from './organisation-schema';

export type OrganisationFilter = { q: string; category: string; status: string };

/** The coordinator's list of organisations with category and membership status. */
export async function listOrganisations(ctx: TenantContext, f: OrganisationFilter) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const categories = await listPartnerCategories(tx, ctx.network.id);
		const rows = await tx
			.select({
				id: organisations.id,
				name: organisations.name,
				status: organisations.membershipStatus,
				category: partnerCategories.name,
				listedPublicly: organisations.listedPublicly
			})
			.from(organisations)
			.leftJoin(partnerCategories, eq(partnerCategories.id, organisations.partnerCategoryId))
			.where(
				scoped(
					organisations,
					ctx,
					f.q ? ilike(organisations.name, `%${f.q.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
					f.category ? eq(organisations.partnerCategoryId, f.category) : undefined,
					f.status === 'keine'
						? sql`${organisations.membershipStatus} is null`
						: f.status
							? eq(organisations.membershipStatus, f.status as MembershipStatus)
							: undefined
				)
			)
			.orderBy(asc(organisations.name))
			.limit(1000);
		return { rows, categories };
	});
}

/** One organisation for the form, with its membership history (newest first). */
export async function getOrganisation(ctx: TenantContext, id: string | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const organisation = id
			? (
					await tx
						.select()
						.from(organisations)
						.where(scoped(organisations, ctx, eq(organisations.id, id)))
				)[0]
			: null;
		if (id && !organisation) throw new AppError('not_found');
		const history = id
			? await tx
					.select()
					.from(membershipEvents)
					.where(scoped(membershipEvents, ctx, eq(membershipEvents.organisationId, id)))
					.orderBy(desc(membershipEvents.validFrom), desc(membershipEvents.createdAt))
			: [];
		// Where the organisation takes part: its signatures and its bodies.
		const signatures = id
			? await tx
					.select({
						agreementId: agreements.id,
						title: agreements.title,
						number: agreementVersions.number,
						state: agreementSignatures.state,
						signedOn: agreementSignatures.signedOn,
						signerName: agreementSignatures.signerName
					})
					.from(agreementSignatures)
					.innerJoin(agreementVersions, eq(agreementVersions.id, agreementSignatures.versionId))
					.innerJoin(agreements, eq(agreements.id, agreementVersions.agreementId))
					.where(scoped(agreementSignatures, ctx, eq(agreementSignatures.organisationId, id)))
					.orderBy(asc(agreements.title), desc(agreementVersions.number))
			: [];
		const memberOf =
			id && organisation
				? await tx
						.select({ id: bodies.id, name: bodies.name })
						.from(bodies)
						.where(
							scoped(
								bodies,
								ctx,
								organisationTakesPart(sql`${bodies.id}`, {
									id: sql`${id}::uuid`,
									status: sql`${organisation.membershipStatus}`
								})
							)
						)
						.orderBy(asc(bodies.name))
				: [];
		return {
			organisation: organisation ?? null,
			history,
			signatures,
			memberOf,
			categories: await listPartnerCategories(tx, ctx.network.id),
			districts: await tx
				.select({ id: districts.id, name: districts.name })
				.from(districts)
				.where(scoped(districts, ctx))
				.orderBy(asc(districts.name))
		};
	});
}

/**
 * Creates or updates an organisation (optimistic locking, unique name). A change of the
 * membership status is recorded as a dated event; the status date defaults to today.
 */
export async function saveOrganisation(
	ctx: TenantContext,
	id: string | null,
	input: MemberOrganisationInput
): Promise<{ id: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const [clash] = await tx
			.select({ id: organisations.id })
			.from(organisations)
			.where(
				scoped(
					organisations,
					ctx,
					id ? ne(organisations.id, id) : undefined,
					sql`lower(${organisations.name}) = lower(${input.name})`
				)
			);
		if (clash) throw new AppError('validation', { field: 'name', message: 'error.organisationNameTaken' });
		await requireOwnIds(tx, ctx, partnerCategories, [input.partnerCategoryId], 'partnerCategoryId');
		await requireOwnIds(tx, ctx, districts, input.districtIds, 'districtIds');
		const values = {
			...organisationProfileColumns(input),
			partnerCategoryId: input.partnerCategoryId || null,
			membershipStatus: (input.membershipStatus || null) as MembershipStatus | null,
			listedPublicly: input.listedPublicly,
			updatedAt: now
		};
		let before: typeof organisations.$inferSelect | null = null;
		let savedId: string;
		if (id) {
			before =
				(
					await tx
						.select()
						.from(organisations)
						.where(scoped(organisations, ctx, eq(organisations.id, id)))
				)[0] ?? null;
			if (!before) throw new AppError('not_found');
			savedId = (await updateVersioned(tx, ctx, organisations, { id, version: input.version }, values)).id;
		} else {
			const [row] = await tx
				.insert(organisations)
				.values({ ...values, networkId: ctx.network.id })
				.returning({ id: organisations.id });
			savedId = row!.id;
		}
		if (values.membershipStatus && values.membershipStatus !== (before?.membershipStatus ?? null)) {
			await tx.insert(membershipEvents).values({
				networkId: ctx.network.id,
				organisationId: savedId,
				status: values.membershipStatus,
				validFrom: input.statusDate || berlinDay(now),
				note: input.statusNote,
				recordedByName: actor.name,
				createdAt: now
			});
		}
		const [after] = await tx
			.select()
			.from(organisations)
			.where(scoped(organisations, ctx, and(eq(organisations.id, savedId))));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: id ? 'update' : 'create',
			entity: 'organisation',
			entityId: savedId,
			before,
			after
		});
		return { id: savedId };
	});
}

/** Public network page: members and cooperation partners that agreed to be listed, grouped by § 3 KKG category. */
export async function listPublicMembers(ctx: TenantContext) {
	return tenantTx(ctx, async (tx) => {
		const rows = await tx
			.select({
				id: organisations.id,
				name: organisations.name,
				web: organisations.web,
				city: organisations.city,
				category: partnerCategories.name,
				position: partnerCategories.position,
				status: organisations.membershipStatus
			})
			.from(organisations)
			.leftJoin(partnerCategories, eq(partnerCategories.id, organisations.partnerCategoryId))
			.where(
				scoped(
					organisations,
					ctx,
					eq(organisations.listedPublicly, true),
					isParticipating(organisations.membershipStatus)
				)
			)
			.orderBy(asc(partnerCategories.position), asc(organisations.name));
		// Only contacts the person agreed to show publicly (consent given, not revoked).
		const people = rows.length
			? (
					await tx
						.select()
						.from(contacts)
						.where(
							scoped(
								contacts,
								ctx,
								inArray(
									contacts.organisationId,
									rows.map((r) => r.id)
								),
								eq(contacts.visibility, 'public')
							)
						)
				).filter((c) => mayView('public', c))
			: [];
		type PublicContact = { name: string; role: string; phone: string; email: string };
		const groups: {
			category: string;
			members: { name: string; web: string; partner: boolean; contacts: PublicContact[] }[];
		}[] = [];
		for (const r of rows) {
			const category = r.category ?? '';
			let group = groups.find((g) => g.category === category);
			if (!group) groups.push((group = { category, members: [] }));
			group.members.push({
				name: r.name,
				web: r.web,
				partner: r.status === 'kooperationspartner',
				contacts: people
					.filter((c) => c.organisationId === r.id)
					.map((c) => ({ name: c.name, role: c.role, phone: c.phone, email: c.email }))
			});
		}
		return groups;
	});
}
