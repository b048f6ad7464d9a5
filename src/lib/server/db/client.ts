// The driver of the other database is never loaded (issue 17: memory per process): each open
// function imports its own.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';
import { listenOnChannel, type Listener } from './notifications';

export type Schema = typeof schema;
/** The one database type the code sees: PGlite and node-postgres share it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
	db: Db;
	kind: DatabaseKind;
	ping(): Promise<void>;
	close(): Promise<void>;
	/** PGlite only: the data directory as a tarball (a migrated snapshot for the tests). */
	dumpDataDir?(): Promise<Blob>;
	/**
	 * PostgreSQL only: messages between the app processes of one installation (NOTIFY reaches the
	 * listeners on the same database). PGlite lives in one process and needs none.
	 */
	channels?: {
		notify(channel: string, payload: string): Promise<void>;
		listen(channel: string, onMessage: (payload: string) => void, onGap: () => void): Listener;
	};
	/**
	 * PGlite only: runs `fn` after a checkpoint while no other query or transaction can run, so the
	 * files of the data directory are a committed, consistent state until `fn` returns (backups).
	 */
	exclusive?<T>(fn: () => Promise<T>): Promise<T>;
}

export interface OpenOptions {
	/** postgres://… → PostgreSQL server; unset → embedded PGlite. */
	databaseUrl?: string;
	/** PGlite data directory; unset → in memory. */
	dataDir?: string;
	migrationsFolder?: string;
	poolSize?: number;
	/** How long a query may wait for a free pooled connection (default 5 s). */
	connectionTimeoutMs?: number;
	/** PGlite: start from this data directory tarball (see dumpDataDir) instead of an empty one. */
	loadDataDir?: Blob;
}

/** `PGLITE_SHARED_BUFFERS` ("32MB", "64MB" …; a number alone is in 8 kB pages), default 32 MB. */
function pgliteSharedBuffers(): string {
	const value = (process.env.PGLITE_SHARED_BUFFERS ?? '').trim();
	return /^\d{1,6}(kB|MB|GB)?$/.test(value) ? value : '32MB';
}

/** Held while a process migrates or loads the demo data: parallel starts take turns. */
export const STARTUP_LOCK = 7_240_317;

function migrationsFolder(options: OpenOptions) {
	return options.migrationsFolder ?? process.env.MIGRATIONS_DIR ?? path.resolve('drizzle');
}

/** The migrations this build applies (drizzle's journal): their number and the last one's tag. */
export function migrationJournal(options: OpenOptions = {}): { count: number; lastTag: string } {
	const journal = JSON.parse(
		fs.readFileSync(path.join(migrationsFolder(options), 'meta', '_journal.json'), 'utf8')
	) as {
		entries: { tag: string }[];
	};
	return { count: journal.entries.length, lastTag: journal.entries.at(-1)?.tag ?? '' };
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
	if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
	return openPglite(options);
}

async function openPglite(options: OpenOptions): Promise<Database> {
	const [{ PGlite }, { pg_trgm }, { unaccent }, { drizzle: drizzlePglite }, { migrate: migratePglite }] =
		await Promise.all([
			import('@electric-sql/pglite'),
			import('@electric-sql/pglite/contrib/pg_trgm'),
			import('@electric-sql/pglite/contrib/unaccent'),
			import('drizzle-orm/pglite'),
			import('drizzle-orm/pglite/migrator')
		]);
	const client = await PGlite.create({
		dataDir: options.dataDir,
		loadDataDir: options.loadDataDir,
		extensions: { pg_trgm, unaccent },
		// PGlite's shared buffers live in the process's own memory and never shrink: 32 MB instead of
		// PostgreSQL's 128 MB keeps ~100 MB less resident (issue 17); pages beyond them come from the
		// operating system's file cache. PGLITE_SHARED_BUFFERS sets another size.
		startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${pgliteSharedBuffers()}`]
	});
	const migrator = drizzlePglite(client, { schema });
	await migratePglite(migrator, { migrationsFolder: migrationsFolder(options) });
	// The default PGlite user is a superuser and would bypass RLS: from here on the
	// session runs as the tenant role; cross-tenant work switches explicitly.
	await client.exec('SET ROLE nfh_app');
	const db = drizzlePglite(yieldingBetweenQueries(client), { schema }) as unknown as Db;
	return {
		db,
		kind: 'pglite',
		ping: async () => {
			await db.execute(sql`select 1`);
		},
		close: async () => {
			await client.close();
		},
		dumpDataDir: () => client.dumpDataDir('none'),
		// Every PGlite query and transaction takes the same lock; the session user is the superuser.
		exclusive: (fn) =>
			client.transaction(async (tx) => {
				await tx.exec('SET LOCAL ROLE postgres; CHECKPOINT');
				return fn();
			})
	};
}

/**
 * PGlite runs a query synchronously in this thread and resolves its promise at once, so the
 * requests in flight continue one another as microtasks and the event loop reads no new request,
 * runs no timer, until all of them are done (seconds under load: the admission control of
 * `npm start` could not answer anyone). Each query first lets the event loop turn once.
 */
function yieldingBetweenQueries<T extends object>(target: T): T {
	const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
	return new Proxy(target, {
		get(object, property) {
			const value: unknown = Reflect.get(object, property, object);
			if (typeof value !== 'function') return value;
			if (property === 'query')
				return async (...args: unknown[]) => {
					await turn();
					return value.apply(object, args);
				};
			if (property === 'transaction')
				return (callback: (tx: object) => unknown) =>
					value.call(object, (tx: object) => callback(yieldingBetweenQueries(tx)));
			// PGlite keeps private fields: its methods must run on the object itself, not on the proxy.
			return value.bind(object);
		}
	});
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
	const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
		import('pg'),
		import('drizzle-orm/node-postgres'),
		import('drizzle-orm/node-postgres/migrator')
	]);
	const migrationClient = new pg.Client({ connectionString: url });
	await migrationClient.connect();
	try {
		// Several app processes may start at once: one migrates, the others wait.
		await migrationClient.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
		await migratePg(drizzlePg(migrationClient, { schema }), { migrationsFolder: migrationsFolder(options) });
		await migrationClient.query('select pg_advisory_unlock($1)', [STARTUP_LOCK]);
	} finally {
		await migrationClient.end();
	}
	const pool = new pg.Pool({
		connectionString: url,
		max: options.poolSize ?? Number(process.env.DATABASE_POOL_SIZE ?? 10),
		connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000
	});
	pool.on('connect', (client) => {
		// Session default: the tenant role. A query outside withTenant/withSystem sees no tenant rows.
		client.query('SET ROLE nfh_app').catch(() => undefined);
	});
	pool.on('error', () => undefined); // idle client errors surface on the next query instead
	const db = drizzlePg(pool, { schema }) as unknown as Db;
	return {
		db,
		kind: 'postgres',
		ping: async () => {
			await db.execute(sql`select 1`);
		},
		close: async () => {
			await pool.end();
		},
		channels: {
			notify: async (channel, payload) => {
				await pool.query('select pg_notify($1, $2)', [channel, payload]);
			},
			listen: (channel, onMessage, onGap) => listenOnChannel(url, channel, onMessage, onGap)
		}
	};
}
