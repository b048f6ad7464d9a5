import { t } from '$lib/i18n';
import { eq } from 'drizzle-orm';
import { bodies, documents, meetings, type DocumentAccess } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { requireOwnIds, scoped, tenantTx } from '$lib/server/domains/shared/context';
import type { FilesContext } from './file-store';
import { newFileKey, safeFileName } from './file-keys';
import { DOCUMENT_TYPES, sniffDocumentType } from './sniff-file';
import { checkZip, DOCUMENT_ZIP_LIMITS } from '$lib/server/zip-limits';

export type DocumentInput = { title: string; access: DocumentAccess; bodyId: string | null; meetingId: string | null };

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
	const base = safeFileName(file.name.replace(/\.[^.]*$/, ''), t('document.defaultName'));
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
