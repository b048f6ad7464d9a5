import type { eventQuestions, eventSessions, events } from '$lib/server/db/schema';
import { berlinParts } from '$lib/server/domains/shared/time';
import { centsText, EMPTY_ROWS, MAX_QUESTIONS, MAX_SESSIONS, questionKey, sessionKey } from './event-schema';

// The event form's values (all strings, lists comma-joined, checkboxes "on" or ""), from the stored
// event or for a new one. `sessionRows` / `questionRows` say how many rows the form shows.

type Values = Record<string, string>;

/** The form of a new event: one network event for professionals, free, with a waiting list. */
export function newEventValues(provider: boolean): Values {
	return {
		version: '0',
		kind: provider ? 'kurs' : 'fachtagung',
		audience: provider ? 'familien' : 'fachkraefte',
		visibility: 'public',
		capacity: '',
		waitingList: 'on',
		promotionMode: 'automatic',
		offerHours: '48',
		costFree: 'on',
		languages: 'de',
		trainingUnit: 'ue',
		sessionRows: String(EMPTY_ROWS),
		questionRows: String(EMPTY_ROWS)
	};
}

/** The stored event as form values, with one empty row more for a further session and question. */
export function storedEventValues(
	e: typeof events.$inferSelect,
	sessions: (typeof eventSessions.$inferSelect)[],
	questions: (typeof eventQuestions.$inferSelect)[]
): Values {
	const day = (d: Date | null) => (d ? berlinParts(d).day : '');
	const time = (d: Date | null) => (d ? berlinParts(d).time : '');
	const values: Values = {
		version: String(e.version),
		kind: e.kind,
		audience: e.audience,
		visibility: e.visibility,
		title: e.title,
		summary: e.summary,
		description: e.description,
		organisationId: e.organisationId ?? '',
		capacity: String(e.capacity),
		waitingList: e.waitingList ? 'on' : '',
		promotionMode: e.promotionMode,
		offerHours: String(e.offerHours),
		opensDay: day(e.registrationOpensAt),
		opensTime: time(e.registrationOpensAt),
		closesDay: day(e.registrationClosesAt),
		closesTime: time(e.registrationClosesAt),
		costFree: e.costFree ? 'on' : '',
		fee: centsText(e.feeCents),
		languages: e.languages.join(', '),
		accessibility: e.accessibility.join(','),
		accessibilityNote: e.accessibilityNote,
		lifeStages: e.lifeStages.join(','),
		topics: e.topics.join(','),
		trainingHours: e.trainingHours ? e.trainingHours.replace(/\.0$/, '').replace('.', ',') : '',
		trainingUnit: e.trainingUnit,
		contactName: e.contactName,
		contactEmail: e.contactEmail,
		contactPhone: e.contactPhone,
		sessionRows: String(Math.min(MAX_SESSIONS, sessions.length + 1)),
		questionRows: String(Math.min(MAX_QUESTIONS, questions.length + 1))
	};
	sessions.forEach((s, i) => {
		values[sessionKey(i, 'id')] = s.id;
		values[sessionKey(i, 'day')] = berlinParts(s.startsAt).day;
		values[sessionKey(i, 'start')] = berlinParts(s.startsAt).time;
		values[sessionKey(i, 'end')] = berlinParts(s.endsAt).time;
		values[sessionKey(i, 'place')] = s.place;
		values[sessionKey(i, 'onlineUrl')] = s.onlineUrl;
	});
	questions.forEach((q, i) => {
		values[questionKey(i, 'id')] = q.id;
		values[questionKey(i, 'label')] = q.label;
		values[questionKey(i, 'kind')] = q.kind;
		values[questionKey(i, 'choices')] = q.choices.join('\n');
		values[questionKey(i, 'required')] = q.required ? 'on' : '';
	});
	return values;
}
