import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	agreements,
	agreementSignatures,
	agreementVersions,
	contacts,
	networks,
	organisations
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { newLinkToken, withLink } from '$lib/server/domains/shared/personal-link';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { isParticipating } from '$lib/server/domains/shared/statuses';

type LinkContext = TenantContext & { baseUrl: string };

/** Who gets an organisation's signing link: its contacts with an address, else the organisation's own address. */
async function recipients(tx: Tx, ctx: TenantContext, orgs: { id: string; email: string }[]) {
	const people = orgs.length
		? await tx
				.select({ organisationId: contacts.organisationId, name: contacts.name, email: contacts.email })
				.from(contacts)
				.where(
					scoped(
						contacts,
						ctx,
						inArray(
							contacts.organisationId,
							orgs.map((o) => o.id)
						),
						ne(contacts.email, '')
					)
				)
				.orderBy(asc(contacts.name))
		: [];
	return new Map(
		orgs.map((o) => {
			const own = people.filter((p) => p.organisationId === o.id).map((p) => ({ name: p.name, email: p.email }));
			return [o.id, own.length ? own : o.email ? [{ name: '', email: o.email }] : []];
		})
	);
}

async function mailRequest(
	tx: Tx,
	ctx: LinkContext,
	kind: 'request' | 'reminder',
	v: { title: string; number: number; adoptedOn: string },
	org: { name: string },
	to: { name: string; email: string }[],
	token: string,
	previousSigned: boolean
) {
	const [network] = await tx
		.select({ name: networks.name, brandPrimary: networks.brandPrimary })
		.from(networks)
		.where(eq(networks.id, ctx.network.id));
	for (const person of to) {
		await enqueueMail(tx, {
			networkId: ctx.network.id,
			category: 'network',
			template: 'agreement_request',
			to: person.email,
			data: {
				kind,
				name: person.name,
				organisationName: org.name,
				title: v.title,
				versionNumber: v.number,
				adoptedOn: v.adoptedOn,
				link: `${ctx.baseUrl}/unterschrift/${ctx.network.slug}/${token}`,
				previousSigned
			},
			branding: { networkName: network!.name, brandPrimary: network!.brandPrimary }
		});
	}
}

/** A new personal signing link for one more mail (or the provider area); the earlier links keep working (ADR 0008). */
export async function newSigningLink(tx: Tx, signatureId: string): Promise<string> {
	const { token, hash } = newLinkToken();
	await tx
		.update(agreementSignatures)
		.set({ tokenHashes: withLink(agreementSignatures.tokenHashes, hash) })
		.where(eq(agreementSignatures.id, signatureId));
	return token;
}

/** The version with its agreement's title; refused when a newer version has been sent since. */
async function loadCurrentVersion(tx: Tx, ctx: TenantContext, agreementId: string, versionId: string) {
	const [row] = await tx
		.select({ version: agreementVersions, title: agreements.title })
		.from(agreementVersions)
		.innerJoin(agreements, eq(agreements.id, agreementVersions.agreementId))
		.where(
			scoped(
				agreementVersions,
				ctx,
				eq(agreementVersions.id, versionId),
				eq(agreementVersions.agreementId, agreementId)
			)
		);
	if (!row) throw new AppError('not_found');
	const [newer] = await tx
		.select({ id: agreementVersions.id })
		.from(agreementVersions)
		.where(
			scoped(
				agreementVersions,
				ctx,
				eq(agreementVersions.agreementId, agreementId),
				sql`${agreementVersions.number} > ${row.version.number}`,
				sql`${agreementVersions.sentAt} is not null`
			)
		);
	if (newer) throw new AppError('validation', { field: 'form', message: 'error.agreementVersionSuperseded' });
	return row;
}

/**
 * Sends a version for signature: every member and cooperation partner that has not been asked
 * for this version gets a personal link (later calls only reach organisations added since).
 * From now on the wording is fixed. Organisations without any e-mail address stay "not sent".
 */
export async function sendForSignature(
	ctx: LinkContext,
	agreementId: string,
	versionId: string
): Promise<{ sent: number; withoutAddress: string[] }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const { version, title } = await loadCurrentVersion(tx, ctx, agreementId, versionId);
		const asked = new Set(
			(
				await tx
					.select({ id: agreementSignatures.organisationId })
					.from(agreementSignatures)
					.where(scoped(agreementSignatures, ctx, eq(agreementSignatures.versionId, versionId)))
			).map((r) => r.id)
		);
		const orgs = (
			await tx
				.select({ id: organisations.id, name: organisations.name, email: organisations.email })
				.from(organisations)
				.where(scoped(organisations, ctx, isParticipating(organisations.membershipStatus)))
				.orderBy(asc(organisations.name))
		).filter((o) => !asked.has(o.id));
		if (orgs.length === 0 && asked.size === 0)
			throw new AppError('validation', { field: 'form', message: 'error.agreementNoMembers' });
		const previous = new Set(
			(
				await tx
					.select({ id: agreementSignatures.organisationId })
					.from(agreementSignatures)
					.innerJoin(agreementVersions, eq(agreementVersions.id, agreementSignatures.versionId))
					.where(
						scoped(
							agreementSignatures,
							ctx,
							eq(agreementVersions.agreementId, agreementId),
							eq(agreementSignatures.state, 'signed')
						)
					)
			).map((r) => r.id)
		);
		const to = await recipients(tx, ctx, orgs);
		const withoutAddress: string[] = [];
		let sent = 0;
		for (const org of orgs) {
			const people = to.get(org.id) ?? [];
			if (people.length === 0) {
				withoutAddress.push(org.name);
				continue;
			}
			const { token, hash } = newLinkToken();
			await tx.insert(agreementSignatures).values({
				networkId: ctx.network.id,
				versionId,
				organisationId: org.id,
				tokenHashes: [hash],
				sentTo: people.map((p) => p.email).join(', '),
				sentAt: now
			});
			await mailRequest(
				tx,
				ctx,
				'request',
				{ title, number: version.number, adoptedOn: version.adoptedOn },
				org,
				people,
				token,
				previous.has(org.id)
			);
			sent++;
		}
		await tx
			.update(agreementVersions)
			.set({ sentAt: version.sentAt ?? now })
			.where(scoped(agreementVersions, ctx, eq(agreementVersions.id, versionId)));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'send',
			entity: 'agreement_version',
			entityId: versionId,
			after: { sent, withoutAddress }
		});
		return { sent, withoutAddress };
	});
}

/** Reminds every organisation that was asked to sign this (current) version and has not answered. */
export async function remindUnsigned(
	ctx: LinkContext,
	agreementId: string,
	versionId: string
): Promise<{ reminded: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const result = await remindOpenSignatures(tx, ctx, agreementId, versionId, actor.userId, null);
		if (result.reminded === 0)
			throw new AppError('validation', { field: 'form', message: 'error.agreementNothingOpen' });
		return result;
	});
}

/**
 * The reminder itself, in the caller's transaction: the coordinator's button (all open ones)
 * and the scheduled job (`only` those due; no person as actor).
 */
export async function remindOpenSignatures(
	tx: Tx,
	ctx: LinkContext,
	agreementId: string,
	versionId: string,
	actorUserId: string | null,
	only: string[] | null
): Promise<{ reminded: number }> {
	const now = ctx.now ?? new Date();
	const { version, title } = await loadCurrentVersion(tx, ctx, agreementId, versionId);
	if (!version.sentAt) throw new AppError('validation', { field: 'form', message: 'error.agreementNotSent' });
	const open = await tx
		.select({
			id: agreementSignatures.id,
			organisationId: organisations.id,
			name: organisations.name,
			email: organisations.email
		})
		.from(agreementSignatures)
		.innerJoin(organisations, eq(organisations.id, agreementSignatures.organisationId))
		.where(
			scoped(
				agreementSignatures,
				ctx,
				and(
					eq(agreementSignatures.versionId, versionId),
					eq(agreementSignatures.state, 'sent'),
					only
						? inArray(agreementSignatures.organisationId, only.length ? only : ['00000000-0000-0000-0000-000000000000'])
						: undefined
				)
			)
		);
	if (open.length === 0) return { reminded: 0 };
	const to = await recipients(
		tx,
		ctx,
		open.map((o) => ({ id: o.organisationId, email: o.email }))
	);
	for (const o of open) {
		const token = await newSigningLink(tx, o.id);
		await mailRequest(
			tx,
			ctx,
			'reminder',
			{ title, number: version.number, adoptedOn: version.adoptedOn },
			o,
			to.get(o.organisationId) ?? [],
			token,
			false
		);
		await tx
			.update(agreementSignatures)
			.set({ remindedAt: now, reminders: sql`${agreementSignatures.reminders} + 1` })
			.where(scoped(agreementSignatures, ctx, eq(agreementSignatures.id, o.id)));
	}
	await recordAudit(tx, {
		networkId: ctx.network.id,
		actorUserId,
		action: 'remind',
		entity: 'agreement_version',
		entityId: versionId,
		after: { reminded: open.map((o) => o.name), automatic: actorUserId === null }
	});
	return { reminded: open.length };
}
