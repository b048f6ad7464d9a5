import { afterEach, describe, expect, it } from 'vitest';
import { memoForNetwork } from './network-memo';
import { clearPageCache, dropPagesForPeer, invalidateNetworkPages } from './page-cache';

describe('network memo', () => {
	afterEach(() => clearPageCache());

	it('reads once until the network changes — here, in another process, or everywhere', async () => {
		let reads = 0;
		const read = () => memoForNetwork('herten', 'facet-labels', async () => ({ n: ++reads }));
		expect(await read()).toEqual({ n: 1 });
		expect(await read()).toEqual({ n: 1 });
		// Another network's change leaves it alone.
		invalidateNetworkPages('mettmann');
		expect(await read()).toEqual({ n: 1 });
		invalidateNetworkPages('herten');
		expect(await read()).toEqual({ n: 2 });
		dropPagesForPeer('herten');
		expect(await read()).toEqual({ n: 3 });
		clearPageCache();
		expect(await read()).toEqual({ n: 4 });
	});

	it('does not keep what was read while the network changed, nor a failed read', async () => {
		let release!: () => void;
		const slow = memoForNetwork('herten', 'network', async () => {
			await new Promise<void>((r) => (release = r));
			return 'old';
		});
		await Promise.resolve();
		invalidateNetworkPages('herten'); // committed while the read was running
		release();
		expect(await slow).toBe('old');
		expect(await memoForNetwork('herten', 'network', async () => 'new')).toBe('new');

		await expect(
			memoForNetwork('unbekannt', 'network', async () => {
				throw new Error('not_found');
			})
		).rejects.toThrow('not_found');
		expect(await memoForNetwork('unbekannt', 'network', async () => 'exists now')).toBe('exists now');
	});
});
