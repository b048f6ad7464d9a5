import { z } from 'zod';
import {
	ACCESSIBILITY_FEATURES,
	EVENT_AUDIENCES,
	EVENT_KINDS,
	EVENT_VISIBILITIES,
	LIFE_STAGES,
	PROMOTION_MODES,
	QUESTION_KINDS,
	REGISTRATION_STATUSES,
	TRAINING_UNITS,
	type QuestionKind
} from '$lib/server/db/schema';
import { isCalendarDay } from '$lib/calendar-day';
import { berlinInstant } from '../shared/time';

// The coordinator's and the provider's event form (issue 14, item 2): fixed fields, a number of
// session rows (`session-N-…`) and question rows (`question-N-…`). Without JavaScript the page
// shows the stored rows plus empty ones, and "weitere hinzufügen" posts the form back with more.

/** A course has several dates; more than this is a series of events. */
export const MAX_SESSIONS = 20;
export const MAX_QUESTIONS = 10;
export const MAX_CHOICES = 20;
/** Empty rows a new form shows, and how many "weitere hinzufügen" adds. */
export const EMPTY_ROWS = 2;

export const SESSION_FIELDS = ['id', 'day', 'start', 'end', 'place', 'onlineUrl'] as const;
export const QUESTION_FIELDS = ['id', 'label', 'kind', 'choices', 'required'] as const;
export const sessionKey = (i: number, f: (typeof SESSION_FIELDS)[number]) => `session-${i}-${f}`;
export const questionKey = (i: number, f: (typeof QUESTION_FIELDS)[number]) => `question-${i}-${f}`;

/** Form fields that are checkbox lists (arrive repeated) and checkboxes (arrive as "on" or not at all). */
export const EVENT_LIST_FIELDS = ['accessibility', 'lifeStages', 'topics'] as const;
const BOOLEAN_FIELDS = ['waitingList', 'costFree'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const text = (max: number) => z.string().trim().max(max, 'error.tooLong');
const optionalDay = text(10)
	.default('')
	.refine((v) => v === '' || DAY.test(v), 'error.dateInvalid')
	.refine((v) => !DAY.test(v) || isCalendarDay(v), 'error.dateImpossible');
const optionalTime = text(5)
	.default('')
	.refine((v) => v === '' || TIME.test(v), 'error.timeInvalid');
const optionalEmail = text(254).refine((v) => v === '' || z.email().safeParse(v).success, 'error.emailInvalid');
const phone = text(40).refine((v) => v === '' || /^\+?[0-9][0-9 ()/-]{2,}$/.test(v), 'error.phoneInvalid');
const httpsUrl = text(500).refine((v) => v === '' || /^https:\/\/[^\s]+\.[^\s]+$/.test(v), 'error.urlInvalid');
const optionalUuid = text(40)
	.default('')
	.refine((v) => v === '' || z.uuid().safeParse(v).success, 'error.choose');
const list = (values: readonly string[]) => z.array(z.enum(values as [string, ...string[]], 'error.choose'));
const whole = (min: number, max: number, message: string) =>
	text(6).refine((v) => /^\d{1,6}$/.test(v) && Number(v) >= min && Number(v) <= max, message);

const rowFields = Object.fromEntries([
	...Array.from({ length: MAX_SESSIONS }, (_, i) => [
		[sessionKey(i, 'id'), optionalUuid],
		[sessionKey(i, 'day'), optionalDay],
		[sessionKey(i, 'start'), optionalTime],
		[sessionKey(i, 'end'), optionalTime],
		[sessionKey(i, 'place'), text(300).default('')],
		[sessionKey(i, 'onlineUrl'), httpsUrl.default('')]
	]).flat(),
	...Array.from({ length: MAX_QUESTIONS }, (_, i) => [
		[questionKey(i, 'id'), optionalUuid],
		[questionKey(i, 'label'), text(300).default('')],
		[questionKey(i, 'kind'), z.enum(QUESTION_KINDS, 'error.choose').default('text')],
		[questionKey(i, 'choices'), text(2000).default('')],
		[questionKey(i, 'required'), z.boolean().default(false)]
	]).flat()
]) as Record<never, z.ZodString>;

type Rows = Record<string, string | boolean | undefined>;
const str = (rows: Rows, key: string) => String(rows[key] ?? '');
const sessionFilled = (rows: Rows, i: number) =>
	(['day', 'start', 'end', 'place', 'onlineUrl'] as const).some((f) => str(rows, sessionKey(i, f)) !== '');
const choicesOf = (value: string) =>
	value
		.split('\n')
		.map((c) => c.trim())
		.filter(Boolean);

/** Money typed as euros ("12", "12,50", "12.5") → cents; null when it is none. */
export function euroCents(value: string): number | null {
	const m = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(value.trim());
	if (!m) return null;
	return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Cents as the form shows them: 1250 → "12,50". */
export function centsText(cents: number | null): string {
	if (cents === null) return '';
	return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

export const eventSchema = z
	.object({
		version: z.coerce.number().int().min(0),
		kind: z.enum(EVENT_KINDS, 'error.choose'),
		audience: z.enum(EVENT_AUDIENCES, 'error.choose'),
		visibility: z.enum(EVENT_VISIBILITIES, 'error.choose'),
		title: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
		summary: text(400).default(''),
		description: text(10_000).default(''),
		organisationId: optionalUuid,
		capacity: whole(1, 100_000, 'events.error.capacity'),
		waitingList: z.boolean(),
		promotionMode: z.enum(PROMOTION_MODES, 'error.choose'),
		offerHours: whole(1, 336, 'events.error.offerHours'),
		opensDay: optionalDay,
		opensTime: optionalTime,
		closesDay: optionalDay,
		closesTime: optionalTime,
		costFree: z.boolean(),
		fee: text(20).default(''),
		languages: text(200)
			.default('')
			.refine(
				(v) => v.split(',').every((c) => c.trim() === '' || /^[a-z]{2,3}$/.test(c.trim())),
				'error.languageCodes'
			),
		accessibility: list(ACCESSIBILITY_FEATURES),
		accessibilityNote: text(500).default(''),
		lifeStages: list(LIFE_STAGES),
		topics: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/, 'error.choose')),
		trainingHours: text(10)
			.default('')
			.refine((v) => v === '' || (/^\d{1,3}([.,]\d)?$/.test(v) && Number(v.replace(',', '.')) > 0), {
				message: 'events.error.trainingHours'
			}),
		trainingUnit: z.enum(TRAINING_UNITS, 'error.choose'),
		contactName: text(200).default(''),
		contactEmail: optionalEmail.default(''),
		contactPhone: phone.default(''),
		...rowFields
	})
	.superRefine((v, ctx) => {
		const rows = v as unknown as Rows;
		const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
		let sessions = 0;
		let firstStart: Date | null = null;
		for (let i = 0; i < MAX_SESSIONS; i++) {
			if (!sessionFilled(rows, i)) continue;
			sessions++;
			const day = str(rows, sessionKey(i, 'day'));
			const start = str(rows, sessionKey(i, 'start'));
			const end = str(rows, sessionKey(i, 'end'));
			if (!day) issue(sessionKey(i, 'day'), 'error.required');
			if (!start) issue(sessionKey(i, 'start'), 'error.required');
			if (!end) issue(sessionKey(i, 'end'), 'error.required');
			if (TIME.test(start) && TIME.test(end) && end <= start) issue(sessionKey(i, 'end'), 'error.endBeforeStart');
			if (!str(rows, sessionKey(i, 'place')) && !str(rows, sessionKey(i, 'onlineUrl')))
				issue(sessionKey(i, 'place'), 'error.placeOrLink');
			if (DAY.test(day) && isCalendarDay(day) && TIME.test(start)) {
				const at = berlinInstant(day, start);
				if (!firstStart || at < firstStart) firstStart = at;
			}
		}
		if (sessions === 0) issue(sessionKey(0, 'day'), 'events.error.sessionRequired');
		const opens = v.opensDay ? berlinInstant(v.opensDay, v.opensTime || '00:00') : null;
		const closes = v.closesDay ? berlinInstant(v.closesDay, v.closesTime || '23:59') : null;
		if (v.opensTime && !v.opensDay) issue('opensDay', 'error.required');
		if (v.closesTime && !v.closesDay) issue('closesDay', 'error.required');
		if (opens && closes && closes <= opens) issue('closesDay', 'events.error.closesBeforeOpens');
		if (closes && firstStart && closes > firstStart) issue('closesDay', 'events.error.closesAfterStart');
		if (!v.costFree && !v.fee) issue('fee', 'events.error.feeRequired');
		else if (!v.costFree && (euroCents(v.fee) === null || euroCents(v.fee) === 0)) issue('fee', 'events.error.fee');
		for (let i = 0; i < MAX_QUESTIONS; i++) {
			const label = str(rows, questionKey(i, 'label'));
			const choices = choicesOf(str(rows, questionKey(i, 'choices')));
			if (!label) {
				if (choices.length > 0) issue(questionKey(i, 'label'), 'error.required');
				continue;
			}
			if (rows[questionKey(i, 'kind')] === 'choice' && choices.length < 2)
				issue(questionKey(i, 'choices'), 'events.error.choicesNeeded');
			if (choices.length > MAX_CHOICES || choices.some((c) => c.length > 200))
				issue(questionKey(i, 'choices'), 'events.error.choicesTooMany');
		}
	})
	.transform((v) => {
		const rows = v as unknown as Rows;
		const sessions = Array.from({ length: MAX_SESSIONS }, (_, i) => i)
			.filter((i) => sessionFilled(rows, i))
			.map((i) => {
				const day = str(rows, sessionKey(i, 'day'));
				return {
					id: str(rows, sessionKey(i, 'id')) || null,
					startsAt: berlinInstant(day, str(rows, sessionKey(i, 'start'))),
					endsAt: berlinInstant(day, str(rows, sessionKey(i, 'end'))),
					place: str(rows, sessionKey(i, 'place')),
					onlineUrl: str(rows, sessionKey(i, 'onlineUrl'))
				};
			})
			.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
		const questions = Array.from({ length: MAX_QUESTIONS }, (_, i) => i)
			.filter((i) => str(rows, questionKey(i, 'label')) !== '')
			.map((i) => {
				const kind = rows[questionKey(i, 'kind')] as QuestionKind;
				return {
					id: str(rows, questionKey(i, 'id')) || null,
					label: str(rows, questionKey(i, 'label')),
					kind,
					choices: kind === 'choice' ? choicesOf(str(rows, questionKey(i, 'choices'))) : [],
					required: rows[questionKey(i, 'required')] === true
				};
			});
		return {
			version: v.version,
			kind: v.kind,
			audience: v.audience,
			visibility: v.visibility,
			title: v.title,
			summary: v.summary,
			description: v.description,
			organisationId: v.organisationId || null,
			capacity: Number(v.capacity),
			waitingList: v.waitingList,
			promotionMode: v.promotionMode,
			offerHours: Number(v.offerHours),
			registrationOpensAt: v.opensDay ? berlinInstant(v.opensDay, v.opensTime || '00:00') : null,
			registrationClosesAt: v.closesDay ? berlinInstant(v.closesDay, v.closesTime || '23:59') : null,
			costFree: v.costFree,
			feeCents: v.costFree ? null : euroCents(v.fee),
			languages: [
				...new Set(
					v.languages
						.split(',')
						.map((c) => c.trim())
						.filter(Boolean)
				)
			],
			accessibility: v.accessibility as (typeof ACCESSIBILITY_FEATURES)[number][],
			accessibilityNote: v.accessibilityNote,
			lifeStages: v.lifeStages as (typeof LIFE_STAGES)[number][],
			topics: [...new Set(v.topics)],
			trainingHours: v.trainingHours ? v.trainingHours.replace(',', '.') : null,
			trainingUnit: v.trainingUnit,
			contactName: v.contactName,
			contactEmail: v.contactEmail,
			contactPhone: v.contactPhone,
			sessions,
			questions
		};
	});
export type EventInput = z.output<typeof eventSchema>;
export type SessionInput = EventInput['sessions'][number];
export type QuestionInput = EventInput['questions'][number];

/** Form data → plain object for the schema: lists from repeated fields, checkboxes as booleans. */
export function eventFormObject(form: FormData): Record<string, unknown> {
	const object: Record<string, unknown> = {};
	for (const [key, value] of form.entries()) if (typeof value === 'string') object[key] = value;
	for (const key of EVENT_LIST_FIELDS) object[key] = form.getAll(key).filter((v) => typeof v === 'string');
	for (const key of BOOLEAN_FIELDS) object[key] = form.get(key) === 'on';
	for (let i = 0; i < MAX_QUESTIONS; i++)
		object[questionKey(i, 'required')] = form.get(questionKey(i, 'required')) === 'on';
	return object;
}

/** What the user typed, to show the form again: list fields joined by commas, checkboxes "on" or "". */
export function eventFormValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form.entries()) if (typeof value === 'string') values[key] = value;
	for (const key of EVENT_LIST_FIELDS)
		values[key] = form
			.getAll(key)
			.filter((v) => typeof v === 'string')
			.join(',');
	for (const key of BOOLEAN_FIELDS) values[key] = form.get(key) === 'on' ? 'on' : '';
	return values;
}

/** A participant added by hand: where they go ("auto" = a seat when free, else the waiting list). */
export const participantSchema = z.object({
	name: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
	email: optionalEmail.default(''),
	phone: phone.default(''),
	organisationName: text(200).default(''),
	persons: whole(1, 20, 'events.error.persons').transform(Number),
	place: z.enum(['auto', 'registered', 'waiting'], 'error.choose')
});
export type ParticipantInput = z.output<typeof participantSchema>;

/** A hand move of one participant (angemeldet, Warteliste, abgemeldet). */
export const moveSchema = z.object({
	registrationId: z.uuid('error.choose'),
	to: z.enum(['registered', 'waiting', 'cancelled'], 'error.choose')
});

/** Whom a message goes to: everyone active (registered, waiting, offered) or one status. */
export const MESSAGE_AUDIENCES = ['active', ...REGISTRATION_STATUSES] as const;
export type MessageAudience = (typeof MESSAGE_AUDIENCES)[number];

export const messageSchema = z.object({
	to: z.enum(MESSAGE_AUDIENCES, 'error.choose'),
	subject: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
	body: z.string().trim().min(1, 'error.required').max(10_000, 'error.tooLong')
});
export type MessageInput = z.output<typeof messageSchema>;

export const returnSchema = z.object({
	comment: z.string().trim().min(1, 'events.error.commentRequired').max(2000, 'error.tooLong')
});

export const cancelSchema = z.object({
	confirm: z.literal('on', 'events.error.confirmCancel')
});
