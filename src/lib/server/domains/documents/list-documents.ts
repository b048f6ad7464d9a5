import { asc, desc, eq } from 'drizzle-orm';
import { bodies, documents, meetings } from '$lib/server/db/schema';
import { actorBodyIds } from '$lib/server/domains/bodies/actor-bodies';
import { hasRole, requireNetworkAccess, requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { mayOpen } from './document-access';

/**
 * Documents this person may see: the network's own and those of bodies and their meetings,
 * each filtered by its access level. `scope` narrows to one body or one meeting.
 */
export async function listDocuments(ctx: TenantContext, scope: { bodyId?: string; meetingId?: string } = {}) {
	const actor = requireNetworkAccess(ctx.actor, ctx.network.id);
	const coordinator = hasRole(actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const myBodies = coordinator ? new Set<string>() : await actorBodyIds(tx, ctx, actor);
		const rows = await tx
			.select({
				doc: documents,
				bodyName: bodies.name,
				meetingTitle: meetings.title,
				meetingStartsAt: meetings.startsAt
			})
			.from(documents)
			.leftJoin(bodies, eq(bodies.id, documents.bodyId))
			.leftJoin(meetings, eq(meetings.id, documents.meetingId))
			.where(
				scoped(
					documents,
					ctx,
					scope.bodyId ? eq(documents.bodyId, scope.bodyId) : undefined,
					scope.meetingId ? eq(documents.meetingId, scope.meetingId) : undefined
				)
			)
			.orderBy(asc(bodies.name), desc(documents.createdAt));
		return rows
			.filter((r) => mayOpen(r.doc, coordinator, myBodies))
			.map((r) => ({
				id: r.doc.id,
				title: r.doc.title,
				fileName: r.doc.fileName,
				contentType: r.doc.contentType,
				byteSize: r.doc.byteSize,
				access: r.doc.access,
				bodyId: r.doc.bodyId,
				bodyName: r.bodyName,
				meetingId: r.doc.meetingId,
				meetingTitle: r.meetingTitle,
				meetingStartsAt: r.meetingStartsAt,
				uploadedByName: r.doc.uploadedByName,
				createdAt: r.doc.createdAt
			}));
	});
}

/** Bodies to choose from when uploading (coordinator). */
export async function documentBodies(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx.select({ id: bodies.id, name: bodies.name }).from(bodies).where(scoped(bodies, ctx)).orderBy(asc(bodies.name))
	);
}

export type DocumentListItem = Awaited<ReturnType<typeof listDocuments>>[number];
