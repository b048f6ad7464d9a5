import { asc, eq } from 'drizzle-orm';
import { t } from '$lib/i18n';
import { eventFeedback } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { writeXlsx } from '$lib/server/domains/exchange/write-xlsx';
import { eventWithSessions } from './certificate-sheets';

/** Fewer answers than this are not shown at all: with two, each participant could tell the other's. */
export const FEEDBACK_MIN_ANSWERS = 3;

export type FeedbackResults = {
	eventTitle: string;
	count: number;
	/** False below FEEDBACK_MIN_ANSWERS: then nothing but the count leaves the database. */
	shown: boolean;
	/** Answers per rating 1…5. */
	ratings: [number, number, number, number, number];
	average: number | null;
	questions: string[];
	answers: { rating: number; helped: string; missing: string; comment: string; answers: string[] }[];
};

/** The event's feedback for the coordinator (issue 14, item 9), in the order given, without persons. */
export async function feedbackResults(ctx: TenantContext, eventId: string): Promise<FeedbackResults> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const { event } = await eventWithSessions(tx, ctx, eventId);
		const rows = await tx
			.select()
			.from(eventFeedback)
			.where(scoped(eventFeedback, ctx, eq(eventFeedback.eventId, eventId)))
			.orderBy(asc(eventFeedback.createdOn), asc(eventFeedback.id));
		const shown = rows.length >= FEEDBACK_MIN_ANSWERS;
		const ratings: FeedbackResults['ratings'] = [0, 0, 0, 0, 0];
		if (shown) for (const r of rows) ratings[r.rating - 1]! += 1;
		return {
			eventTitle: event.title,
			count: rows.length,
			shown,
			ratings,
			average: shown ? Math.round((rows.reduce((s, r) => s + r.rating, 0) / rows.length) * 10) / 10 : null,
			questions: event.feedbackQuestions,
			// Sorted by rating, not by arrival: the order must not point to who answered when.
			answers: shown
				? rows
						.map((r) => ({
							rating: r.rating,
							helped: r.helped,
							missing: r.missing,
							comment: r.comment,
							answers: r.answers
						}))
						.sort((a, b) => b.rating - a.rating)
				: []
		};
	});
}

/** The answers as XLSX (only when shown). */
export async function feedbackXlsx(results: FeedbackResults): Promise<Buffer> {
	const headers = [
		t('events.feedback.rating'),
		t('events.feedback.helped'),
		t('events.feedback.missing'),
		t('events.feedback.comment'),
		...results.questions
	];
	const rows = results.answers.map((a) => [
		a.rating,
		a.helped,
		a.missing,
		a.comment,
		...results.questions.map((_, i) => a.answers[i] ?? '')
	]);
	return writeXlsx(t('events.feedback.sheet'), headers, rows, {
		types: ['number', ...headers.slice(1).map(() => 'text' as const)]
	});
}

/**
 * The rating distribution as an SVG bar chart (server-rendered, no JS), described for screen
 * readers; the page shows the same figures as a table beside it.
 */
export function ratingChartSvg(results: FeedbackResults): string {
	const max = Math.max(1, ...results.ratings);
	const barWidth = 48;
	const gap = 16;
	const height = 160;
	const width = 5 * barWidth + 6 * gap;
	const bars = results.ratings
		.map((n, i) => {
			const h = Math.round((n / max) * (height - 40));
			const x = gap + i * (barWidth + gap);
			const y = height - 20 - h;
			return `<rect x="${x}" y="${y}" width="${barWidth}" height="${h}" fill="#1d5c8f"/>
<text x="${x + barWidth / 2}" y="${y - 4}" text-anchor="middle" font-size="12" fill="#1a1a1a">${n}</text>
<text x="${x + barWidth / 2}" y="${height - 4}" text-anchor="middle" font-size="12" fill="#1a1a1a">${i + 1}</text>`;
		})
		.join('\n');
	const label = t('events.feedback.chartLabel', {
		count: results.count,
		average: results.average === null ? '–' : results.average.toLocaleString('de-DE')
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label.replace(/"/g, '&quot;')}">
<line x1="${gap / 2}" y1="${height - 20}" x2="${width - gap / 2}" y2="${height - 20}" stroke="#555555"/>
${bars}
</svg>`;
}
