import { z } from 'zod';
import { BODY_KINDS } from '$lib/server/db/schema';
import { berlinInstant } from '../shared/time';
import { formatAgenda, MAX_AGENDA_ROWS } from '$lib/agenda';

const text = (max: number) => z.string().trim().max(max, 'error.tooLong');
const day = z
	.string()
	.trim()
	.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), 'error.dateInvalid');
const time = z
	.string()
	.trim()
	.refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'error.timeInvalid');

export const bodySchema = z.object({
	version: z.coerce.number().int().min(0),
	name: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
	kind: z.enum(BODY_KINDS, 'error.choose'),
	purpose: text(2000),
	external: text(300),
	organisationIds: z.array(z.uuid('error.choose')),
	allMembers: z
		.string()
		.optional()
		.transform((v) => v === '1'),
	contactIds: z.array(z.uuid('error.choose')).default([]),
	leadContactId: z
		.union([z.literal(''), z.uuid('error.choose')])
		.optional()
		.transform((v) => v || null)
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
		// Agenda rows agenda-N-title / -owner / -minutes (N from 0); a row counts when it has a title.
		...(Object.fromEntries(
			Array.from({ length: MAX_AGENDA_ROWS }, (_, i) => [
				[
					`agenda-${i}-title`,
					text(300)
						.refine((v) => !v.includes('\n'), 'error.invalid')
						.default('')
				],
				[`agenda-${i}-owner`, text(120).default('')],
				[
					`agenda-${i}-minutes`,
					z
						.string()
						.trim()
						.refine(
							(v) => v === '' || (/^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= 480),
							'error.agendaMinutes'
						)
						.default('')
				]
			]).flat()
		) as Record<never, z.ZodString>)
	})
	.superRefine((v, ctx) => {
		if (/^([01]\d|2[0-3]):[0-5]\d$/.test(v.start) && /^([01]\d|2[0-3]):[0-5]\d$/.test(v.end) && v.end <= v.start)
			ctx.addIssue({ code: 'custom', path: ['end'], message: 'error.endBeforeStart' });
		if (!v.place && !v.onlineUrl) ctx.addIssue({ code: 'custom', path: ['place'], message: 'error.placeOrLink' });
		const rows = v as unknown as Record<string, string>;
		for (let i = 0; i < MAX_AGENDA_ROWS; i++) {
			if (!rows[`agenda-${i}-title`] && (rows[`agenda-${i}-owner`] || rows[`agenda-${i}-minutes`]))
				ctx.addIssue({ code: 'custom', path: [`agenda-${i}-title`], message: 'error.required' });
		}
	})
	.transform((v) => {
		const rows = v as unknown as Record<string, string>;
		const items = Array.from({ length: MAX_AGENDA_ROWS }, (_, i) => ({
			title: rows[`agenda-${i}-title`] ?? '',
			owner: rows[`agenda-${i}-owner`] ?? '',
			minutes: rows[`agenda-${i}-minutes`] ? Number(rows[`agenda-${i}-minutes`]) : null
		})).filter((r) => r.title);
		return {
			version: v.version,
			title: v.title,
			day: v.day,
			start: v.start,
			end: v.end,
			place: v.place,
			onlineUrl: v.onlineUrl,
			agenda: formatAgenda(items),
			startsAt: berlinInstant(v.day, v.start),
			endsAt: berlinInstant(v.day, v.end)
		};
	});
export type MeetingInput = z.output<typeof meetingSchema>;
