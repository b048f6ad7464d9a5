import { t } from '$lib/i18n';
import { eq, max, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { agreementVersions } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import { updateVersioned } from '$lib/server/domains/shared/versioned-update';
import type { FilesContext } from '$lib/server/domains/documents/file-store';
import { newFileKey, safeFileName } from '$lib/server/domains/documents/file-keys';
import { sniffDocumentType } from '$lib/server/domains/documents/sniff-file';
import type { VersionInput } from './agreement-schema';
import { loadAgreement, loadVersion } from './load-agreement-rows';

type Upload = { data: Buffer; name: string };
type NewFile = { fileKey: string; fileName: string } | null;
/** What the steps share: who acts, the new file (if any) and how to store it once the checks passed. */
type Step = { ctx: FilesContext; userId: string; agreementId: string; file: NewFile; storeFile: () => Promise<void> };

function checkUpload(ctx: FilesContext, upload: Upload | null) {
	if (!upload) return;
	if (upload.data.length > ctx.maxUploadBytes)
		throw new AppError('validation', { field: 'file', message: 'error.fileTooLarge' });
	if (sniffDocumentType(upload.data) !== 'pdf')
		throw new AppError('validation', { field: 'file', message: 'error.agreementPdfOnly' });
}

/** The next version as a draft; refused while another draft exists. */
async function createDraft(tx: Tx, s: Step, input: VersionInput): Promise<{ id: string }> {
	const { ctx, agreementId, file } = s;
	const [draft] = await tx
		.select({ id: agreementVersions.id })
		.from(agreementVersions)
		.where(
			scoped(
				agreementVersions,
				ctx,
				eq(agreementVersions.agreementId, agreementId),
				sql`${agreementVersions.sentAt} is null`
			)
		);
	if (draft) throw new AppError('validation', { field: 'form', message: 'error.agreementDraftExists' });
	if (!input.text && !file) throw new AppError('validation', { field: 'text', message: 'error.agreementTextOrPdf' });
	const [{ n }] = (await tx
		.select({ n: max(agreementVersions.number) })
		.from(agreementVersions)
		.where(scoped(agreementVersions, ctx, eq(agreementVersions.agreementId, agreementId)))) as [{ n: number | null }];
	const values = { text: input.text, adoptedOn: input.adoptedOn, ...(file ?? {}) };
	await s.storeFile();
	const [row] = await tx
		.insert(agreementVersions)
		.values({ ...values, networkId: ctx.network.id, agreementId, number: (n ?? 0) + 1 })
		.returning({ id: agreementVersions.id, number: agreementVersions.number });
	await recordAudit(tx, {
		networkId: ctx.network.id,
		actorUserId: s.userId,
		action: 'create',
		entity: 'agreement_version',
		entityId: row!.id,
		after: { ...values, number: row!.number }
	});
	return { id: row!.id };
}

/** Changes the draft; a sent version is fixed. A replaced or removed PDF is deleted. */
async function changeDraft(tx: Tx, s: Step, versionId: string, input: VersionInput): Promise<{ id: string }> {
	const { ctx } = s;
	const before = await loadVersion(tx, ctx, s.agreementId, versionId);
	if (before.sentAt) throw new AppError('validation', { field: 'form', message: 'error.agreementVersionSent' });
	const keepFile = input.removeFile
		? null
		: before.fileKey
			? { fileKey: before.fileKey, fileName: before.fileName }
			: null;
	const nextFile = s.file ?? keepFile ?? { fileKey: null, fileName: null };
	if (!input.text && !nextFile.fileKey)
		throw new AppError('validation', { field: 'text', message: 'error.agreementTextOrPdf' });
	await s.storeFile();
	const after = await updateVersioned(
		tx,
		ctx,
		agreementVersions,
		{ id: versionId, version: input.version },
		{ text: input.text, adoptedOn: input.adoptedOn, ...nextFile }
	);
	if (before.fileKey && before.fileKey !== after.fileKey) await ctx.files.remove(before.fileKey);
	await recordAudit(tx, {
		networkId: ctx.network.id,
		actorUserId: s.userId,
		action: 'update',
		entity: 'agreement_version',
		entityId: versionId,
		before,
		after
	});
	return { id: versionId };
}

/**
 * Creates the next version (a draft, starting from the newest wording) or changes the draft.
 * A version that was sent for signature is fixed. Text or a PDF (checked by content) is needed.
 */
export async function saveVersion(
	ctx: FilesContext,
	agreementId: string,
	versionId: string | null,
	input: VersionInput,
	upload: Upload | null
): Promise<{ id: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	checkUpload(ctx, upload);
	const fileKey = upload ? newFileKey(ctx.network.id, 'agreements') : null;
	const storeFile = async () => {
		if (upload && fileKey) await ctx.files.put(fileKey, upload.data, 'application/pdf');
	};
	try {
		return await tenantTx(ctx, async (tx) => {
			await loadAgreement(tx, ctx, agreementId);
			const file =
				upload && fileKey ? { fileKey, fileName: safeFileName(upload.name, t('agreementFile.defaultName')) } : null;
			const step: Step = { ctx, userId: actor.userId, agreementId, file, storeFile };
			return versionId ? changeDraft(tx, step, versionId, input) : createDraft(tx, step, input);
		});
	} catch (e) {
		if (fileKey) await ctx.files.remove(fileKey);
		throw e;
	}
}
