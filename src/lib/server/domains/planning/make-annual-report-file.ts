import type { TenantContext } from '$lib/server/domains/shared/context';
import { buildAnnualReport } from './build-annual-report';
import { annualReportFilename, renderAnnualReportPdf } from './render-annual-report-pdf';
import { writeAnnualReportXlsx } from './write-annual-report-xlsx';

export type AnnualReportFormat = 'pdf' | 'xlsx';

const CONTENT_TYPE: Record<AnnualReportFormat, string> = {
	pdf: 'application/pdf',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/** The Jahresbericht of a year as a download: the data gathered once, then printed (PDF) or written (XLSX). */
export async function makeAnnualReportFile(ctx: TenantContext, year: number, format: AnnualReportFormat) {
	const report = await buildAnnualReport(ctx, year);
	const body = format === 'pdf' ? await renderAnnualReportPdf(report) : await writeAnnualReportXlsx(report);
	return { body, filename: annualReportFilename(report, format), contentType: CONTENT_TYPE[format] };
}

/** "2025.pdf" → year and format, when the year is one the report page offers; else null (404). */
export function parseReportFile(file: string, years: number[]): { year: number; format: AnnualReportFormat } | null {
	const m = /^(\d{4})\.(pdf|xlsx)$/.exec(file);
	if (!m) return null;
	const year = Number(m[1]);
	return years.includes(year) ? { year, format: m[2] as AnnualReportFormat } : null;
}
