import { fail } from '@sveltejs/kit';
import { RSVP_ANSWERS, type RsvpAnswer } from '$lib/server/db/schema';
import { answerAsMember, memberMeeting } from '$lib/server/domains/bodies/member-meetings';
import { listDocuments } from '$lib/server/domains/documents/list-documents';
import { berlinParts } from '$lib/server/domains/shared/time';
import { parseAgenda, scheduleAgenda } from '$lib/agenda';
import { raise } from '$lib/server/http/errors';
import { failFromAppError, networkFilesContext } from '$lib/server/http/uploads';
import { uuidParam } from '$lib/server/http/params';
import type { MessageKey } from '$lib/i18n';
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
		if (!RSVP_ANSWERS.includes(answer as RsvpAnswer))
			return fail(400, { errors: { form: 'rsvp.choose' as MessageKey }, values: {} });
		try {
			await answerAsMember(networkFilesContext(event), uuidParam(event.params.id), answer as RsvpAnswer);
		} catch (e) {
			return failFromAppError(e, {});
		}
		return { answered: true };
	}
};
