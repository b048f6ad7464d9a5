import { and, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { bodyContacts, circulars, contacts, MEMBERSHIP_STATUSES, networks, organisations } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { addLink, holdsLink, isLinkToken } from '$lib/server/domains/shared/personal-link';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { organisationInBody } from './body-membership';

export const circularSchema = z.object({
	subject: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
	body: z.string().trim().min(1, 'error.required').max(20_000, 'error.tooLong'),
	essential: z.boolean(),
	categories: z.array(z.uuid('error.choose')),
	statuses: z.array(z.enum(MEMBERSHIP_STATUSES, 'error.choose')).min(1, 'error.chooseAtLeastOne'),
	bodyId: z.string().refine((v) => v === '' || z.uuid().safeParse(v).success, 'error.choose'),
	districtId: z.string().refine((v) => v === '' || z.uuid().safeParse(v).success, 'error.choose')
});
export type CircularInput = z.output<typeof circularSchema>;
export type RecipientFilter = Pick<CircularInput, 'categories' | 'statuses' | 'bodyId' | 'districtId' | 'essential'>;

function recipientWhere(ctx: TenantContext, f: RecipientFilter): SQL {
	return scoped(
		contacts,
		ctx,
		ne(contacts.email, ''),
		inArray(organisations.membershipStatus, f.statuses),
		f.categories.length ? inArray(organisations.partnerCategoryId, f.categories) : undefined,
		f.districtId ? sql`${f.districtId} = any(${organisations.districtIds})` : undefined,
		f.bodyId
			? sql`(${organisationInBody(f.bodyId, { id: organisations.id, status: organisations.membershipStatus })} or exists (select 1 from ${bodyContacts} bc where bc.contact_id = ${contacts.id} and bc.body_id = ${f.bodyId}))`
			: undefined,
		f.essential ? undefined : eq(contacts.circularOptOut, false)
	);
}

/** Who would get the circular: contacts with an e-mail address of the chosen organisations (opted-out people only for essential ones). */
export async function previewRecipients(ctx: TenantContext, f: RecipientFilter) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx
			.select({ id: contacts.id, name: contacts.name, email: contacts.email, organisation: organisations.name })
			.from(contacts)
			.innerJoin(organisations, eq(organisations.id, contacts.organisationId))
			.where(recipientWhere(ctx, f))
			.orderBy(organisations.name, contacts.name)
	);
}

/** Sends the circular through the outbox, one mail per recipient with a personal opt-out link. */
export async function sendCircular(
	ctx: TenantContext & { baseUrl: string },
	input: CircularInput
): Promise<{ sent: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const recipients = await tx
			.select({ id: contacts.id, name: contacts.name, email: contacts.email })
			.from(contacts)
			.innerJoin(organisations, eq(organisations.id, contacts.organisationId))
			.where(recipientWhere(ctx, input));
		const [network] = await tx
			.select({ name: networks.name, brandPrimary: networks.brandPrimary })
			.from(networks)
			.where(eq(networks.id, ctx.network.id));
		const seen = new Set<string>();
		for (const r of recipients) {
			if (seen.has(r.email.toLowerCase())) continue;
			seen.add(r.email.toLowerCase());
			// Each circular carries its own link; the ones mailed before keep working.
			const token = input.essential ? '' : await addLink(tx, contacts, r.id);
			await enqueueMail(tx, {
				networkId: ctx.network.id,
				category: 'network',
				template: 'circular',
				to: r.email,
				data: {
					name: r.name,
					subject: input.subject,
					body: input.body,
					optOutLink: input.essential ? '' : `${ctx.baseUrl}/abbestellen/${ctx.network.slug}/${token}`
				},
				branding: { networkName: network!.name, brandPrimary: network!.brandPrimary }
			});
		}
		const filter = JSON.stringify({
			categories: input.categories,
			statuses: input.statuses,
			bodyId: input.bodyId,
			districtId: input.districtId
		});
		const [row] = await tx
			.insert(circulars)
			.values({
				networkId: ctx.network.id,
				subject: input.subject,
				body: input.body,
				essential: input.essential,
				filter,
				recipientCount: seen.size,
				sentByName: actor.name
			})
			.returning({ id: circulars.id });
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'send',
			entity: 'circular',
			entityId: row!.id,
			after: { subject: input.subject, recipients: [...seen] }
		});
		return { sent: seen.size };
	});
}

export async function listCirculars(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx.select().from(circulars).where(scoped(circulars, ctx)).orderBy(desc(circulars.sentAt)).limit(100)
	);
}

/** The opt-out link of a circular (no login): the person gets no more non-essential circulars. */
export async function optOutOfCirculars(db: Db, networkSlug: string, token: string): Promise<'done' | 'unknown'> {
	if (!isLinkToken(token)) return 'unknown';
	return withSystem(db, async (tx) => {
		const [network] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, networkSlug));
		if (!network) return 'unknown';
		const [row] = await tx
			.update(contacts)
			.set({ circularOptOut: true })
			.where(and(holdsLink(contacts.tokenHashes, token), eq(contacts.networkId, network.id)))
			.returning({ id: contacts.id });
		return row ? 'done' : 'unknown';
	});
}
