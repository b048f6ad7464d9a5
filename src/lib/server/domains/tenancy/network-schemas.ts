import { z } from 'zod';
import { contrastRatio, MIN_TEXT_CONTRAST, parseHex } from '$lib/color';
import { MUNICIPALITY_KINDS, type HelpNumber, type WeeklySlot } from '$lib/server/db/schema';
import { parseDayHours, WEEKDAYS } from './office-hours';

export const RESERVED_SLUGS = [
	'intern',
	'betrieb',
	'api',
	'anmelden',
	'abmelden',
	'konto',
	'einladung',
	'passwort-vergessen',
	'passwort-zuruecksetzen',
	'healthz',
	'bestaetigen',
	'antwort',
	'abbestellen',
	'unterschrift',
	'anmeldung',
	'static',
	'favicon.ico',
	'robots.txt',
	'sitemap.xml'
];
export const HELP_NUMBER_ROWS = 8;

const text = (max: number) => z.string().trim().max(max, 'error.tooLong');
const requiredText = (max: number) => z.string().trim().min(1, 'error.required').max(max, 'error.tooLong');
const phone = z
	.string()
	.trim()
	.max(40, 'error.tooLong')
	.refine((v) => v === '' || /^\+?[0-9][0-9 ()/-]{2,}$/.test(v), 'error.phoneInvalid');
const optionalEmail = z
	.string()
	.trim()
	.max(254, 'error.tooLong')
	.refine((v) => v === '' || z.email().safeParse(v).success, 'error.emailInvalid');

/** A brand colour must carry white text (primary) or be readable as text on white (accent). */
const brandColour = z
	.string()
	.trim()
	.toLowerCase()
	.refine((v) => parseHex(v) !== null, 'error.colourFormat')
	.refine((v) => parseHex(v) === null || contrastRatio(v, '#ffffff') >= MIN_TEXT_CONTRAST, 'error.contrastTooLow');

export const slugSchema = z
	.string()
	.trim()
	.toLowerCase()
	.min(2, 'error.slugFormat')
	.max(40, 'error.slugFormat')
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'error.slugFormat')
	.refine((v) => !RESERVED_SLUGS.includes(v), 'error.slugReserved');

export const createNetworkSchema = z.object({
	slug: slugSchema,
	name: requiredText(200),
	municipality: requiredText(200),
	municipalityKind: z.enum(MUNICIPALITY_KINDS, 'error.choose')
});

const hoursFields = Object.fromEntries(
	WEEKDAYS.map((d) => [
		`hours-${d}`,
		text(100)
			.refine((v) => parseDayHours(d, v) !== null, 'error.hoursFormat')
			.default('')
	])
);
const helpFields = Object.fromEntries(
	Array.from({ length: HELP_NUMBER_ROWS }, (_, i) => [
		[`help-${i}-label`, text(120).default('')],
		[`help-${i}-number`, phone.default('')],
		[`help-${i}-note`, text(200).default('')],
		[`help-${i}-important`, z.string().default('')]
	]).flat()
);

const baseShape = {
	version: z.coerce.number().int().min(1),
	name: requiredText(200),
	municipality: requiredText(200),
	municipalityKind: z.enum(MUNICIPALITY_KINDS, 'error.choose'),
	description: text(5000),
	goals: text(5000),
	contactName: text(200),
	contactAddress: text(500),
	contactPhone: phone,
	contactEmail: optionalEmail,
	officeHoursNote: text(500),
	privacyText: text(50_000),
	imprintText: text(20_000),
	accessibilityText: text(20_000),
	brandPrimary: brandColour,
	brandAccent: brandColour,
	reviewIntervalMonths: z
		.string()
		.trim()
		.default('6')
		.refine((v) => /^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 36, 'error.reviewInterval')
		.transform(Number),
	reviewGraceDays: z
		.string()
		.trim()
		.default('30')
		.refine((v) => /^\d{1,3}$/.test(v) && Number(v) <= 365, 'error.reviewGrace')
		.transform(Number),
	embedOrigins: z
		.string()
		.max(2000, 'error.tooLong')
		.default('')
		.refine(
			(v) => v.split(/\s+/).every((o) => o === '' || /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(o)),
			'error.originFormat'
		)
};

type DynamicFields = {
	[key: `hours-${number}` | `help-${number}-${'label' | 'number' | 'note' | 'important'}`]: string;
};
export type NetworkSettingsInput = z.output<z.ZodObject<typeof baseShape>> & DynamicFields;

/** Settings form: fixed fields plus one field per weekday and per help-number row. */
export const networkSettingsSchema = z.object({ ...baseShape, ...hoursFields, ...helpFields }).superRefine((v, ctx) => {
	const values = v as Record<string, unknown>;
	let important = 0;
	for (let i = 0; i < HELP_NUMBER_ROWS; i++) {
		const label = String(values[`help-${i}-label`] ?? '');
		const number = String(values[`help-${i}-number`] ?? '');
		if (label && !number)
			ctx.addIssue({ code: 'custom', path: [`help-${i}-number`], message: 'error.helpNumberMissing' });
		if (number && !label)
			ctx.addIssue({ code: 'custom', path: [`help-${i}-label`], message: 'error.helpLabelMissing' });
		if (!values[`help-${i}-important`]) continue;
		if (!label || !number)
			ctx.addIssue({ code: 'custom', path: [`help-${i}-important`], message: 'homeAdmin.importantNeedsNumber' });
		else if (++important > 3)
			ctx.addIssue({ code: 'custom', path: [`help-${i}-important`], message: 'homeAdmin.tooManyImportant' });
	}
}) as unknown as z.ZodType<NetworkSettingsInput>;

/** Turns the flat form fields into the stored shape. */
export function toNetworkSettings(input: NetworkSettingsInput) {
	const values = input as unknown as Record<string, string | undefined>;
	const officeHours: WeeklySlot[] = WEEKDAYS.flatMap((d) => parseDayHours(d, values[`hours-${d}`] ?? '') ?? []);
	const helpNumbers: HelpNumber[] = [];
	for (let i = 0; i < HELP_NUMBER_ROWS; i++) {
		const label = values[`help-${i}-label`] ?? '';
		const number = values[`help-${i}-number`] ?? '';
		const note = values[`help-${i}-note`] ?? '';
		const important = !!values[`help-${i}-important`];
		if (label && number)
			helpNumbers.push({ label, number, ...(note ? { note } : {}), ...(important ? { important } : {}) });
	}
	return {
		name: input.name,
		municipality: input.municipality,
		municipalityKind: input.municipalityKind,
		description: input.description,
		goals: input.goals,
		contactName: input.contactName,
		contactAddress: input.contactAddress,
		contactPhone: input.contactPhone,
		contactEmail: input.contactEmail,
		officeHours,
		officeHoursNote: input.officeHoursNote,
		helpNumbers,
		privacyText: input.privacyText,
		imprintText: input.imprintText,
		accessibilityText: input.accessibilityText,
		brandPrimary: input.brandPrimary,
		brandAccent: input.brandAccent,
		reviewIntervalMonths: input.reviewIntervalMonths,
		reviewGraceDays: input.reviewGraceDays,
		embedOrigins: [
			...new Set(
				input.embedOrigins
					.split(/\s+/)
					.filter(Boolean)
					.map((o) => o.toLowerCase())
			)
		]
	};
}
