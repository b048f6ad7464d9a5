import { redirect, type RequestEvent } from '@sveltejs/kit';
import { cancelMeeting } from '$lib/server/domains/bodies/cancel-meeting';
import { getMeeting } from '$lib/server/domains/bodies/get-meeting';
import { inviteToMeeting } from '$lib/server/domains/bodies/invite-to-meeting';
import { saveMeeting } from '$lib/server/domains/bodies/save-meeting';
import { meetingSchema } from '$lib/server/domains/bodies/meeting-schema';
import { berlinParts } from '$lib/server/domains/shared/time';
import { meetingTasks } from '$lib/server/domains/bodies/meeting-tasks';
import { taskOwnerSuggestions } from '$lib/server/domains/bodies/task-owners';
import { agendaFormValues, parseAgenda, scheduleAgenda } from '$lib/agenda';
import { coordinatorContext } from '../context';
import { formValues, invalid, parseForm } from '../forms';
import { actionFail, raise } from '../errors';
import { uuidParam } from '../params';

/** "Neue Sitzung" and a meeting's page: the meeting, its tasks, the agenda with times and the form values. */
export async function loadMeetingPage(event: RequestEvent) {
	try {
		const ctx = coordinatorContext(event);
		const data = await getMeeting(
			ctx,
			uuidParam(event.params.id),
			event.params.meetingId ? uuidParam(event.params.meetingId) : null
		);
		const m = data.meeting;
		const taskList = m ? await meetingTasks(ctx, m) : { own: [], carried: [] };
		const ownerSuggestions = m ? await taskOwnerSuggestions(ctx, m.bodyId) : [];
		const start = m ? berlinParts(m.startsAt) : null;
		return {
			...data,
			tasks: taskList,
			ownerSuggestions,
			agenda: m ? scheduleAgenda(parseAgenda(m.agenda), berlinParts(m.startsAt).time) : null,
			meetingMinutes: m ? Math.round((m.endsAt.getTime() - m.startsAt.getTime()) / 60_000) : 0,
			saved: {
				version: String(m?.version ?? 0),
				title: m?.title ?? '',
				day: start?.day ?? '',
				start: start?.time ?? '',
				end: m ? berlinParts(m.endsAt).time : '',
				place: m?.place ?? '',
				onlineUrl: m?.onlineUrl ?? '',
				...agendaFormValues(m?.agenda ?? '')
			}
		};
	} catch (e) {
		raise(e);
	}
}

export async function saveMeetingAction(event: RequestEvent) {
	const ctx = { ...coordinatorContext(event), baseUrl: event.url.origin };
	const bodyId = uuidParam(event.params.id);
	const meetingId = event.params.meetingId ? uuidParam(event.params.meetingId) : null;
	const form = await event.request.formData();
	const values = formValues(form);
	const parsed = parseForm(meetingSchema, form);
	if (!parsed.ok) return invalid(parsed.errors, values);
	let saved: { id: string; updatesSent: number };
	try {
		saved = await saveMeeting(ctx, bodyId, meetingId, parsed.data);
	} catch (e) {
		return actionFail(e, values);
	}
	redirect(303, `/intern/gremien/${bodyId}/sitzungen/${saved.id}?gespeichert=1&aktualisiert=${saved.updatesSent}`);
}

/** "Einladen" and "Absagen" on a meeting's page. */
export async function meetingCommand(event: RequestEvent, command: 'invite' | 'cancel') {
	const ctx = { ...coordinatorContext(event), baseUrl: event.url.origin };
	const bodyId = uuidParam(event.params.id);
	const meetingId = uuidParam(event.params.meetingId);
	try {
		if (command === 'invite') return { invited: (await inviteToMeeting(ctx, bodyId, meetingId)).invited };
		await cancelMeeting(ctx, bodyId, meetingId);
		return { cancelled: true };
	} catch (e) {
		return actionFail(e, {});
	}
}
