/** WCAG 2.x relative luminance and contrast ratio for #rrggbb colours. */
export function parseHex(hex: string): [number, number, number] | null {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
	if (!m) return null;
	return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

function channel(v: number) {
	const c = v / 255;
	return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
	const rgb = parseHex(hex);
	if (!rgb) throw new Error(`not a colour: ${hex}`);
	return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

export function contrastRatio(a: string, b: string): number {
	const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (l1 + 0.05) / (l2 + 0.05);
}

export const MIN_TEXT_CONTRAST = 4.5;
