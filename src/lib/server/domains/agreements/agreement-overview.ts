import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { agreements, agreementSignatures, agreementVersions, organisations } from '$lib/server/db/schema';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';

/** The newest sent version of each agreement with its signature counts. */
export async function currentVersions(tx: Tx, ctx: TenantContext, agreementIds: string[]) {
	const result = new Map<
		string,
		{ id: string; number: number; adoptedOn: string; sentAt: Date; signed: number; declined: number; open: number }
	>();
	if (agreementIds.length === 0) return result;
	const rows = await tx
		.select({
			id: agreementVersions.id,
			agreementId: agreementVersions.agreementId,
			number: agreementVersions.number,
			adoptedOn: agreementVersions.adoptedOn,
			sentAt: agreementVersions.sentAt,
			signed: sql<number>`(select count(*)::int from agreement_signatures s where s.version_id = agreement_versions.id and s.state = 'signed')`,
			declined: sql<number>`(select count(*)::int from agreement_signatures s where s.version_id = agreement_versions.id and s.state = 'declined')`,
			open: sql<number>`(select count(*)::int from agreement_signatures s where s.version_id = agreement_versions.id and s.state = 'sent')`
		})
		.from(agreementVersions)
		.where(
			scoped(
				agreementVersions,
				ctx,
				inArray(agreementVersions.agreementId, agreementIds),
				isNotNull(agreementVersions.sentAt)
			)
		)
		.orderBy(desc(agreementVersions.number));
	for (const r of rows) if (!result.has(r.agreementId)) result.set(r.agreementId, { ...r, sentAt: r.sentAt! });
	return result;
}

/** For the coordinator's dashboard and the public page: each agreement's current version. */
export async function agreementOverview(tx: Tx, ctx: TenantContext) {
	const rows = await tx.select().from(agreements).where(scoped(agreements, ctx)).orderBy(asc(agreements.title));
	const current = await currentVersions(
		tx,
		ctx,
		rows.map((r) => r.id)
	);
	return rows.flatMap((a) => {
		const c = current.get(a.id);
		return c
			? [
					{
						id: a.id,
						versionId: c.id,
						kind: a.kind,
						title: a.title,
						number: c.number,
						adoptedOn: c.adoptedOn,
						signed: c.signed,
						declined: c.declined,
						open: c.open
					}
				]
			: [];
	});
}

/** Organisations that have not yet signed the current version of an agreement (dashboard). */
export async function unsignedOrganisations(tx: Tx, ctx: TenantContext, versionId: string) {
	return tx
		.select({ id: organisations.id, name: organisations.name })
		.from(agreementSignatures)
		.innerJoin(organisations, eq(organisations.id, agreementSignatures.organisationId))
		.where(
			scoped(
				agreementSignatures,
				ctx,
				and(eq(agreementSignatures.versionId, versionId), eq(agreementSignatures.state, 'sent'))
			)
		)
		.orderBy(asc(organisations.name));
}
