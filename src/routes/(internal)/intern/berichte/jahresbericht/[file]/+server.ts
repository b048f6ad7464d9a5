import { error } from '@sveltejs/kit';
import { makeAnnualReportFile, parseReportFile } from '$lib/server/domains/planning/make-annual-report-file';
import { reportYears } from '$lib/server/domains/planning/planning-year';
import { coordinatorContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** /intern/berichte/jahresbericht/2025.pdf or …/2025.xlsx: the Jahresbericht of that year (coordinators). */
export const GET: RequestHandler = async (event) => {
	const ctx = coordinatorContext(event);
	const choice = parseReportFile(event.params.file, reportYears());
	if (!choice) error(404);
	try {
		const file = await makeAnnualReportFile(ctx, choice.year, choice.format);
		return new Response(new Uint8Array(file.body), {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${file.filename}"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
