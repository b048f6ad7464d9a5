import { asc, desc, eq } from 'drizzle-orm';
import { bodies, documents, meetings, type DocumentAccess } from '$lib/server/db/schema';
import { actorBodyIds } from '$lib/server/domains/bodies/body-people';
import { AppError } from '$lib/server/errors';
import { hasRole, requireNetworkAccess, requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { requireOwnIds, scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { newFileKey, safeFileName, type FilesContext } from './file-store';
import { DOCUMENT_TYPES, sniffDocumentType } from './sniff-file';
import { checkZip, DOCUMENT_ZIP_LIMITS } from '$lib/server/zip-limits';

export type DocumentInput = { title: string; access: DocumentAccess; bodyId: string | null; meetingId: string | null };

type DocRow = typeof documents.$inferSelect;
function mayOpen(doc: Pick<DocRow, 'access' | 'bodyId'>, coordinator: boolean, myBodies: Set<string>): boolean {
	if (coordinator) return true;
	if (doc.access === 'network') return true;
	if (doc.access === 'body') return doc.bodyId !== null && myBodies.has(doc.bodyId);
	return false;
}

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

/**
 * Stores a document: type detected from the content (PDF, DOCX, XLSX, PNG, JPEG), size limit,
 * "Gremium" access only for a body's documents. The file name keeps the detected extension.
 */
export async function uploadDocument(
	ctx: FilesContext,
	input: DocumentInput,
	file: { data: Buffer; name: string } | null
): Promise<{ id: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	if (!file) throw new AppError('validation', { field: 'file', message: 'error.fileRequired' });
	if (file.data.length > ctx.maxUploadBytes)
		throw new AppError('validation', { field: 'file', message: 'error.fileTooLarge' });
	const type = sniffDocumentType(file.data);
	if (!type) throw new AppError('validation', { field: 'file', message: 'error.documentType' });
	if ((type === 'docx' || type === 'xlsx') && (await checkZip(file.data, DOCUMENT_ZIP_LIMITS)) !== 'ok')
		throw new AppError('validation', { field: 'file', message: 'error.zipTooLarge' });
	if (input.access === 'body' && !input.bodyId)
		throw new AppError('validation', { field: 'access', message: 'error.documentBodyAccess' });
	const key = newFileKey(ctx.network.id, 'documents');
	const { extension, contentType } = DOCUMENT_TYPES[type];
	const base = safeFileName(file.name.replace(/\.[^.]*$/, ''), 'dokument');
	try {
		return await tenantTx(ctx, async (tx) => {
			await requireOwnIds(tx, ctx, bodies, [input.bodyId], 'bodyId');
			if (input.meetingId) {
				const [meeting] = input.bodyId
					? await tx
							.select({ id: meetings.id })
							.from(meetings)
							.where(scoped(meetings, ctx, eq(meetings.id, input.meetingId), eq(meetings.bodyId, input.bodyId)))
					: [];
				if (!meeting) throw new AppError('not_found');
			}
			await ctx.files.put(key, file.data, contentType);
			const values = {
				title: input.title,
				access: input.access,
				bodyId: input.bodyId,
				meetingId: input.meetingId,
				fileName: `${base}.${extension}`,
				contentType,
				byteSize: file.data.length,
				storageKey: key,
				uploadedByName: actor.name
			};
			const [row] = await tx
				.insert(documents)
				.values({ ...values, networkId: ctx.network.id })
				.returning({ id: documents.id });
			await recordAudit(tx, {
				networkId: ctx.network.id,
				actorUserId: actor.userId,
				action: 'create',
				entity: 'document',
				entityId: row!.id,
				after: values
			});
			return { id: row!.id };
		});
	} catch (e) {
		await ctx.files.remove(key);
		throw e;
	}
}

/** The file, if this person may open it; otherwise not_found (so a guessed id reveals nothing). */
export async function openDocument(
	ctx: FilesContext,
	id: string
): Promise<{ data: Buffer; fileName: string; contentType: string }> {
	const actor = requireNetworkAccess(ctx.actor, ctx.network.id);
	const coordinator = hasRole(actor, 'coordinator', ctx.network.id);
	const doc = await tenantTx(ctx, async (tx) => {
		const [row] = await tx
			.select()
			.from(documents)
			.where(scoped(documents, ctx, eq(documents.id, id)));
		if (!row) return null;
		const myBodies = coordinator ? new Set<string>() : await actorBodyIds(tx, ctx, actor);
		return mayOpen(row, coordinator, myBodies) ? row : null;
	});
	if (!doc) throw new AppError('not_found');
	const data = await ctx.files.get(doc.storageKey);
	if (!data) throw new AppError('not_found');
	return { data, fileName: doc.fileName, contentType: doc.contentType };
}

export async function deleteDocument(ctx: FilesContext, id: string): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const removed = await tenantTx(ctx, async (tx) => {
		const [row] = await tx
			.delete(documents)
			.where(scoped(documents, ctx, eq(documents.id, id)))
			.returning();
		if (!row) throw new AppError('not_found');
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'delete',
			entity: 'document',
			entityId: id,
			before: row
		});
		return row;
	});
	await ctx.files.remove(removed.storageKey);
}

export type DocumentListItem = Awaited<ReturnType<typeof listDocuments>>[number];
