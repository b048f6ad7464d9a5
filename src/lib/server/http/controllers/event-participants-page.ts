import { fail, type RequestEvent } from '@sveltejs/kit';
import { addParticipant } from '$lib/server/domains/events/add-participant';
import { messageSchema, moveSchema, participantSchema } from '$lib/server/domains/events/event-schema';
import { listParticipants } from '$lib/server/domains/events/list-participants';
import { messageParticipants } from '$lib/server/domains/events/message-participants';
import { moveParticipant } from '$lib/server/domains/events/move-participant';
import { recordAttendance } from '$lib/server/domains/events/record-attendance';
import { memberContext } from '../context';
import { formValues, parseForm, type FieldErrors } from '../forms';
import { actionFail, raise } from '../errors';
import { uuidParam } from '../params';

// The participants page of an event: the list, add by hand, move, attendance ticks, a message to all.
// Each form's answer names its form (`which`), so errors stand at the right form on the page.

export type ParticipantForm = 'add' | 'move' | 'attendance' | 'message';

const mailContext = (event: RequestEvent) => ({ ...memberContext(event), baseUrl: event.url.origin });

/** An answer of one of the page's forms, marked with its form. */
function answer(which: ParticipantForm, result: ReturnType<typeof actionFail>) {
	return fail(result.status, { ...result.data, which });
}

export async function loadParticipantsPage(event: RequestEvent) {
	try {
		return await listParticipants(memberContext(event), uuidParam(event.params.id));
	} catch (e) {
		raise(e);
	}
}

export async function participantAction(event: RequestEvent, which: ParticipantForm) {
	const id = uuidParam(event.params.id);
	const form = await event.request.formData();
	const values = formValues(form);
	const invalid = (errors: FieldErrors) => fail(400, { errors, values, which });
	try {
		if (which === 'add') {
			const parsed = parseForm(participantSchema, form);
			if (!parsed.ok) return invalid(parsed.errors);
			const added = await addParticipant(mailContext(event), id, parsed.data);
			return { which, added: { name: parsed.data.name, ...added } };
		}
		if (which === 'move') {
			const parsed = parseForm(moveSchema, form);
			if (!parsed.ok) return invalid(parsed.errors);
			const moved = await moveParticipant(mailContext(event), id, parsed.data.registrationId, parsed.data.to);
			return { which, moved: { to: parsed.data.to, ...moved } };
		}
		if (which === 'attendance') {
			const sessionId = uuidParam(String(form.get('sessionId') ?? ''));
			const present = form.getAll('present').filter((v): v is string => typeof v === 'string');
			return { which, attendance: await recordAttendance(memberContext(event), id, sessionId, present) };
		}
		const parsed = parseForm(messageSchema, form);
		if (!parsed.ok) return invalid(parsed.errors);
		return { which, sent: (await messageParticipants(mailContext(event), id, parsed.data)).sent };
	} catch (e) {
		return answer(which, actionFail(e, values));
	}
}
