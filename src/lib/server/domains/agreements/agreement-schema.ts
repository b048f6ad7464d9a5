import { z } from 'zod';
import { AGREEMENT_KINDS } from '$lib/server/db/schema';

const text = (max: number) => z.string().trim().max(max, 'error.tooLong');
const requiredText = (max: number) => z.string().trim().min(1, 'error.required').max(max, 'error.tooLong');
const day = z
	.string()
	.trim()
	.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), 'error.dateInvalid');

export const agreementSchema = z.object({
	version: z.coerce.number().int().min(0),
	kind: z.enum(AGREEMENT_KINDS, 'error.choose'),
	title: requiredText(200)
});
export type AgreementInput = z.output<typeof agreementSchema>;

/** A wording: the text (or an uploaded PDF, checked separately) and the adoption date. */
export const versionSchema = z.object({
	version: z.coerce.number().int().min(0),
	text: text(100_000),
	adoptedOn: day,
	removeFile: z.string().optional()
});
export type VersionInput = z.output<typeof versionSchema>;

/** What a signer types on the personal link; `confirm` is the explicit second step. */
export const signerSchema = z.object({
	signerName: requiredText(200),
	signerFunction: requiredText(200)
});
export const signSchema = signerSchema.extend({ confirm: z.literal('ja', 'error.signatureConfirm') });
export type SignInput = z.output<typeof signSchema>;

export const declineSchema = z.object({ reason: text(1000) });

/** The coordinator records a signature on paper (scan) or a refusal. */
export const recordSignatureSchema = z.discriminatedUnion(
	'outcome',
	[
		signerSchema.extend({ outcome: z.literal('signed'), organisationId: z.uuid('error.choose'), signedOn: day }),
		z.object({ outcome: z.literal('declined'), organisationId: z.uuid('error.choose'), reason: text(1000) })
	],
	'error.choose'
);
export type RecordSignatureInput = z.output<typeof recordSignatureSchema>;
