import { eq } from 'drizzle-orm';
import { agreementSignatures, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { requireOwnIds, scoped, tenantTx } from '$lib/server/domains/shared/context';
import { DOCUMENT_TYPES, sniffDocumentType } from '$lib/server/domains/documents/sniff-file';
import type { FilesContext } from '$lib/server/domains/documents/file-store';
import { newFileKey, safeFileName } from '$lib/server/domains/documents/file-keys';
import { findSignature, loadVersion } from './load-agreement-rows';
import type { RecordSignatureInput } from './agreement-schema';

const SCAN_TYPES = ['pdf', 'png', 'jpeg'] as const;

/**
 * The coordinator records what came back on paper: a signature with its scan (PDF, PNG or
 * JPEG, checked by content) or a refusal. Works for organisations asked by mail and for
 * those who signed at a meeting without a link.
 */
export async function recordSignature(
	ctx: FilesContext,
	agreementId: string,
	versionId: string,
	input: RecordSignatureInput,
	scan: { data: Buffer; name: string } | null
): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	let scanType: (typeof SCAN_TYPES)[number] | null = null;
	if (input.outcome === 'signed') {
		if (!scan) throw new AppError('validation', { field: 'scan', message: 'error.scanRequired' });
		if (scan.data.length > ctx.maxUploadBytes)
			throw new AppError('validation', { field: 'scan', message: 'error.fileTooLarge' });
		const type = sniffDocumentType(scan.data);
		if (!type || !(SCAN_TYPES as readonly string[]).includes(type))
			throw new AppError('validation', { field: 'scan', message: 'error.scanType' });
		scanType = type as (typeof SCAN_TYPES)[number];
	}
	const scanKey = scanType ? newFileKey(ctx.network.id, 'scans') : null;
	try {
		await tenantTx(ctx, async (tx) => {
			const version = await loadVersion(tx, ctx, agreementId, versionId);
			if (!version.sentAt) throw new AppError('validation', { field: 'form', message: 'error.agreementNotSent' });
			await requireOwnIds(tx, ctx, organisations, [input.organisationId], 'organisationId');
			const org = { id: input.organisationId };
			const before = await findSignature(tx, ctx, versionId, org.id);
			if (before?.state === 'signed')
				throw new AppError('validation', { field: 'organisationId', message: 'error.alreadySigned' });
			if (scan && scanKey && scanType) await ctx.files.put(scanKey, scan.data, DOCUMENT_TYPES[scanType].contentType);
			const now = ctx.now ?? new Date();
			const values =
				input.outcome === 'signed'
					? {
							state: 'signed' as const,
							signerName: input.signerName,
							signerFunction: input.signerFunction,
							signedOn: input.signedOn,
							method: 'scan' as const,
							scanKey,
							scanName: safeFileName(scan!.name, `scan.${DOCUMENT_TYPES[scanType!].extension}`),
							declineReason: '',
							answeredAt: now
						}
					: { state: 'declined' as const, declineReason: input.reason, answeredAt: now };
			if (before)
				await tx
					.update(agreementSignatures)
					.set(values)
					.where(scoped(agreementSignatures, ctx, eq(agreementSignatures.id, before.id)));
			else
				await tx
					.insert(agreementSignatures)
					.values({ ...values, networkId: ctx.network.id, versionId, organisationId: org.id, sentAt: now }); // recorded on paper: no personal link
			await recordAudit(tx, {
				networkId: ctx.network.id,
				actorUserId: actor.userId,
				action: input.outcome === 'signed' ? 'sign' : 'decline',
				entity: 'agreement_signature',
				entityId: before?.id ?? org.id,
				before: before ?? null,
				after: { ...values, organisationId: org.id }
			});
		});
	} catch (e) {
		if (scanKey) await ctx.files.remove(scanKey);
		throw e;
	}
}

/** The scan of a paper signature (coordinator). */
export async function signatureScan(
	ctx: FilesContext,
	versionId: string,
	organisationId: string
): Promise<{ data: Buffer; fileName: string; contentType: string } | null> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const s = await tenantTx(ctx, (tx) => findSignature(tx, ctx, versionId, organisationId));
	if (!s?.scanKey) return null;
	const data = await ctx.files.get(s.scanKey);
	if (!data) return null;
	const type = sniffDocumentType(data);
	return {
		data,
		fileName: s.scanName ?? 'scan',
		contentType: type ? DOCUMENT_TYPES[type].contentType : 'application/octet-stream'
	};
}

/**
 * Corrects a mistaken entry: the organisation's answer to this version is open again (its
 * personal link works again, a stored scan is deleted). The audit log keeps the old answer.
 */
export async function reopenSignature(
	ctx: FilesContext,
	agreementId: string,
	versionId: string,
	organisationId: string
): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const scanKey = await tenantTx(ctx, async (tx) => {
		await loadVersion(tx, ctx, agreementId, versionId);
		const before = await findSignature(tx, ctx, versionId, organisationId);
		if (!before || before.state === 'sent') throw new AppError('not_found');
		await tx
			.update(agreementSignatures)
			.set({
				state: 'sent',
				signerName: '',
				signerFunction: '',
				signedOn: null,
				method: null,
				scanKey: null,
				scanName: null,
				declineReason: '',
				answeredAt: null
			})
			.where(scoped(agreementSignatures, ctx, eq(agreementSignatures.id, before.id)));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'reopen',
			entity: 'agreement_signature',
			entityId: before.id,
			before
		});
		return before.scanKey;
	});
	if (scanKey) await ctx.files.remove(scanKey);
}
