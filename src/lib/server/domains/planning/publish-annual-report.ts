import { and, eq } from 'drizzle-orm';
import { publishedReports } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { buildAnnualReport } from './build-annual-report';
import { renderAnnualReportPdf } from './render-annual-report-pdf';

/**
 * Puts the Jahresbericht of a year on the public network page: the PDF as generated now is
 * stored (an earlier one of the same year is replaced) and the step is audited.
 */
export async function publishAnnualReport(ctx: TenantContext, year: number): Promise<{ bytes: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	// Printed before the transaction: Chromium takes seconds, a transaction should not wait for it.
	const pdf = await renderAnnualReportPdf(await buildAnnualReport(ctx, year));
	const publishedAt = ctx.now ?? new Date();
	await tenantTx(ctx, async (tx) => {
		const [earlier] = await tx
			.select({ publishedAt: publishedReports.publishedAt })
			.from(publishedReports)
			.where(scoped(publishedReports, ctx, eq(publishedReports.year, year)));
		await tx
			.insert(publishedReports)
			.values({ networkId: ctx.network.id, year, pdf, publishedAt })
			.onConflictDoUpdate({ target: [publishedReports.networkId, publishedReports.year], set: { pdf, publishedAt } });
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: earlier ? 'replace' : 'publish',
			entity: 'published_report',
			entityId: String(year),
			before: earlier ? { publishedAt: earlier.publishedAt } : null,
			after: { year, bytes: pdf.length }
		});
	});
	return { bytes: pdf.length };
}

/** Takes a published Jahresbericht off the public network page (audited); not_found when none is published. */
export async function withdrawAnnualReport(ctx: TenantContext, year: number): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	await tenantTx(ctx, async (tx) => {
		const removed = await tx
			.delete(publishedReports)
			.where(and(scoped(publishedReports, ctx), eq(publishedReports.year, year)))
			.returning({ publishedAt: publishedReports.publishedAt });
		if (removed.length === 0) throw new AppError('not_found');
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'withdraw',
			entity: 'published_report',
			entityId: String(year),
			before: { publishedAt: removed[0]!.publishedAt }
		});
	});
}
