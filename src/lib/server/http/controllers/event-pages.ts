import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import { cancelEvent } from '$lib/server/domains/events/cancel-event';
import { createEvent } from '$lib/server/domains/events/create-event';
import { MAX_QUESTIONS, MAX_SESSIONS, EMPTY_ROWS } from '$lib/server/domains/events/event-schema';
import {
	cancelSchema,
	eventFormObject,
	eventFormValues,
	eventSchema,
	returnSchema
} from '$lib/server/domains/events/event-schema';
import { eventFormOptions, getEvent } from '$lib/server/domains/events/get-event';
import { publishEvent } from '$lib/server/domains/events/publish-event';
import { returnEvent } from '$lib/server/domains/events/return-event';
import { updateEvent } from '$lib/server/domains/events/update-event';
import { memberContext } from '../context';
import { formValues, invalid, parseForm, parseWith } from '../forms';
import { actionFail, raise } from '../errors';
import { uuidParam } from '../params';

// The coordinator's (and provider's) event pages: "Neue Veranstaltung", an event's page with its
// form, publish, send back and cancel. Thin: parse, call one use case, map the answer.

const mailContext = (event: RequestEvent) => ({ ...memberContext(event), baseUrl: event.url.origin });

/** "Neue Veranstaltung": the form's choices and the values of a new event. */
export async function loadNewEventPage(event: RequestEvent) {
	try {
		const options = await eventFormOptions(memberContext(event));
		return { options, saved: options.newValues };
	} catch (e) {
		raise(e);
	}
}

/** An event's page: the event, its seats and form values, and the form's choices. */
export async function loadEventPage(event: RequestEvent) {
	const ctx = memberContext(event);
	const id = uuidParam(event.params.id);
	try {
		const options = await eventFormOptions(ctx);
		const data = await getEvent(ctx, id);
		return { options, saved: data.values, ...data };
	} catch (e) {
		raise(e);
	}
}

/** "Weitere Termine / Fragen hinzufügen": the form again with what was typed and more empty rows, nothing saved. */
export async function moreRowsAction(event: RequestEvent) {
	const form = await event.request.formData();
	const values = eventFormValues(form);
	const rows = (key: string, max: number) =>
		String(Math.min(max, Math.max(EMPTY_ROWS, Number(values[key]) || EMPTY_ROWS) + (values.more === key ? 3 : 0)));
	values.sessionRows = rows('sessionRows', MAX_SESSIONS);
	values.questionRows = rows('questionRows', MAX_QUESTIONS);
	return { values, errors: {}, more: values.more === 'sessionRows' ? 'termine' : 'fragen' };
}

/** Saves the form: a new event (→ its page) or the changes of the event in the address. */
export async function saveEventAction(event: RequestEvent) {
	const form = await event.request.formData();
	const values = eventFormValues(form);
	const parsed = parseWith(eventSchema, eventFormObject(form));
	if (!parsed.ok) return invalid(parsed.errors, values);
	const id = event.params.id ? uuidParam(event.params.id) : null;
	let target: string;
	try {
		if (!id) {
			const created = await createEvent(memberContext(event), parsed.data);
			target = `/intern/veranstaltungen/${created.id}?gespeichert=1`;
		} else {
			const r = await updateEvent(mailContext(event), id, parsed.data);
			target = `/intern/veranstaltungen/${id}?gespeichert=1&nachgerueckt=${r.promoted}${r.sequenceRaised ? '&geaendert=1' : ''}`;
		}
	} catch (e) {
		// Saving again after "changed meanwhile" overwrites on purpose: the hidden version moves on.
		if (isAppError(e, 'conflict') && typeof e.details.currentVersion === 'number')
			values.version = String(e.details.currentVersion);
		return actionFail(e, values);
	}
	redirect(303, target);
}

/** Publish, send back with a comment, or cancel (after the confirmation box is ticked). */
export async function eventCommand(event: RequestEvent, command: 'publish' | 'return' | 'cancel') {
	const ctx = mailContext(event);
	const id = uuidParam(event.params.id);
	const form = await event.request.formData();
	const values = { ...formValues(form), command };
	try {
		if (command === 'publish') {
			await publishEvent(ctx, id);
			return { done: 'published' as const };
		}
		if (command === 'return') {
			const parsed = parseForm(returnSchema, form);
			if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
			await returnEvent(ctx, id, parsed.data.comment);
			return { done: 'returned' as const };
		}
		const parsed = parseForm(cancelSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
		return { done: 'cancelled' as const, mailed: (await cancelEvent(ctx, id)).mailed };
	} catch (e) {
		return actionFail(e, values);
	}
}
