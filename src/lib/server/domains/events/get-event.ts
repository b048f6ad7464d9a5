import { and, asc, desc, eq } from 'drizzle-orm';
import {
	ACCESSIBILITY_FEATURES,
	auditLog,
	EVENT_AUDIENCES,
	EVENT_KINDS,
	EVENT_VISIBILITIES,
	eventQuestions,
	events,
	LIFE_STAGES,
	organisations,
	PROMOTION_MODES,
	QUESTION_KINDS,
	topics,
	TRAINING_UNITS
} from '$lib/server/db/schema';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { requireEventManager, requireOwnEvent } from './event-access';
import { seatCounts } from './event-lock';
import { newEventValues, storedEventValues } from './event-form-values';
import { loadSessions } from './event-row-helpers';

/**
 * One event for its page: the row, sessions, questions, organiser, seats, the form values, and –
 * for a provider's event sent back from review – the coordinator's comment.
 */
export async function getEvent(ctx: TenantContext, id: string) {
	const manager = requireEventManager(ctx);
	return tenantTx(ctx, async (tx) => {
		const [event] = await tx
			.select()
			.from(events)
			.where(scoped(events, ctx, eq(events.id, id)));
		if (!event) throw new AppError('not_found');
		requireOwnEvent(manager, event);
		const sessions = await loadSessions(tx, ctx, id);
		const questions = await tx
			.select()
			.from(eventQuestions)
			.where(scoped(eventQuestions, ctx, eq(eventQuestions.eventId, id)))
			.orderBy(asc(eventQuestions.position));
		const [organisation] = event.organisationId
			? await tx
					.select({ name: organisations.name })
					.from(organisations)
					.where(scoped(organisations, ctx, eq(organisations.id, event.organisationId)))
			: [];
		const [returned] =
			event.status === 'draft'
				? await tx
						.select({ after: auditLog.after, at: auditLog.at })
						.from(auditLog)
						.where(
							and(
								eq(auditLog.networkId, ctx.network.id),
								eq(auditLog.entity, 'event'),
								eq(auditLog.entityId, id),
								eq(auditLog.action, 'return')
							)
						)
						.orderBy(desc(auditLog.at))
						.limit(1)
				: [];
		return {
			event,
			sessions,
			questions,
			organisationName: organisation?.name ?? null,
			counts: await seatCounts(tx, event),
			returned: returned
				? { comment: String((returned.after as { comment?: string } | null)?.comment ?? ''), at: returned.at }
				: null,
			values: storedEventValues(event, sessions, questions),
			isCoordinator: manager.organisationId === null
		};
	});
}

/** The form's choices: organisations (the coordination picks the organiser), the network's topics, the fixed lists. */
export async function eventFormOptions(ctx: TenantContext) {
	const manager = requireEventManager(ctx);
	return tenantTx(ctx, async (tx) => ({
		isCoordinator: manager.organisationId === null,
		organisations:
			manager.organisationId === null
				? await tx
						.select({ id: organisations.id, name: organisations.name })
						.from(organisations)
						.where(scoped(organisations, ctx))
						.orderBy(asc(organisations.name))
				: await tx
						.select({ id: organisations.id, name: organisations.name })
						.from(organisations)
						.where(scoped(organisations, ctx, eq(organisations.id, manager.organisationId))),
		topics: await tx
			.select({ slug: topics.slug, name: topics.name })
			.from(topics)
			.where(scoped(topics, ctx))
			.orderBy(asc(topics.position)),
		newValues: newEventValues(manager.organisationId !== null),
		choices: {
			kinds: [...EVENT_KINDS],
			audiences: [...EVENT_AUDIENCES],
			visibilities: [...EVENT_VISIBILITIES],
			promotionModes: [...PROMOTION_MODES],
			trainingUnits: [...TRAINING_UNITS],
			questionKinds: [...QUESTION_KINDS],
			accessibility: [...ACCESSIBILITY_FEATURES],
			lifeStages: [...LIFE_STAGES]
		}
	}));
}
