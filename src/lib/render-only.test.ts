import { describe, expect, it } from 'vitest';
import { isRenderOnly, renderOnly } from './render-only';
import { transport } from '../hooks';

describe('render-only load data', () => {
	it('is written as a placeholder by the transport, other data is left to SvelteKit', () => {
		const data = renderOnly(false, { hits: [{ title: 'Hebammenhilfe' }] });
		expect(isRenderOnly(data)).toBe(true);
		expect(transport.RenderOnly!.encode(data)).toBe(1);
		// Its parts and any other object are serialised as usual.
		expect(transport.RenderOnly!.encode(data.hits)).toBe(false);
		expect(transport.RenderOnly!.encode({ hits: [] })).toBe(false);
		expect(transport.RenderOnly!.encode(null)).toBe(false);
		expect(transport.RenderOnly!.encode('text')).toBe(false);
	});

	it('is left whole for a data request (a click from the internal area renders the page in the browser)', () => {
		const data = renderOnly(true, { hits: [{ title: 'Hebammenhilfe' }] });
		expect(isRenderOnly(data)).toBe(false);
		expect(transport.RenderOnly!.encode(data)).toBe(false);
	});
});
