import { t } from '$lib/i18n';
import { desc, eq } from 'drizzle-orm';
import { agreementVersions } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { FilesContext } from '$lib/server/domains/documents/file-store';
import { loadAgreement, loadVersion } from './load-agreement-rows';

/** One version for its page; for a new one the newest wording is the starting point. */
export async function getVersion(ctx: TenantContext, agreementId: string, versionId: string | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const agreement = await loadAgreement(tx, ctx, agreementId);
		if (versionId) {
			const version = await loadVersion(tx, ctx, agreementId, versionId);
			return { agreement, version, startText: version.text };
		}
		const [latest] = await tx
			.select({ text: agreementVersions.text })
			.from(agreementVersions)
			.where(scoped(agreementVersions, ctx, eq(agreementVersions.agreementId, agreementId)))
			.orderBy(desc(agreementVersions.number))
			.limit(1);
		return { agreement, version: null, startText: latest?.text ?? '' };
	});
}

/** The uploaded PDF of a version (coordinator). */
export async function versionFile(
	ctx: FilesContext,
	versionId: string
): Promise<{ data: Buffer; fileName: string } | null> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const [v] = await tenantTx(ctx, (tx) =>
		tx
			.select()
			.from(agreementVersions)
			.where(scoped(agreementVersions, ctx, eq(agreementVersions.id, versionId)))
	);
	if (!v?.fileKey) return null;
	const data = await ctx.files.get(v.fileKey);
	return data ? { data, fileName: v.fileName ?? t('agreementFile.defaultName') } : null;
}
