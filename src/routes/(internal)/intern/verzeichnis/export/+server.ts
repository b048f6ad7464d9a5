import { directoryRows } from '$lib/server/domains/organisations/directory-rows';
import { writeXlsx } from '$lib/server/domains/exchange/write-xlsx';
import { coordinatorContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';
import { berlinDay } from '$lib/time';
import { t } from '$lib/i18n';

/** The member directory as XLSX for the coordination (all contacts, with their visibility). */
export const GET: RequestHandler = async (event) => {
	const ctx = coordinatorContext(event);
	try {
		const { headers, rows } = await directoryRows(ctx);
		const body = await writeXlsx(t('intern.directory.sheet'), headers, rows);
		const day = berlinDay();
		return new Response(new Uint8Array(body), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': `attachment; filename="mitgliederverzeichnis-${ctx.network.slug}-${day}.xlsx"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
