import { asc, eq } from 'drizzle-orm';
import { PDFDocument as PdfLibDocument } from 'pdf-lib';
import { agreementSignatures, organisations } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { Tx } from '$lib/server/db/client';
import { drawTable, startPdf, type PdfFonts } from '$lib/server/pdf/pdf-document';
import { richBlocks } from '$lib/rich-text';
import { t, type MessageKey } from '$lib/i18n';
import { formatDate } from '$lib/time';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import type { FilesContext } from '$lib/server/domains/documents/file-store';
import { loadAgreement, loadVersion } from './load-agreement-rows';

type Signer = {
	organisationName: string;
	signerName: string;
	signerFunction: string;
	signedOn: string;
	method: string;
};
const KIND_LABEL = {
	kooperationsvereinbarung: 'agreementPdf.kind.kooperationsvereinbarung',
	geschaeftsordnung: 'agreementPdf.kind.geschaeftsordnung'
} as const satisfies Record<string, MessageKey>;

function signatureList(doc: PDFKit.PDFDocument, fonts: PdfFonts, signers: Signer[]) {
	doc
		.font(fonts.bold)
		.fontSize(13)
		.text(t('agreementPdf.signed', { count: String(signers.length) }))
		.moveDown(0.5);
	if (signers.length === 0) {
		doc.font(fonts.regular).fontSize(10).text(t('agreementPdf.noSignature'));
		return;
	}
	const cols = [
		{ x: 50, w: 165, title: t('agreementPdf.column.organisation') },
		{ x: 215, w: 135, title: t('agreementPdf.column.name') },
		{ x: 350, w: 105, title: t('agreementPdf.column.function') },
		{ x: 455, w: 90, title: t('agreementPdf.column.dateMethod') }
	];
	drawTable(
		doc,
		fonts,
		cols,
		signers.map((s) => [
			s.organisationName,
			s.signerName,
			s.signerFunction,
			t('agreementPdf.dateMethod', {
				date: formatDate(s.signedOn, 'date'),
				method: t(s.method === 'scan' ? 'agreementPdf.method.scan' : 'agreementPdf.method.link')
			})
		]),
		{ rowHeight: 30, fontSize: 9 }
	);
}

/** The agreement, the version and who signed it (by organisation name). */
async function loadSignedVersion(tx: Tx, ctx: TenantContext, agreementId: string, versionId: string) {
	const agreement = await loadAgreement(tx, ctx, agreementId);
	const version = await loadVersion(tx, ctx, agreementId, versionId);
	const signers = await tx
		.select({
			organisationName: organisations.name,
			signerName: agreementSignatures.signerName,
			signerFunction: agreementSignatures.signerFunction,
			signedOn: agreementSignatures.signedOn,
			method: agreementSignatures.method
		})
		.from(agreementSignatures)
		.innerJoin(organisations, eq(organisations.id, agreementSignatures.organisationId))
		.where(
			scoped(
				agreementSignatures,
				ctx,
				eq(agreementSignatures.versionId, versionId),
				eq(agreementSignatures.state, 'signed')
			)
		)
		.orderBy(asc(organisations.name));
	return {
		agreement,
		version,
		signers: signers.map((s) => ({ ...s, signedOn: s.signedOn ?? '', method: s.method ?? '' }))
	};
}

/**
 * The agreement as signed: title, version, adoption date, the wording (headings and lists)
 * and the list of signatures. An uploaded PDF wording keeps its own pages; the signature
 * list is appended to it.
 */
export async function signedAgreementPdf(
	ctx: FilesContext,
	agreementId: string,
	versionId: string
): Promise<{ pdf: Buffer; fileName: string }> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const { agreement, version, signers } = await tenantTx(ctx, (tx) =>
		loadSignedVersion(tx, ctx, agreementId, versionId)
	);
	const heading = t('agreementPdf.heading', { title: agreement.title, number: String(version.number) });
	const { doc, fonts, finish } = startPdf(heading, { brand: await getPdfBrand(ctx.db, ctx.network.id, t) });
	doc.font(fonts.bold).fontSize(18).text(agreement.title);
	doc
		.font(fonts.regular)
		.fontSize(11)
		.fillColor('#444444')
		.text(
			t('agreementPdf.subtitle', {
				kind: t(KIND_LABEL[agreement.kind]),
				network: ctx.network.name,
				number: String(version.number),
				adoptedOn: formatDate(version.adoptedOn, 'date')
			})
		)
		.fillColor('#000000')
		.moveDown();
	for (const block of richBlocks(version.text)) {
		if (block.kind === 'h') doc.moveDown(0.5).font(fonts.bold).fontSize(13).text(block.text).moveDown(0.3);
		else if (block.kind === 'ul')
			doc.font(fonts.regular).fontSize(11).list(block.items, { bulletRadius: 2, textIndent: 12 }).moveDown(0.5);
		else doc.font(fonts.regular).fontSize(11).text(block.text).moveDown(0.5);
	}
	if (version.fileKey)
		doc
			.font(fonts.regular)
			.fontSize(11)
			.text(t('agreementPdf.fileWording', { fileName: version.fileName ?? '' }))
			.moveDown();
	if (version.fileKey) doc.addPage();
	else doc.moveDown();
	signatureList(doc, fonts, signers);
	const ownPages = await finish();
	const fileName = t('agreementPdf.fileName', {
		name: agreement.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, ''),
		number: String(version.number)
	});
	if (!version.fileKey) return { pdf: ownPages, fileName };
	const original = await ctx.files.get(version.fileKey);
	if (!original) return { pdf: ownPages, fileName };
	// Cover page first, then the uploaded wording, then the signature list.
	const merged = await PdfLibDocument.create();
	const ours = await PdfLibDocument.load(ownPages);
	const theirs = await PdfLibDocument.load(original, { ignoreEncryption: true });
	const [cover, ...rest] = await merged.copyPages(ours, ours.getPageIndices());
	merged.addPage(cover!);
	for (const p of await merged.copyPages(theirs, theirs.getPageIndices())) merged.addPage(p);
	for (const p of rest) merged.addPage(p);
	merged.setTitle(heading);
	return { pdf: Buffer.from(await merged.save()), fileName };
}
