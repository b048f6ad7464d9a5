import { z } from 'zod';
import { BODY_KINDS } from '$lib/server/db/schema';
import { berlinInstant } from './berlin-time';

const text = (max: number) => z.string().trim().max(max, 'error.tooLong');
const day = z.string().trim().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), 'error.dateInvalid');
const time = z.string().trim().refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'error.timeInvalid');

export const bodySchema = z.object({
	version: z.coerce.number().int().min(0),
	name: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
	kind: z.enum(BODY_KINDS, 'error.choose'),
	purpose: text(2000),
	external: text(300),
	organisationIds: z.array(z.uuid('error.choose'))
});
export type BodyInput = z.output<typeof bodySchema>;

export const meetingSchema = z
	.object({
		version: z.coerce.number().int().min(0),
		title: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
		day,
		start: time,
		end: time,
		place: text(300),
		onlineUrl: text(500).refine((v) => v === '' || /^https:\/\/[^\s]+\.[^\s]+$/.test(v), 'error.urlInvalid'),
		agenda: text(5000)
	})
	.superRefine((v, ctx) => {
		if (/^([01]\d|2[0-3]):[0-5]\d$/.test(v.start) && /^([01]\d|2[0-3]):[0-5]\d$/.test(v.end) && v.end <= v.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'error.endBeforeStart' });
		if (!v.place && !v.onlineUrl) ctx.addIssue({ code: 'custom', path: ['place'], message: 'error.placeOrLink' });
	})
	.transform((v) => ({ ...v, startsAt: berlinInstant(v.day, v.start), endsAt: berlinInstant(v.day, v.end) }));
export type MeetingInput = z.output<typeof meetingSchema>;
