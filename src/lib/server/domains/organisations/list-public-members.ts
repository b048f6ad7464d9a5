import { asc, eq, inArray } from 'drizzle-orm';
import { contacts, organisations, partnerCategories } from '$lib/server/db/schema';
import { isParticipating } from '$lib/server/domains/shared/statuses';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { mayView } from './contact-visibility';

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
