/**
 * Removes scripts, event handlers, external references and foreign content from
 * an SVG with DOMPurify's SVG profile. Returns null when nothing usable is left.
 */
export async function sanitizeSvg(svg: string): Promise<string | null> {
	const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
	const window = new JSDOM('').window;
	try {
		const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
		const clean = purify.sanitize(svg, {
			USE_PROFILES: { svg: true, svgFilters: true },
			FORBID_TAGS: ['foreignObject', 'image', 'use', 'style'],
			FORBID_ATTR: ['href', 'xlink:href']
		});
		const trimmed = clean.trim();
		if (!/^<svg[\s>]/i.test(trimmed)) return null;
		return /xmlns=/.test(trimmed.slice(0, trimmed.indexOf('>')))
			? trimmed
			: trimmed.replace(/^<svg/i, '<svg xmlns="http://www.w3.org/2000/svg"');
	} finally {
		window.close();
	}
}
