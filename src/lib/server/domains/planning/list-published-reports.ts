import { desc, eq } from 'drizzle-orm';
import { publishedReports } from '$lib/server/db/schema';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';

/** The network's published Jahresberichte, newest year first (public: the network page lists them). */
export async function listPublishedReports(ctx: TenantContext): Promise<{ year: number; publishedAt: Date }[]> {
	return tenantTx(ctx, (tx) =>
		tx
			.select({ year: publishedReports.year, publishedAt: publishedReports.publishedAt })
			.from(publishedReports)
			.where(scoped(publishedReports, ctx))
			.orderBy(desc(publishedReports.year))
	);
}

/** The PDF of one published Jahresbericht of this network; not_found for any other year. */
export async function getPublishedReportPdf(ctx: TenantContext, year: number): Promise<Buffer> {
	const [row] = await tenantTx(ctx, (tx) =>
		tx
			.select({ pdf: publishedReports.pdf })
			.from(publishedReports)
			.where(scoped(publishedReports, ctx, eq(publishedReports.year, year)))
	);
	if (!row) throw new AppError('not_found');
	return Buffer.from(row.pdf);
}
