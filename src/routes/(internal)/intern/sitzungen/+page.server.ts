import { myMeetings } from '$lib/server/domains/bodies/member-meetings';
import { raise } from '$lib/server/http/errors';
import { networkFilesContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await myMeetings(networkFilesContext(event));
	} catch (e) {
		raise(e);
	}
};
