import QRCode from 'qrcode';

/** A QR code of `text` as inline SVG markup with an accessible name (dark on white, quiet zone included). */
export async function qrSvg(text: string, label: string): Promise<string> {
	const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	const safe = label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	return svg.replace('<svg ', `<svg role="img" aria-label="${safe}" focusable="false" `);
}
