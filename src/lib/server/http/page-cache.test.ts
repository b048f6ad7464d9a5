import { afterEach, describe, expect, it } from 'vitest';
import {
	cachePage,
	clearPageCache,
	connectPageCachePeers,
	dropPagesForPeer,
	getCachedPage,
	invalidateNetworkPages,
	pageGeneration
} from './page-cache';

const page = (body: string) => new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });

describe('page cache', () => {
	afterEach(() => clearPageCache());

	it('tells the other processes which network changed, and drops what they announce', async () => {
		const told: string[] = [];
		const disconnect = connectPageCachePeers((network) => told.push(network));
		await cachePage('/herten/angebote', 'herten', page('alt'));
		await cachePage('/mettmann/angebote', 'mettmann', page('bleibt'));
		invalidateNetworkPages('herten');
		expect(told).toEqual(['herten']);
		expect(getCachedPage('/herten/angebote')).toBeNull();
		expect(await getCachedPage('/mettmann/angebote')?.text()).toBe('bleibt');

		// Another process's change: dropped here without telling anyone again.
		dropPagesForPeer('mettmann');
		expect(getCachedPage('/mettmann/angebote')).toBeNull();
		await cachePage('/herten/x', 'herten', page('x'));
		dropPagesForPeer('*');
		expect(getCachedPage('/herten/x')).toBeNull();
		expect(told).toEqual(['herten']);
		clearPageCache();
		expect(told).toEqual(['herten', '*']);
		disconnect();
		invalidateNetworkPages('herten');
		expect(told).toEqual(['herten', '*']);
	});

	it('does not keep a page whose rendering began before its network was changed', async () => {
		const startedAt = pageGeneration('herten');
		dropPagesForPeer('herten'); // the change commits in another process while this page renders
		const answer = await cachePage('/herten/angebote/1', 'herten', page('alter Titel'), undefined, startedAt);
		expect(await answer.text()).toBe('alter Titel');
		expect(getCachedPage('/herten/angebote/1')).toBeNull();

		// A page begun after the change is kept; another network's change does not matter.
		const later = pageGeneration('herten');
		dropPagesForPeer('mettmann');
		await cachePage('/herten/angebote/1', 'herten', page('neuer Titel'), undefined, later);
		expect(await getCachedPage('/herten/angebote/1')?.text()).toBe('neuer Titel');
	});
});
