import { json } from '@sveltejs/kit';
import { getMeeting } from '$lib/server/domains/bodies/get-meeting';
import { coordinatorContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import { uuidParam } from '$lib/server/http/params';
import type { RequestHandler } from './$types';

/** The answers of a meeting, polled by its page so the coordinator sees them as they come in. */
export const GET: RequestHandler = async (event) => {
	try {
		const { invitations } = await getMeeting(
			coordinatorContext(event),
			uuidParam(event.params.id),
			uuidParam(event.params.meetingId)
		);
		return json({ invitations }, { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		raise(e);
	}
};
