import type { Transport } from '@sveltejs/kit';
import { isRenderOnly } from '$lib/render-only';

// Universal hooks. `RenderOnly`: the data of server-rendered portal pages is not serialised
// (see $lib/render-only.ts); those pages ship no JavaScript, so nothing ever decodes it.
export const transport: Transport = {
	RenderOnly: {
		encode: (value) => isRenderOnly(value) && 1,
		decode: () => undefined
	}
};
