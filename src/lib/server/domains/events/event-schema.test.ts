import { describe, expect, it } from 'vitest';
import { parseWith } from '$lib/server/http/forms';
import { berlinInstant } from '$lib/time';
import { eventSchema, euroCents, eventFormObject, eventFormValues } from './event-schema';

const base = {
	version: '0',
	kind: 'kurs',
	audience: 'familien',
	visibility: 'public',
	title: 'Babymassage (Beispiel)',
	capacity: '8',
	waitingList: true,
	promotionMode: 'offer',
	offerHours: '48',
	costFree: true,
	languages: 'de, tr',
	accessibility: [],
	lifeStages: ['0-1'],
	topics: [],
	trainingUnit: 'ue',
	'session-0-day': '2030-04-05',
	'session-0-start': '10:00',
	'session-0-end': '11:00',
	'session-0-place': 'Familienzentrum'
};
const errorsOf = (fields: Record<string, unknown>) => {
	const r = parseWith(eventSchema, { ...base, ...fields });
	return r.ok ? {} : r.errors;
};

describe('the event form', () => {
	it('turns Berlin wall-clock times into instants across the summer-time change, euros into cents, sessions in order', () => {
		const r = parseWith(eventSchema, {
			...base,
			costFree: false,
			fee: '12,50',
			'session-1-day': '2030-03-22',
			'session-1-start': '10:00',
			'session-1-end': '11:00',
			'session-1-onlineUrl': 'https://video.example.org/raum',
			'question-0-label': 'Alter des Babys',
			'question-0-required': true,
			'question-1-label': 'Brauchen Sie einen Platz für den Kinderwagen?',
			'question-1-kind': 'yesno'
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.data.feeCents).toBe(1250);
		expect(r.data.languages).toEqual(['de', 'tr']);
		expect(r.data.sessions.map((s) => s.startsAt.toISOString())).toEqual([
			'2030-03-22T09:00:00.000Z',
			'2030-04-05T08:00:00.000Z'
		]);
		expect(r.data.sessions[0]!.onlineUrl).toBe('https://video.example.org/raum');
		expect(r.data.questions).toEqual([
			{ id: null, label: 'Alter des Babys', kind: 'text', choices: [], required: true },
			{ id: null, label: 'Brauchen Sie einen Platz für den Kinderwagen?', kind: 'yesno', choices: [], required: false }
		]);
		expect(euroCents('12')).toBe(1200);
		expect(euroCents('0,5')).toBe(50);
		expect(euroCents('zwölf')).toBeNull();
	});

	it('answers bad input with message keys at the fields', () => {
		expect(errorsOf({ 'session-0-end': '09:00' })).toEqual({ 'session-0-end': 'error.endBeforeStart' });
		expect(
			errorsOf({ 'session-0-day': '', 'session-0-start': '', 'session-0-end': '', 'session-0-place': '' })
		).toEqual({ 'session-0-day': 'events.error.sessionRequired' });
		expect(errorsOf({ 'session-0-place': '' })).toEqual({ 'session-0-place': 'error.placeOrLink' });
		expect(errorsOf({ 'session-0-day': '2030-02-31' })).toEqual({ 'session-0-day': 'error.dateImpossible' });
		expect(errorsOf({ capacity: '0' })).toEqual({ capacity: 'events.error.capacity' });
		expect(errorsOf({ capacity: '-3' })).toEqual({ capacity: 'events.error.capacity' });
		expect(errorsOf({ closesDay: '2030-04-06' })).toEqual({ closesDay: 'events.error.closesAfterStart' });
		expect(errorsOf({ closesDay: '2030-04-04' })).toEqual({});
		expect(errorsOf({ opensDay: '2030-03-20', closesDay: '2030-03-19' })).toEqual({
			closesDay: 'events.error.closesBeforeOpens'
		});
		expect(errorsOf({ costFree: false })).toEqual({ fee: 'events.error.feeRequired' });
		expect(errorsOf({ costFree: false, fee: '12 Euro' })).toEqual({ fee: 'events.error.fee' });
		expect(
			errorsOf({ 'question-0-label': 'Essen', 'question-0-kind': 'choice', 'question-0-choices': 'vegan' })
		).toEqual({ 'question-0-choices': 'events.error.choicesNeeded' });
		expect(errorsOf({ 'question-0-choices': 'a\nb' })).toEqual({ 'question-0-label': 'error.required' });
		expect(errorsOf({ offerHours: '0' })).toEqual({ offerHours: 'events.error.offerHours' });
		expect(errorsOf({ trainingHours: '6,5' })).toEqual({});
		expect(errorsOf({ trainingHours: 'acht' })).toEqual({ trainingHours: 'events.error.trainingHours' });
		expect(errorsOf({ kind: 'party' })).toEqual({ kind: 'error.choose' });
	});

	it('reads checkboxes and repeated fields from the posted form and gives them back as typed', () => {
		const form = new FormData();
		for (const [k, v] of Object.entries({ ...base, waitingList: 'on', costFree: 'on', accessibility: 'wc' }))
			if (typeof v === 'string') form.append(k, v);
		form.append('lifeStages', '0-1');
		form.append('lifeStages', 'schwangerschaft');
		form.append('question-0-required', 'on');
		const object = eventFormObject(form);
		expect(object).toMatchObject({ waitingList: true, costFree: true, lifeStages: ['0-1', 'schwangerschaft'] });
		expect(object['question-0-required']).toBe(true);
		expect(object['question-1-required']).toBe(false);
		expect(eventFormValues(form)).toMatchObject({ lifeStages: '0-1,schwangerschaft', waitingList: 'on', topics: '' });
		expect(berlinInstant('2030-04-05', '10:00').toISOString()).toBe('2030-04-05T08:00:00.000Z');
	});
});
