// Data of a page rendered on the server alone (`csr = false`, the public portal) never reaches
// the browser, yet SvelteKit serialises every load's data for the hydration script anyway
// (devalue: 9 % of an uncached search page's time, issue 17). A load marks its returned object
// with `renderOnly`; the transport in src/hooks.ts then writes it as a one-character placeholder.
// Never mark the data of a page that runs in the browser (`csr = true`): it would arrive empty. A
// data request (`__data.json`: a click from the internal area, which runs in the browser, into the
// portal is rendered there) always gets the data.

const marked = new WeakSet<object>();

/** Marks a load's data as used by the server's render alone (unless `isDataRequest`); returns it unchanged. */
export function renderOnly<T extends object>(isDataRequest: boolean, data: T): T {
	if (!isDataRequest) marked.add(data);
	return data;
}

export const isRenderOnly = (value: unknown): boolean =>
	typeof value === 'object' && value !== null && marked.has(value);
