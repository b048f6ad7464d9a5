import { describe, expect, it } from 'vitest';
import { parseWith } from '$lib/server/http/forms';
import { parseAgenda, scheduleAgenda } from '$lib/agenda';
import { berlinInstant, berlinParts } from '../shared/time';
import { meetingSchema } from './meeting-schema';

describe('meeting times in Europe/Berlin', () => {
	it('converts wall-clock times in winter and summer time', () => {
		expect(berlinInstant('2026-01-15', '18:00').toISOString()).toBe('2026-01-15T17:00:00.000Z');
		expect(berlinInstant('2026-07-15', '18:00').toISOString()).toBe('2026-07-15T16:00:00.000Z');
		expect(berlinParts(new Date('2026-07-15T16:00:00Z'))).toEqual({ day: '2026-07-15', time: '18:00' });
	});
	it('refuses a meeting that ends before it starts and one without place or link', () => {
		const parsed = parseWith(meetingSchema, {
			version: '0',
			title: 'X',
			day: '2026-05-01',
			start: '18:00',
			end: '17:00',
			place: '',
			onlineUrl: '',
			agenda: ''
		});
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors).toMatchObject({ end: 'error.endBeforeStart', place: 'error.placeOrLink' });
	});
});

describe('agenda items with owners and durations', () => {
	it('turns form rows into readable lines and back, and plans the start of each item', () => {
		const parsed = parseWith(meetingSchema, {
			version: '0',
			title: 'X',
			day: '2026-05-01',
			start: '15:00',
			end: '17:00',
			place: 'Rathaus',
			onlineUrl: '',
			'agenda-0-title': 'Begrüßung',
			'agenda-0-owner': 'Koordination',
			'agenda-0-minutes': '10',
			'agenda-1-title': 'Bericht – AGs',
			'agenda-1-minutes': '30',
			'agenda-3-title': 'Verschiedenes'
		});
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.data.agenda).toBe('Begrüßung – Koordination – 10 Min.\nBericht - AGs – 30 Min.\nVerschiedenes');
		expect(parseAgenda(parsed.data.agenda)).toEqual([
			{ title: 'Begrüßung', owner: 'Koordination', minutes: 10 },
			{ title: 'Bericht - AGs', owner: '', minutes: 30 },
			{ title: 'Verschiedenes', owner: '', minutes: null }
		]);
		expect(scheduleAgenda(parseAgenda(parsed.data.agenda), '15:00')).toMatchObject({
			totalMinutes: 40,
			items: [{ at: '15:00' }, { at: '15:10' }, { at: '15:40' }]
		});
		const bad = parseWith(meetingSchema, {
			version: '0',
			title: 'X',
			day: '2026-05-01',
			start: '15:00',
			end: '17:00',
			place: 'Rathaus',
			onlineUrl: '',
			'agenda-0-minutes': 'zehn',
			'agenda-1-owner': 'ASD'
		});
		expect(bad.ok).toBe(false);
		if (!bad.ok)
			expect(bad.errors).toMatchObject({
				'agenda-0-minutes': 'error.agendaMinutes',
				'agenda-1-title': 'error.required'
			});
	});
});
