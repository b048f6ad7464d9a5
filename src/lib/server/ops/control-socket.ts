// The embedded database's data directory may be opened by one process only. The process that has it
// (the server, or `npm run backup` while no server runs) listens on a Unix socket in DATA_DIR: that
// socket is the lock (a second process finds it answering and stops) and the way `npm run backup`
// asks the running server for a snapshot (ADR 0030).
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { StartupError } from '../app-secret';

export const CONTROL_SOCKET = 'control.sock';
/** Linux allows 107 bytes for a socket path. */
const MAX_SOCKET_PATH = 107;

export type ControlHandlers = {
	/** A consistent copy of the database files; `release` ends the backup (removes the copy). */
	snapshot(): Promise<{ dir: string; release: () => Promise<void> }>;
};

export type DataDirClaim = {
	/** null when DATA_DIR's path is too long for a socket (no lock, no online backup). */
	socketPath: string | null;
	serve(handlers: ControlHandlers): void;
	close(): Promise<void>;
};

export function controlSocketPath(dataDir: string): string | null {
	const socketPath = path.join(dataDir, CONTROL_SOCKET);
	return Buffer.byteLength(socketPath) <= MAX_SOCKET_PATH ? socketPath : null;
}

export const DATA_DIR_IN_USE = (dataDir: string) =>
	`DATA_DIR ${dataDir} wird schon von einem anderen Prozess benutzt (läuft der Server bereits, oder eine Sicherung?). ` +
	`/ DATA_DIR ${dataDir} is in use by another process (a running server or a backup).`;

/** Whether a process answers on the socket (ENOENT / ECONNREFUSED: nobody has the data directory). */
export function probeSocket(socketPath: string): Promise<boolean> {
	return new Promise((resolve, reject) => {
		const socket = net.connect({ path: socketPath });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', (e: NodeJS.ErrnoException) => {
			if (e.code === 'ENOENT' || e.code === 'ECONNREFUSED') resolve(false);
			else reject(e);
		});
	});
}

function listen(server: net.Server, socketPath: string): Promise<void> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		// exclusive: a cluster worker must not share the primary's handle (each would think it holds the lock).
		server.listen({ path: socketPath, exclusive: true }, () => {
			server.off('error', reject);
			resolve();
		});
	});
}

/**
 * Takes the data directory for this process: listens on DATA_DIR/control.sock (mode 0600, owner only).
 * A socket left by a killed process is removed; one that answers means another process has the
 * directory: StartupError.
 */
export async function claimDataDir(dataDir: string): Promise<DataDirClaim> {
	const socketPath = controlSocketPath(dataDir);
	let handlers: ControlHandlers | null = null;
	if (!socketPath) {
		console.warn(
			`[backup] Der Pfad von DATA_DIR ist zu lang für den Steuer-Socket: keine Sicherung im laufenden Betrieb (docs/operations.md).`
		);
		return { socketPath, serve: () => undefined, close: async () => undefined };
	}
	const server = net.createServer((socket) => serveConnection(socket, () => handlers));
	try {
		await listen(server, socketPath);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
		if (await probeSocket(socketPath)) throw new StartupError(DATA_DIR_IN_USE(dataDir));
		fs.rmSync(socketPath, { force: true });
		await listen(server, socketPath);
	}
	fs.chmodSync(socketPath, 0o600);
	server.unref();
	return {
		socketPath,
		serve: (h) => {
			handlers = h;
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				fs.rmSync(socketPath, { force: true });
			})
	};
}

let busy = false;

/** One JSON line in (`{"command":"snapshot"}`), one JSON line out; the snapshot lives until the connection ends. */
function serveConnection(socket: net.Socket, handlers: () => ControlHandlers | null) {
	let buffer = '';
	let release: (() => Promise<void>) | undefined;
	const answer = (value: object) => socket.write(`${JSON.stringify(value)}\n`);
	socket.setEncoding('utf8');
	socket.on('error', () => undefined); // the client went away: 'close' cleans up
	socket.on('close', () => {
		if (release) void release().finally(() => (busy = false));
	});
	socket.on('data', (chunk: string) => {
		buffer += chunk;
		if (!buffer.includes('\n') || release) return;
		let command: unknown;
		try {
			command = (JSON.parse(buffer.slice(0, buffer.indexOf('\n'))) as { command?: unknown }).command;
		} catch {
			command = undefined;
		}
		buffer = '';
		const h = handlers();
		if (command !== 'snapshot') return answer({ ok: false, error: 'unknown command' });
		if (!h || busy) return answer({ ok: false, error: h ? 'busy' : 'not ready' });
		busy = true;
		h.snapshot().then(
			(snapshot) => {
				release = snapshot.release;
				if (socket.destroyed) void release().finally(() => (busy = false));
				else answer({ ok: true, dir: snapshot.dir });
			},
			(e: unknown) => {
				busy = false;
				answer({ ok: false, error: e instanceof Error ? e.message : String(e) });
			}
		);
	});
}
