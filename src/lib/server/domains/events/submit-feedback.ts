import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { eventFeedback, eventRegistrations } from '$lib/server/db/schema';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { berlinDay } from '$lib/time';
import { eventWithSessions } from './certificate-sheets';

/** Free texts stay short: a feedback form, not a report. */
const TEXT = z.string().trim().max(2000, 'error.tooLong');

export const feedbackSchema = z.object({
	rating: z.coerce
		.number({ error: 'events.feedback.error.rating' })
		.int('events.feedback.error.rating')
		.min(1, 'events.feedback.error.rating')
		.max(5, 'events.feedback.error.rating'),
	helped: TEXT.default(''),
	missing: TEXT.default(''),
	comment: TEXT.default(''),
	answers: z.array(TEXT).max(5).default([])
});
export type FeedbackInput = z.infer<typeof feedbackSchema>;

export type FeedbackRefusal = 'not_registered' | 'too_early' | 'given';

/** Whether this registration may give feedback now, or why not. */
export async function feedbackRefusal(
	ctx: TenantContext,
	registrationId: string
): Promise<{ refusal: FeedbackRefusal | null; questions: string[] }> {
	return tenantTx(ctx, async (tx) => {
		const [r] = await tx
			.select()
			.from(eventRegistrations)
			.where(scoped(eventRegistrations, ctx, eq(eventRegistrations.id, registrationId)));
		if (!r) throw new AppError('not_found');
		const { event, sessions } = await eventWithSessions(tx, ctx, r.eventId);
		const now = ctx.now ?? new Date();
		const questions = event.feedbackQuestions;
		if (r.status !== 'registered') return { refusal: 'not_registered', questions };
		if (!sessions.some((s) => s.endsAt <= now)) return { refusal: 'too_early', questions };
		if (r.feedbackAt) return { refusal: 'given', questions };
		return { refusal: null, questions };
	});
}

/**
 * Feedback through the personal link (issue 14, item 9), once per registration, after a session has
 * ended. The answer is stored without the person – no registration id, only the day – and the
 * registration keeps only that it gave feedback.
 */
export async function submitFeedback(ctx: TenantContext, registrationId: string, input: FeedbackInput): Promise<void> {
	const now = ctx.now ?? new Date();
	await tenantTx(ctx, async (tx) => {
		const [r] = await tx
			.select()
			.from(eventRegistrations)
			.where(scoped(eventRegistrations, ctx, eq(eventRegistrations.id, registrationId)))
			.for('update');
		if (!r) throw new AppError('not_found');
		const { event, sessions } = await eventWithSessions(tx, ctx, r.eventId);
		if (r.status !== 'registered' || !sessions.some((s) => s.endsAt <= now))
			throw new AppError('validation', { field: 'rating', message: 'events.feedback.error.notYet' });
		if (r.feedbackAt) throw new AppError('conflict', { message: 'events.feedback.error.given' });
		await tx.insert(eventFeedback).values({
			networkId: ctx.network.id,
			eventId: r.eventId,
			rating: input.rating,
			helped: input.helped,
			missing: input.missing,
			comment: input.comment,
			answers: event.feedbackQuestions.map((_, i) => input.answers[i] ?? ''),
			createdOn: berlinDay(now)
		});
		await tx.update(eventRegistrations).set({ feedbackAt: now }).where(eq(eventRegistrations.id, r.id));
	});
}
