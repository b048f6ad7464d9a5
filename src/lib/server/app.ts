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
import { loadAppSecret } from './app-secret';

export type App = {
	database: Database;
	config: Config;
	files: FileStore;
	/** Seals and opens secrets at rest (TOTP secrets) with the key from APP_SECRET or DATA_DIR/app-secret. */
	secrets: SecretBox;
	stop: () => Promise<void>;
};

let appPromise: Promise<App> | undefined;

/** The process-wide application: database (migrated), demo data on first start, outbox worker. */
export function getApp(): Promise<App> {
	appPromise ??= start().catch((error) => {
		appPromise = undefined;
		throw error;
	});
	return appPromise;
}

async function start(): Promise<App> {
	const config = readConfig();
	if (!config.databaseUrl) fs.mkdirSync(config.dataDir, { recursive: true });
	// Before the database opens: a missing or short APP_SECRET stops the start with a clear message (StartupError).
	const key = loadAppSecret(config);
	const secrets = secretBox(key.secret);
	if (key.source === 'created')
		console.log(`[secrets] Neuer Schlüssel in ${key.file} angelegt – sichern Sie diese Datei mit den Daten (README).`);
	const files = openFileStore(config);
	const database = await openDatabase({
		databaseUrl: config.databaseUrl,
		dataDir: config.databaseUrl ? undefined : config.dataDir
	});
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
					// Every retention rule (privacy/retention-rules.ts): sessions and tokens, mail bodies, registrations, RSVPs, audit log.
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
			stopWorker();
			stopScheduler();
			clearInterval(statsTimer);
			await flush();
			await database.close();
		}
	};
}
