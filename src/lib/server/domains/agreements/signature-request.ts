import { asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { agreementVersions, contacts, networks } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';
import { loadAgreement, loadVersion } from './load-agreement-rows';

/** A use case that puts links to the signing page into mails. */
export type LinkContext = TenantContext & { baseUrl: string };

/** Who gets an organisation's signing link: its contacts with an address, else the organisation's own address. */
export async function recipients(tx: Tx, ctx: TenantContext, orgs: { id: string; email: string }[]) {
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

/** The request or reminder mail with the signing link, to each recipient of one organisation. */
export async function mailRequest(
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

/** The version with its agreement's title; refused when a newer version has been sent since. */
export async function loadCurrentVersion(tx: Tx, ctx: TenantContext, agreementId: string, versionId: string) {
	const version = await loadVersion(tx, ctx, agreementId, versionId);
	const { title } = await loadAgreement(tx, ctx, agreementId);
	const [newer] = await tx
		.select({ id: agreementVersions.id })
		.from(agreementVersions)
		.where(
			scoped(
				agreementVersions,
				ctx,
				eq(agreementVersions.agreementId, agreementId),
				sql`${agreementVersions.number} > ${version.number}`,
				sql`${agreementVersions.sentAt} is not null`
			)
		);
	if (newer) throw new AppError('validation', { field: 'form', message: 'error.agreementVersionSuperseded' });
	return { version, title };
}
