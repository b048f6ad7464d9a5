import { z } from 'zod';
import type { EventAudience, RegistrationAnswers } from '$lib/server/db/schema';
import type { PublicEventQuestion } from './get-public-event';

// The portal's registration form (issue 14, item 4): the same fields for every event, the
// organisation for professionals, the number of persons for families, and the event's own
// questions. Errors are message keys of the portal catalog, so they show in the page's language.

/** Most persons one family registration may bring (within the event's capacity). */
export const MAX_PERSONS = 10;

/** The form field of one of the event's questions. */
export const questionField = (id: string) => `q-${id}`;

/** The hidden field people never see and bots fill in (honeypot). */
export const HONEYPOT_FIELD = 'website';

export const asksOrganisation = (audience: EventAudience) => audience !== 'familien';
export const asksPersons = (audience: EventAudience) => audience !== 'fachkraefte';

const text = (max: number) => z.string().trim().max(max, 'events.form.tooLong');
const optional = (schema: z.ZodString) => z.string().optional().default('').pipe(schema);

function answerSchema(q: PublicEventQuestion) {
	const required = (v: string) => !q.required || v !== '';
	switch (q.kind) {
		case 'choice':
			return optional(z.string().trim())
				.refine(required, 'events.form.answerRequired')
				.refine((v) => v === '' || q.choices.includes(v), 'events.form.chooseOption');
		case 'yesno':
			return optional(z.string().trim())
				.refine(required, 'events.form.answerRequired')
				.refine((v) => v === '' || v === 'ja' || v === 'nein', 'events.form.chooseOption');
		default:
			return optional(text(1000)).refine(required, 'events.form.answerRequired');
	}
}

export type RegistrationInput = {
	name: string;
	email: string;
	phone: string;
	organisationName: string;
	persons: number;
	answers: RegistrationAnswers;
	honeypot: string;
};

/** The form of one event: `q-<id>` per question; what comes out is ready for `placeRegistration`. */
export function registrationSchema(event: {
	audience: EventAudience;
	capacity: number;
	questions: PublicEventQuestion[];
}) {
	const maxPersons = Math.max(1, Math.min(MAX_PERSONS, event.capacity));
	const shape: Record<string, z.ZodType> = {
		name: optional(z.string().trim().min(1, 'events.form.nameRequired').max(200, 'events.form.tooLong')),
		email: optional(
			z
				.string()
				.trim()
				.min(1, 'events.form.emailRequired')
				.max(254, 'events.form.tooLong')
				.refine((v) => z.email().safeParse(v).success, 'events.form.emailInvalid')
		),
		phone: optional(text(40)).refine((v) => v === '' || /^\+?[0-9][0-9 ()/-]{2,}$/.test(v), 'events.form.phoneInvalid'),
		organisationName: asksOrganisation(event.audience)
			? optional(text(200))
			: z
					.unknown()
					.optional()
					.transform(() => ''),
		persons: asksPersons(event.audience)
			? optional(z.string().trim())
					.refine(
						(v) => v === '' || (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= maxPersons),
						'events.form.personsInvalid'
					)
					.transform((v) => (v === '' ? 1 : Number(v)))
			: z
					.unknown()
					.optional()
					.transform(() => 1),
		// Unchecked, a checkbox sends nothing at all: the default makes that a refusal too.
		consent: optional(z.string().refine((v) => v === '1', 'events.form.consentRequired')),
		[HONEYPOT_FIELD]: z.string().optional().default('')
	};
	for (const q of event.questions) shape[questionField(q.id)] = answerSchema(q);
	return z.object(shape).transform((v): RegistrationInput => {
		const answers: RegistrationAnswers = {};
		for (const q of event.questions) {
			const value = String(v[questionField(q.id)] ?? '');
			if (value === '') continue;
			answers[q.id] = q.kind === 'yesno' ? value === 'ja' : value;
		}
		return {
			name: String(v.name),
			email: String(v.email),
			phone: String(v.phone),
			organisationName: String(v.organisationName),
			persons: Number(v.persons),
			answers,
			honeypot: String(v[HONEYPOT_FIELD])
		};
	});
}
