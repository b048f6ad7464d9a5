import { fail, type RequestEvent } from '@sveltejs/kit';
import { getMeetingAttendance } from '$lib/server/domains/bodies/list-attendance';
import { minutesSchema, type MinutesInput } from '$lib/server/domains/bodies/minutes-schema';
import { saveMinutes } from '$lib/server/domains/bodies/save-minutes';
import { sendMinutes } from '$lib/server/domains/bodies/send-minutes';
import { setTaskStatus } from '$lib/server/domains/bodies/set-task-status';
import { minutesPdf } from '$lib/server/domains/bodies/meeting-pdf';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import { t } from '$lib/i18n';
import { coordinatorContext } from '../context';
import { formValues, parseForm } from '../forms';
import { actionFail, raise } from '../errors';
import { uuidParam } from '../params';

// The minutes part of a meeting's page, and the task check box it shares with "Aufgaben".

export async function saveMinutesAction(event: RequestEvent) {
	const ctx = coordinatorContext(event);
	const form = await event.request.formData();
	const values = formValues(form);
	const parsed = parseForm(minutesSchema, form);
	if (!parsed.ok) return fail(400, { minutesErrors: parsed.errors, minutesValues: values });
	try {
		return {
			tasksAdded: (
				await saveMinutes(
					ctx,
					uuidParam(event.params.id),
					uuidParam(event.params.meetingId),
					parsed.data as MinutesInput
				)
			).added
		};
	} catch (e) {
		raise(e);
	}
}

export async function toggleTaskAction(event: RequestEvent) {
	const ctx = coordinatorContext(event);
	const form = await event.request.formData();
	try {
		await setTaskStatus(ctx, uuidParam(String(form.get('taskId') ?? '')), form.get('done') === '1');
		return { taskUpdated: true };
	} catch (e) {
		raise(e);
	}
}

export async function sendMinutesAction(event: RequestEvent) {
	const ctx = coordinatorContext(event);
	try {
		const brand = await getPdfBrand(ctx.db, ctx.network.id, t);
		const { attendees } = await getMeetingAttendance(
			ctx,
			uuidParam(event.params.id),
			uuidParam(event.params.meetingId)
		);
		const result = await sendMinutes(
			ctx,
			uuidParam(event.params.id),
			uuidParam(event.params.meetingId),
			(m, bodyName, own) =>
				minutesPdf(
					{
						networkName: ctx.network.name,
						bodyName,
						title: m.title,
						startsAt: m.startsAt,
						endsAt: m.endsAt,
						place: m.place,
						onlineUrl: m.onlineUrl,
						agenda: m.agenda,
						minutes: m.minutes
					},
					own,
					brand,
					attendees
				)
		);
		return { minutesSent: result.sent };
	} catch (e) {
		return actionFail(e, {});
	}
}
