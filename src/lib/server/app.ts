import fs from 'node:fs';
import { openDatabase, type Database } from './db/client';
import { readConfig, type Config } from './config';
import { smtpTransport, startOutboxWorker } from './domains/mail/outbox-worker';
import { seedDemoData } from './demo/seed-demo-data';
import { flushSearchStats } from './domains/offers/search-stats-buffer';
import { sendFreshnessReminders } from './domains/offers/send-freshness-reminders';
import { startScheduler } from './domains/jobs/scheduler';
import { sendMeetingReminders } from './domains/bodies/send-meeting-reminders';
import { sendTaskReminders } from './domains/bodies/send-task-reminders';
import { sendAgreementReminders } from './domains/agreements/send-agreement-reminders';
import { sendEventReminders } from './domains/events/send-event-reminders';
import { runRetention } from './domains/privacy/run-retention';
import { passOnExpiredOffers } from './domains/events/pass-on-expired-offers';
import { openFileStore, type FileStore } from './domains/documents/file-store';
import { secretBox, type SecretBox } from './domains/shared/crypto';
import { sealStoredTotpSecrets } from './domains/accounts/totp-secret';
import { loadAppSecret, StartupError } from './app-secret';
import { connectPageCachePeers, dropPagesForPeer } from './http/page-cache';
import { claimDataDir, type DataDirClaim } from './ops/control-socket';
import { holdableFileStore, removeStaleSnapshots, serverSnapshotHandlers } from './ops/snapshot-database';

export type App = {
	database: Database;
	config: Config;
	files: FileStore;
	/** Seals and opens secrets at rest (TOTP secrets) with the key from APP_SECRET or DATA_DIR/app-secret. */
	secrets: SecretBox;
	stop: () => Promise<void>;
};

// Kept on globalThis: `vite dev` re-runs this module after an edit, and a second app would open
// the embedded database's directory a second time (refused since ADR 0030).
const holder = globalThis as { __nfhApp?: Promise<App> };

/** The process-wide application: database (migrated), demo data on first start, outbox worker. */
export function getApp(): Promise<App> {
	holder.__nfhApp ??= start().catch((error) => {
		holder.__nfhApp = undefined;
		throw error;
	});
	return holder.__nfhApp;
}

/**
 * The database; on the embedded one its directory is this process's alone (a second opener would
 * corrupt it), and the claim's socket also serves `npm run backup` while the server runs (ADR 0030).
 */
async function openAppDatabase(config: Config, files: ReturnType<typeof holdableFileStore>) {
	const claim: DataDirClaim | undefined = config.databaseUrl ? undefined : await claimDataDir(config.dataDir);
	if (claim) removeStaleSnapshots(config.dataDir);
	const database = await openDatabase({
		databaseUrl: config.databaseUrl,
		dataDir: config.databaseUrl ? undefined : config.dataDir
	}).catch(async (e: unknown) => {
		await claim?.close();
		throw e;
	});
	claim?.serve(serverSnapshotHandlers(database, config.dataDir, files));
	return { database, claim };
}

async function start(): Promise<App> {
	const config = readConfig();
	if (!config.databaseUrl) fs.mkdirSync(config.dataDir, { recursive: true });
	// Before the database opens: a missing or short APP_SECRET stops the start with a clear message (StartupError).
	const key = loadAppSecret(config);
	if (config.databaseUrl && !/^[a-z_][a-z0-9_]{0,62}$/.test(config.pageCacheChannel))
		throw new StartupError(
			`PAGE_CACHE_CHANNEL „${config.pageCacheChannel}“: nur Kleinbuchstaben, Ziffern und _ (höchstens 63 Zeichen).`
		);
	const secrets = secretBox(key.secret);
	if (key.source === 'created')
		console.log(`[secrets] Neuer Schlüssel in ${key.file} angelegt – sichern Sie diese Datei mit den Daten (README).`);
	const files = holdableFileStore(openFileStore(config));
	const { database, claim } = await openAppDatabase(config, files);
	const stopPeers = listenForPageDrops(database, config.pageCacheChannel);
	if (config.demoData) {
		const seeded = await seedDemoData(database.db, { onlyIfEmpty: true, files });
		if (seeded) console.log('[demo] Beispieldaten geladen (DEMO_DATA=off schaltet das ab).');
	}
	// One idempotent pass on every start: plain TOTP secrets (from before encryption, or just seeded) get sealed.
	const totp = await sealStoredTotpSecrets(database.db, secrets);
	if (totp.sealed) console.log(`[secrets] ${totp.sealed} TOTP-Geheimnis(se) verschlüsselt.`);
	if (totp.unreadable)
		console.error(
			`[secrets] ${totp.unreadable} TOTP-Geheimnis(se) lassen sich mit diesem Schlüssel (Kennung ${secrets.keyId}) nicht entschlüsseln: ` +
				'ist APP_SECRET (bzw. DATA_DIR/app-secret) derselbe wie beim Einrichten? Diese Konten können sich nur mit Wiederherstellungscodes anmelden.'
		);
	const stopWorker = config.smtpUrl
		? startOutboxWorker(database.db, smtpTransport(config.smtpUrl), {
				from: config.mailFrom,
				intervalMs: config.outboxIntervalMs
			})
		: () => undefined;
	// Scheduled work lives in the database (scheduled_jobs): once per period across all processes.
	const stopScheduler = !config.scheduler
		? () => undefined
		: startScheduler(
				database.db,
				{
					// Every retention rule (privacy/retention-rules.ts): sessions and tokens, mail bodies, registrations, contact requests, RSVPs, audit log.
					retention: {
						everyMs: 86_400_000,
						run: (now) => runRetention(database.db, { now, idleMinutes: config.sessionIdleMinutes })
					},
					freshness: {
						everyMs: config.freshnessIntervalMs,
						run: (now) => sendFreshnessReminders(database.db, { now, baseUrl: config.publicUrl })
					},
					meeting_reminders: {
						everyMs: 3_600_000,
						run: (now) =>
							sendMeetingReminders(database.db, {
								now,
								baseUrl: config.publicUrl,
								daysBefore: config.meetingReminderDays
							})
					},
					task_reminders: { everyMs: 3_600_000, run: (now) => sendTaskReminders(database.db, { now }) },
					agreement_reminders: {
						everyMs: 86_400_000,
						run: (now) => sendAgreementReminders(database.db, { now, baseUrl: config.publicUrl })
					},
					event_reminders: {
						everyMs: 3_600_000,
						run: (now) => sendEventReminders(database.db, { now, baseUrl: config.publicUrl })
					},
					event_offers: {
						everyMs: 600_000,
						run: (now) => passOnExpiredOffers(database.db, { now, baseUrl: config.publicUrl })
					}
				},
				config.jobTickMs
			);
	const flush = () =>
		flushSearchStats(database.db).catch((e) => console.error('[search-stats]', e instanceof Error ? e.message : e));
	const statsTimer = setInterval(flush, 5_000);
	statsTimer.unref();
	console.log(
		`[app] database: ${database.kind}${config.smtpUrl ? ', mail via SMTP' : ', no SMTP_URL: mail stays in the Postausgang'}`
	);
	return {
		database,
		config,
		files,
		secrets,
		stop: async () => {
			await stopPeers();
			stopWorker();
			stopScheduler();
			clearInterval(statsTimer);
			await flush();
			await database.close();
			await claim?.close();
		}
	};
}

/** This process's name in its own cache messages, so it skips what it sent itself. */
const PROCESS_TAG = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Several app processes on one PostgreSQL (WEB_CONCURRENCY, or several hosts): a change made
 * through one process drops the network's cached pages in all of them at once (NOTIFY
 * "tag network"). A lost listening connection may have missed messages: then all pages go.
 */
function listenForPageDrops(database: Database, channel: string): () => Promise<void> {
	const channels = database.channels;
	if (!channels) return async () => undefined;
	const listener = channels.listen(
		channel,
		(payload) => {
			const [tag, network] = payload.split(' ');
			if (tag !== PROCESS_TAG && network) dropPagesForPeer(network);
		},
		() => dropPagesForPeer('*')
	);
	const disconnect = connectPageCachePeers((network) => {
		channels
			.notify(channel, `${PROCESS_TAG} ${network}`)
			.catch((e) => console.error('[page-cache] notify', e instanceof Error ? e.message : e));
	});
	return async () => {
		disconnect();
		await listener.close();
	};
}
