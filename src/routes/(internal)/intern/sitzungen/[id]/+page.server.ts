import { RSVP_ANSWERS, type RsvpAnswer } from '$lib/server/db/schema';
import { answerAsMember, memberMeeting } from '$lib/server/domains/bodies/member-meetings';
import { listDocuments } from '$lib/server/domains/documents/list-documents';
import { berlinParts } from '$lib/server/domains/shared/time';
import { parseAgenda, scheduleAgenda } from '$lib/agenda';
import { actionFail, raise } from '$lib/server/http/errors';
import { networkFilesContext } from '$lib/server/http/context';
import { uuidParam } from '$lib/server/http/params';
import { invalid } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = networkFilesContext(event);
	const id = uuidParam(event.params.id);
	try {
		const data = await memberMeeting(ctx, id);
		return {
			...data,
			agenda: scheduleAgenda(parseAgenda(data.meeting.agenda), berlinParts(data.meeting.startsAt).time),
			documents: await listDocuments(ctx, { meetingId: id })
		};
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	default: async (event) => {
		const answer = String((await event.request.formData()).get('answer') ?? '');
		if (!RSVP_ANSWERS.includes(answer as RsvpAnswer)) return invalid({ form: 'rsvp.choose' }, {});
		try {
			await answerAsMember(networkFilesContext(event), uuidParam(event.params.id), answer as RsvpAnswer);
		} catch (e) {
			return actionFail(e, {});
		}
		return { answered: true };
	}
};
