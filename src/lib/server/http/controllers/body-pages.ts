import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import { getBody } from '$lib/server/domains/bodies/get-body';
import { saveBody } from '$lib/server/domains/bodies/save-body';
import { cancelMeeting } from '$lib/server/domains/bodies/cancel-meeting';
import { getMeeting } from '$lib/server/domains/bodies/get-meeting';
import { inviteToMeeting } from '$lib/server/domains/bodies/invite-to-meeting';
import { saveMeeting } from '$lib/server/domains/bodies/save-meeting';
import { bodySchema, meetingSchema } from '$lib/server/domains/bodies/meeting-schema';
import { berlinParts } from '$lib/server/domains/shared/time';
import { meetingTasks } from '$lib/server/domains/bodies/meeting-tasks';
import { minutesSchema, type MinutesInput } from '$lib/server/domains/bodies/minutes-schema';
import { saveMinutes } from '$lib/server/domains/bodies/save-minutes';
import { sendMinutes } from '$lib/server/domains/bodies/send-minutes';
import { setTaskStatus } from '$lib/server/domains/bodies/set-task-status';
import { minutesPdf } from '$lib/server/domains/bodies/meeting-pdf';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import { taskOwnerSuggestions } from '$lib/server/domains/bodies/task-owners';
import { agendaFormValues, parseAgenda, scheduleAgenda } from '$lib/agenda';
import { t, type MessageKey } from '$lib/i18n';
import { coordinatorContext } from '../context';
import { formValues, parseForm, parseWith } from '../forms';
import { raise } from '../errors';
import { uuidParam } from '../params';

const invalidForm = (errors: Record<string, string>, values: Record<string, unknown>, status = 400) =>
	fail(status, { errors: errors as Record<string, MessageKey>, values });

export async function loadBodyPage(event: RequestEvent, bodyId: string | null) {
	try {
		const data = await getBody(coordinatorContext(event), bodyId ? uuidParam(bodyId) : null);
		return {
			...data,
			saved: {
				version: String(data.body?.version ?? 0),
				name: data.body?.name ?? '',
				kind: data.body?.kind ?? 'arbeitsgruppe',
				purpose: data.body?.purpose ?? '',
				external: data.body?.external ?? '',
				organisationIds: data.memberIds,
				allMembers: data.body?.allMembers ? '1' : '',
				contactIds: data.contactIds,
				leadContactId: data.body?.leadContactId ?? ''
			}
		};
	} catch (e) {
		raise(e);
	}
}

export async function saveBodyAction(event: RequestEvent, bodyId: string | null) {
	const ctx = coordinatorContext(event);
	const form = await event.request.formData();
	const object: Record<string, unknown> = Object.fromEntries(
		[...form.entries()].filter(([, v]) => typeof v === 'string')
	);
	object.organisationIds = form.getAll('organisationIds').filter((v) => typeof v === 'string');
	object.contactIds = form.getAll('contactIds').filter((v) => typeof v === 'string');
	const parsed = parseWith(bodySchema, object);
	if (!parsed.ok) return invalidForm(parsed.errors, object);
	let saved: { id: string };
	try {
		saved = await saveBody(ctx, bodyId ? uuidParam(bodyId) : null, parsed.data);
	} catch (e) {
		if (isAppError(e, 'conflict')) return invalidForm({ form: 'error.versionConflict' }, object, 409);
		if (isAppError(e, 'validation'))
			return invalidForm({ [String(e.details.field)]: String(e.details.message) }, object);
		raise(e);
	}
	redirect(303, `/intern/gremien/${saved.id}?gespeichert=1`);
}

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
	if (!parsed.ok) return invalidForm(parsed.errors, values);
	let saved: { id: string; updatesSent: number };
	try {
		saved = await saveMeeting(ctx, bodyId, meetingId, parsed.data);
	} catch (e) {
		if (isAppError(e, 'conflict')) return invalidForm({ form: 'error.versionConflict' }, values, 409);
		if (isAppError(e, 'validation')) return invalidForm({ form: String(e.details.message) }, values);
		raise(e);
	}
	redirect(303, `/intern/gremien/${bodyId}/sitzungen/${saved.id}?gespeichert=1&aktualisiert=${saved.updatesSent}`);
}

export async function meetingCommand(event: RequestEvent, command: 'invite' | 'cancel') {
	const ctx = { ...coordinatorContext(event), baseUrl: event.url.origin };
	const bodyId = uuidParam(event.params.id);
	const meetingId = uuidParam(event.params.meetingId);
	try {
		if (command === 'invite') return { invited: (await inviteToMeeting(ctx, bodyId, meetingId)).invited };
		await cancelMeeting(ctx, bodyId, meetingId);
		return { cancelled: true };
	} catch (e) {
		if (isAppError(e, 'validation'))
			return fail(400, { errors: { form: String(e.details.message) } as Record<string, MessageKey>, values: {} });
		raise(e);
	}
}

export async function saveMinutesAction(event: RequestEvent) {
	const ctx = coordinatorContext(event);
	const form = await event.request.formData();
	const values = formValues(form);
	const parsed = parseForm(minutesSchema, form);
	if (!parsed.ok)
		return fail(400, { minutesErrors: parsed.errors as Record<string, MessageKey>, minutesValues: values });
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
					brand
				)
		);
		return { minutesSent: result.sent };
	} catch (e) {
		if (isAppError(e, 'validation'))
			return fail(400, { errors: { form: String(e.details.message) } as Record<string, MessageKey>, values: {} });
		raise(e);
	}
}
