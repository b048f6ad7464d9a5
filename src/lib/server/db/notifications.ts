import type pg from 'pg';

/** A channel name we write into LISTEN ourselves: lower-case letters, digits and underscores only. */
const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

export type Listener = {
	/** Ends the listening connection for good. */
	close: () => Promise<void>;
};

/**
 * Listens on a PostgreSQL channel with one connection of its own (LISTEN needs a session, a
 * pooled connection would be handed to other queries). A lost connection is opened again after
 * a second; because messages sent in the meantime are lost, `onGap` is called once it is back.
 */
export function listenOnChannel(
	url: string,
	channel: string,
	onMessage: (payload: string) => void,
	onGap: () => void
): Listener {
	if (!CHANNEL.test(channel)) throw new Error(`invalid channel name: ${channel}`);
	let client: pg.Client | undefined;
	let closed = false;
	let retry: ReturnType<typeof setTimeout> | undefined;
	let attempts = 0;

	const again = () => {
		client = undefined;
		if (closed || retry) return;
		retry = setTimeout(() => {
			retry = undefined;
			void connect();
		}, 1_000);
		retry.unref();
	};

	async function connect(): Promise<void> {
		const first = attempts++ === 0;
		const { default: driver } = await import('pg');
		const c = new driver.Client({ connectionString: url });
		c.on('notification', (m) => {
			if (m.channel === channel) onMessage(m.payload ?? '');
		});
		c.on('error', () => {
			c.end().catch(() => undefined);
			again();
		});
		c.on('end', () => {
			if (client === c) again();
		});
		try {
			await c.connect();
			await c.query(`LISTEN ${channel}`);
			if (closed) {
				await c.end();
				return;
			}
			client = c;
			if (!first) onGap();
		} catch (e) {
			console.error('[listen]', channel, e instanceof Error ? e.message : e);
			c.end().catch(() => undefined);
			again();
		}
	}

	void connect();
	return {
		close: async () => {
			closed = true;
			if (retry) clearTimeout(retry);
			const c = client;
			client = undefined;
			await c?.end().catch(() => undefined);
		}
	};
}
