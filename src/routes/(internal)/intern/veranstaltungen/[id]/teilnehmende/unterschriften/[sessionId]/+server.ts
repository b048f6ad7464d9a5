import { signInSheetPdf } from '$lib/server/domains/events/sign-in-sheet';
import { memberContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import { uuidParam } from '$lib/server/http/params';
import { berlinDay } from '$lib/time';
import type { RequestHandler } from './$types';

/** The printable sign-in sheet of one session as PDF. */
export const GET: RequestHandler = async (event) => {
	const id = uuidParam(event.params.id);
	const sessionId = uuidParam(event.params.sessionId);
	try {
		const { day, body } = await signInSheetPdf(memberContext(event), id, sessionId);
		return new Response(new Uint8Array(body), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="unterschriftenliste-${berlinDay(day)}.pdf"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
