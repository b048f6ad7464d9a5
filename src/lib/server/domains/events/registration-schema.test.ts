import { describe, expect, it } from 'vitest';
import { parseWith } from '$lib/server/http/forms';
import { registrationSchema } from './registration-schema';

const questions = [
	{ id: 'q1', kind: 'text' as const, label: 'Wie alt ist Ihr Baby (in Wochen)?', choices: [], required: true },
	{ id: 'q2', kind: 'choice' as const, label: 'Workshop', choices: ['A', 'B'], required: false },
	{ id: 'q3', kind: 'yesno' as const, label: 'Mittagessen?', choices: [], required: true }
];
const family = registrationSchema({ audience: 'familien', capacity: 8, questions });
const professional = registrationSchema({ audience: 'fachkraefte', capacity: 80, questions: [] });

describe('the registration form', () => {
	it('turns a complete form into a registration: answers by question, yes/no as booleans, persons as a number', () => {
		const parsed = parseWith(family, {
			name: ' Ayşe Beispiel ',
			email: 'ayse@example.org',
			phone: '',
			persons: '2',
			'q-q1': '12',
			'q-q2': '',
			'q-q3': 'nein',
			consent: '1',
			website: ''
		});
		expect(parsed).toEqual({
			ok: true,
			data: {
				name: 'Ayşe Beispiel',
				email: 'ayse@example.org',
				phone: '',
				organisationName: '',
				persons: 2,
				answers: { q1: '12', q3: false },
				honeypot: ''
			}
		});
	});

	it('names every mistake next to its field with a message of the portal catalog', () => {
		const parsed = parseWith(family, { email: 'keine-adresse', persons: '11', 'q-q2': 'C', phone: 'abc' });
		expect(parsed).toEqual({
			ok: false,
			errors: {
				name: 'events.form.nameRequired',
				email: 'events.form.emailInvalid',
				phone: 'events.form.phoneInvalid',
				persons: 'events.form.personsInvalid',
				consent: 'events.form.consentRequired',
				'q-q1': 'events.form.answerRequired',
				'q-q2': 'events.form.chooseOption',
				'q-q3': 'events.form.answerRequired'
			}
		});
		expect(parseWith(family, { email: '' })).toMatchObject({ errors: { email: 'events.form.emailRequired' } });
		expect(parseWith(family, { name: 'x'.repeat(201) })).toMatchObject({ errors: { name: 'events.form.tooLong' } });
	});

	it('asks professionals for their organisation and never for persons; families the other way round', () => {
		const parsed = parseWith(professional, {
			name: 'Ole Beispiel',
			email: 'ole@example.org',
			organisationName: 'Kita Regenbogen',
			persons: '5',
			consent: '1'
		});
		expect(parsed).toMatchObject({ ok: true, data: { organisationName: 'Kita Regenbogen', persons: 1 } });
		const familyOrg = parseWith(family, {
			name: 'A',
			email: 'a@example.org',
			organisationName: 'X',
			consent: '1',
			'q-q1': '3',
			'q-q3': 'ja'
		});
		expect(familyOrg).toMatchObject({ ok: true, data: { organisationName: '', persons: 1, answers: { q3: true } } });
	});
});
