import { fail, type RequestEvent } from '@sveltejs/kit';
import { addAttendeeSchema } from '$lib/server/domains/bodies/attendance-schema';
import { addAttendee, recordRsvpAttendance, removeAttendee } from '$lib/server/domains/bodies/record-attendance';
import { coordinatorContext } from '../context';
import { formValues, parseForm } from '../forms';
import { actionFail } from '../errors';
import { UUID, uuidParam } from '../params';

/** The ticks on the RSVP list of a meeting's page ("Anwesenheit speichern"). */
export async function recordAttendanceAction(event: RequestEvent) {
	const form = await event.request.formData();
	const ids = form.getAll('attended').filter((v): v is string => typeof v === 'string' && UUID.test(v));
	try {
		const { attended } = await recordRsvpAttendance(
			coordinatorContext(event),
			uuidParam(event.params.id),
			uuidParam(event.params.meetingId),
			ids
		);
		return { attendanceSaved: attended };
	} catch (e) {
		return actionFail(e, {});
	}
}

/** Someone without RSVP: a contact, or a free name and organisation; bad input comes back next to the field. */
export async function addAttendeeAction(event: RequestEvent) {
	const form = await event.request.formData();
	const values = formValues(form);
	const parsed = parseForm(addAttendeeSchema, form);
	if (!parsed.ok) return fail(400, { attendeeErrors: parsed.errors, attendeeValues: values });
	try {
		const { name } = await addAttendee(
			coordinatorContext(event),
			uuidParam(event.params.id),
			uuidParam(event.params.meetingId),
			parsed.data
		);
		return { attendeeAdded: name };
	} catch (e) {
		const failed = actionFail(e, values);
		return fail(failed.status, { attendeeErrors: failed.data.errors, attendeeValues: values });
	}
}

export async function removeAttendeeAction(event: RequestEvent) {
	const form = await event.request.formData();
	try {
		await removeAttendee(
			coordinatorContext(event),
			uuidParam(event.params.id),
			uuidParam(event.params.meetingId),
			uuidParam(String(form.get('attendanceId') ?? ''))
		);
		return { attendeeRemoved: true };
	} catch (e) {
		return actionFail(e, {});
	}
}
