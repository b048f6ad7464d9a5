/**
 * Colours of the portal map without a tile server. District areas are light tints with a dark
 * outline; offer markers are dark with a white ring. Markers and outlines keep a contrast of at
 * least 3:1 (WCAG 1.4.11, non-text contrast) against every tint and the map's background.
 */
export const MAP_COLOURS = {
	BACKGROUND: '#f2f2ee',
	MARKER: '#0b3a75',
	OUTLINE: '#4a5562',
	TINTS: ['#fbf6e9', '#eaf2fa', '#edf6ea', '#f7ecf1', '#f1effa']
} as const;

/** Relative luminance of a #rrggbb colour (WCAG 2.2). */
function luminance(hex: string): number {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [la, lb] = [luminance(a), luminance(b)];
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
