import { isParticipating } from '$lib/server/domains/shared/statuses';
import { and, asc, desc, eq, inArray, isNotNull, max, or, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	agreements,
	agreementSignatures,
	agreementVersions,
	organisations,
	type SignatureState
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { newFileKey, safeFileName, type FilesContext } from '$lib/server/domains/documents/file-store';
import { sniffDocumentType } from '$lib/server/domains/documents/sniff-file';
import type { AgreementInput, VersionInput } from './agreement-schema';

/** Organisations asked to sign: members and cooperation partners. */

export async function listAgreements(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const rows = await tx.select().from(agreements).where(scoped(agreements, ctx)).orderBy(asc(agreements.title));
		const current = await currentVersions(
			tx,
			ctx,
			rows.map((r) => r.id)
		);
		return rows.map((a) => ({ ...a, current: current.get(a.id) ?? null }));
	});
}

/** The newest sent version of each agreement with its signature counts. */
export async function currentVersions(tx: Tx, ctx: TenantContext, agreementIds: string[]) {
	const result = new Map<
		string,
		{ id: string; number: number; adoptedOn: string; sentAt: Date; signed: number; declined: number; open: number }
	>();
	if (agreementIds.length === 0) return result;
	const rows = await tx
		.select({
			id: agreementVersions.id,
			agreementId: agreementVersions.agreementId,
			number: agreementVersions.number,
			adoptedOn: agreementVersions.adoptedOn,
			sentAt: agreementVersions.sentAt,
			signed: sql<number>`(select count(*)::int from agreement_signatures s where s.version_id = agreement_versions.id and s.state = 'signed')`,
			declined: sql<number>`(select count(*)::int from agreement_signatures s where s.version_id = agreement_versions.id and s.state = 'declined')`,
			open: sql<number>`(select count(*)::int from agreement_signatures s where s.version_id = agreement_versions.id and s.state = 'sent')`
		})
		.from(agreementVersions)
		.where(
			scoped(
				agreementVersions,
				ctx,
				inArray(agreementVersions.agreementId, agreementIds),
				isNotNull(agreementVersions.sentAt)
			)
		)
		.orderBy(desc(agreementVersions.number));
	for (const r of rows) if (!result.has(r.agreementId)) result.set(r.agreementId, { ...r, sentAt: r.sentAt! });
	return result;
}

export type MatrixCell = {
	state: SignatureState | 'not_sent';
	signerName: string;
	signerFunction: string;
	signedOn: string | null;
	method: string | null;
	reminders: number;
	declineReason: string;
	hasScan: boolean;
};

/**
 * An agreement with its versions and the status matrix: one row per organisation that is a
 * member now or was asked before, one column per version.
 */
export async function getAgreement(ctx: TenantContext, id: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const [agreement] = await tx
			.select()
			.from(agreements)
			.where(scoped(agreements, ctx, eq(agreements.id, id)));
		if (!agreement) throw new AppError('not_found');
		const versions = await tx
			.select()
			.from(agreementVersions)
			.where(scoped(agreementVersions, ctx, eq(agreementVersions.agreementId, id)))
			.orderBy(asc(agreementVersions.number));
		const versionIds = versions.map((v) => v.id);
		const signatures = versionIds.length
			? await tx
					.select()
					.from(agreementSignatures)
					.where(scoped(agreementSignatures, ctx, inArray(agreementSignatures.versionId, versionIds)))
			: [];
		const askedIds = [...new Set(signatures.map((s) => s.organisationId))];
		const orgs = await tx
			.select({
				id: organisations.id,
				name: organisations.name,
				membershipStatus: organisations.membershipStatus,
				email: organisations.email
			})
			.from(organisations)
			.where(
				scoped(
					organisations,
					ctx,
					or(
						isParticipating(organisations.membershipStatus),
						askedIds.length ? inArray(organisations.id, askedIds) : sql`false`
					)
				)
			)
			.orderBy(asc(organisations.name));
		const byKey = new Map(signatures.map((s) => [`${s.organisationId}:${s.versionId}`, s]));
		const rows = orgs.map((o) => ({
			organisation: o,
			cells: versions.map((v): MatrixCell => {
				const s = byKey.get(`${o.id}:${v.id}`);
				return s
					? {
							state: s.state,
							signerName: s.signerName,
							signerFunction: s.signerFunction,
							signedOn: s.signedOn,
							method: s.method,
							reminders: s.reminders,
							declineReason: s.declineReason,
							hasScan: s.scanKey !== null
						}
					: {
							state: 'not_sent',
							signerName: '',
							signerFunction: '',
							signedOn: null,
							method: null,
							reminders: 0,
							declineReason: '',
							hasScan: false
						};
			})
		}));
		const draft = versions.find((v) => !v.sentAt) ?? null;
		return { agreement, versions, rows, draft };
	});
}

export async function saveAgreement(
	ctx: TenantContext,
	id: string | null,
	input: AgreementInput
): Promise<{ id: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const values = { kind: input.kind, title: input.title };
		if (!id) {
			const [row] = await tx
				.insert(agreements)
				.values({ ...values, networkId: ctx.network.id })
				.returning({ id: agreements.id });
			await recordAudit(tx, {
				networkId: ctx.network.id,
				actorUserId: actor.userId,
				action: 'create',
				entity: 'agreement',
				entityId: row!.id,
				after: values
			});
			return { id: row!.id };
		}
		const [before] = await tx
			.select()
			.from(agreements)
			.where(scoped(agreements, ctx, eq(agreements.id, id)));
		if (!before) throw new AppError('not_found');
		const [after] = await tx
			.update(agreements)
			.set({ ...values, version: sql`${agreements.version} + 1` })
			.where(scoped(agreements, ctx, eq(agreements.id, id), eq(agreements.version, input.version)))
			.returning();
		if (!after) throw new AppError('conflict');
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'update',
			entity: 'agreement',
			entityId: id,
			before,
			after
		});
		return { id };
	});
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
	upload: { data: Buffer; name: string } | null
): Promise<{ id: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	if (upload) {
		if (upload.data.length > ctx.maxUploadBytes)
			throw new AppError('validation', { field: 'file', message: 'error.fileTooLarge' });
		if (sniffDocumentType(upload.data) !== 'pdf')
			throw new AppError('validation', { field: 'file', message: 'error.agreementPdfOnly' });
	}
	const fileKey = upload ? newFileKey(ctx.network.id, 'agreements') : null;
	const storeFile = async () => {
		if (upload && fileKey) await ctx.files.put(fileKey, upload.data, 'application/pdf');
	};
	try {
		return await writeVersion();
	} catch (e) {
		if (fileKey) await ctx.files.remove(fileKey);
		throw e;
	}

	function writeVersion() {
		return tenantTx(ctx, async (tx) => {
			const [agreement] = await tx
				.select()
				.from(agreements)
				.where(scoped(agreements, ctx, eq(agreements.id, agreementId)));
			if (!agreement) throw new AppError('not_found');
			const file = upload && fileKey ? { fileKey, fileName: safeFileName(upload.name, 'vereinbarung.pdf') } : null;
			if (!versionId) {
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
				if (!input.text && !file)
					throw new AppError('validation', { field: 'text', message: 'error.agreementTextOrPdf' });
				const [{ n }] = (await tx
					.select({ n: max(agreementVersions.number) })
					.from(agreementVersions)
					.where(scoped(agreementVersions, ctx, eq(agreementVersions.agreementId, agreementId)))) as [
					{ n: number | null }
				];
				const values = { text: input.text, adoptedOn: input.adoptedOn, ...(file ?? {}) };
				await storeFile();
				const [row] = await tx
					.insert(agreementVersions)
					.values({ ...values, networkId: ctx.network.id, agreementId, number: (n ?? 0) + 1 })
					.returning({ id: agreementVersions.id, number: agreementVersions.number });
				await recordAudit(tx, {
					networkId: ctx.network.id,
					actorUserId: actor.userId,
					action: 'create',
					entity: 'agreement_version',
					entityId: row!.id,
					after: { ...values, number: row!.number }
				});
				return { id: row!.id };
			}
			const [before] = await tx
				.select()
				.from(agreementVersions)
				.where(
					scoped(
						agreementVersions,
						ctx,
						eq(agreementVersions.id, versionId),
						eq(agreementVersions.agreementId, agreementId)
					)
				);
			if (!before) throw new AppError('not_found');
			if (before.sentAt) throw new AppError('validation', { field: 'form', message: 'error.agreementVersionSent' });
			const keepFile = input.removeFile
				? null
				: before.fileKey
					? { fileKey: before.fileKey, fileName: before.fileName }
					: null;
			const nextFile = file ?? keepFile ?? { fileKey: null, fileName: null };
			if (!input.text && !nextFile.fileKey)
				throw new AppError('validation', { field: 'text', message: 'error.agreementTextOrPdf' });
			await storeFile();
			const [after] = await tx
				.update(agreementVersions)
				.set({
					text: input.text,
					adoptedOn: input.adoptedOn,
					...nextFile,
					version: sql`${agreementVersions.version} + 1`
				})
				.where(
					scoped(
						agreementVersions,
						ctx,
						eq(agreementVersions.id, versionId),
						eq(agreementVersions.version, input.version)
					)
				)
				.returning();
			if (!after) throw new AppError('conflict');
			if (before.fileKey && before.fileKey !== after.fileKey) await ctx.files.remove(before.fileKey);
			await recordAudit(tx, {
				networkId: ctx.network.id,
				actorUserId: actor.userId,
				action: 'update',
				entity: 'agreement_version',
				entityId: versionId,
				before,
				after
			});
			return { id: versionId };
		});
	}
}

/** The uploaded PDF of a version (coordinator). */
export async function versionFile(
	ctx: FilesContext,
	versionId: string
): Promise<{ data: Buffer; fileName: string } | null> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const [v] = await tenantTx(ctx, (tx) =>
		tx
			.select()
			.from(agreementVersions)
			.where(scoped(agreementVersions, ctx, eq(agreementVersions.id, versionId)))
	);
	if (!v?.fileKey) return null;
	const data = await ctx.files.get(v.fileKey);
	return data ? { data, fileName: v.fileName ?? 'vereinbarung.pdf' } : null;
}

/** For the coordinator's dashboard and the public page: each agreement's current version. */
export async function agreementOverview(tx: Tx, ctx: TenantContext) {
	const rows = await tx.select().from(agreements).where(scoped(agreements, ctx)).orderBy(asc(agreements.title));
	const current = await currentVersions(
		tx,
		ctx,
		rows.map((r) => r.id)
	);
	return rows.flatMap((a) => {
		const c = current.get(a.id);
		return c
			? [
					{
						id: a.id,
						versionId: c.id,
						kind: a.kind,
						title: a.title,
						number: c.number,
						adoptedOn: c.adoptedOn,
						signed: c.signed,
						declined: c.declined,
						open: c.open
					}
				]
			: [];
	});
}

/** Organisations that have not yet signed the current version of an agreement (dashboard). */
export async function unsignedOrganisations(tx: Tx, ctx: TenantContext, versionId: string) {
	return tx
		.select({ id: organisations.id, name: organisations.name })
		.from(agreementSignatures)
		.innerJoin(organisations, eq(organisations.id, agreementSignatures.organisationId))
		.where(
			scoped(
				agreementSignatures,
				ctx,
				and(eq(agreementSignatures.versionId, versionId), eq(agreementSignatures.state, 'sent'))
			)
		)
		.orderBy(asc(organisations.name));
}

/** One version for its page; for a new one the newest wording is the starting point. */
export async function getVersion(ctx: TenantContext, agreementId: string, versionId: string | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const [agreement] = await tx
			.select()
			.from(agreements)
			.where(scoped(agreements, ctx, eq(agreements.id, agreementId)));
		if (!agreement) throw new AppError('not_found');
		if (versionId) {
			const [version] = await tx
				.select()
				.from(agreementVersions)
				.where(
					scoped(
						agreementVersions,
						ctx,
						eq(agreementVersions.id, versionId),
						eq(agreementVersions.agreementId, agreementId)
					)
				);
			if (!version) throw new AppError('not_found');
			return { agreement, version, startText: version.text };
		}
		const [latest] = await tx
			.select({ text: agreementVersions.text })
			.from(agreementVersions)
			.where(scoped(agreementVersions, ctx, eq(agreementVersions.agreementId, agreementId)))
			.orderBy(desc(agreementVersions.number))
			.limit(1);
		return { agreement, version: null, startText: latest?.text ?? '' };
	});
}

/** Public network page: each agreement's current wording with its adoption date and number of signatures (no names). */
export async function listPublicAgreements(ctx: TenantContext) {
	const rows = await tenantTx(ctx, (tx) => agreementOverview(tx, ctx));
	return rows.map((a) => ({
		kind: a.kind,
		title: a.title,
		number: a.number,
		adoptedOn: a.adoptedOn,
		signed: a.signed
	}));
}
