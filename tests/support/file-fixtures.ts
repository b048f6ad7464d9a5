// Small files whose type the content detection knows, for upload tests.

/** A 1×1 PNG. */
export const PNG = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001',
	'hex'
);

/** The smallest PDF the type detection accepts. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
