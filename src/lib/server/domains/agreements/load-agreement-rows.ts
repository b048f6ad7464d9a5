import { eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { agreements, agreementSignatures, agreementVersions } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';

/** An agreement of this network; `not_found` otherwise. */
export async function loadAgreement(tx: Tx, ctx: TenantContext, agreementId: string) {
	const [agreement] = await tx
		.select()
		.from(agreements)
		.where(scoped(agreements, ctx, eq(agreements.id, agreementId)));
	if (!agreement) throw new AppError('not_found');
	return agreement;
}

/** A version of this agreement in this network; `not_found` otherwise. */
export async function loadVersion(tx: Tx, ctx: TenantContext, agreementId: string, versionId: string) {
	const [version] = await tx
		.select()
		.from(agreementVersions)
		.where(
			scoped(
				agreementVersions,
				ctx,
				eq(agreementVersions.id, versionId),
				eq(agreementVersions.agreementId, agreementId)
			)
		);
	if (!version) throw new AppError('not_found');
	return version;
}

/** An organisation's signature row for a version, if it was asked or recorded. */
export async function findSignature(tx: Tx, ctx: TenantContext, versionId: string, organisationId: string) {
	const [signature] = await tx
		.select()
		.from(agreementSignatures)
		.where(
			scoped(
				agreementSignatures,
				ctx,
				eq(agreementSignatures.versionId, versionId),
				eq(agreementSignatures.organisationId, organisationId)
			)
		);
	return signature;
}
