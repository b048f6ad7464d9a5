import { participantsSheet } from '$lib/server/domains/events/participants-sheet';
import { memberContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import { uuidParam } from '$lib/server/http/params';
import { berlinDay } from '$lib/time';
import type { RequestHandler } from './$types';

/** The participant list as XLSX. */
export const GET: RequestHandler = async (event) => {
	const id = uuidParam(event.params.id);
	try {
		const { body } = await participantsSheet(memberContext(event), id);
		return new Response(new Uint8Array(body), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': `attachment; filename="teilnehmende-${berlinDay()}.xlsx"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
