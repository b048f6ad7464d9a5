import fs from 'node:fs';
import { openDatabase, type Database } from './db/client';
import { readConfig, type Config } from './config';
import { smtpTransport, startOutboxWorker } from './domains/mail/outbox-worker';
import { seedDemoData } from './demo/seed-demo-data';
import { purgeExpired } from './domains/accounts/purge-expired';
import { flushSearchStats } from './domains/offers/search-stats-buffer';
import { sendFreshnessReminders } from './domains/offers/send-freshness-reminders';
import { startScheduler } from './domains/jobs/scheduler';
import { sendMeetingReminders } from './domains/bodies/send-meeting-reminders';
import { sendTaskReminders } from './domains/bodies/send-task-reminders';
import { sendAgreementReminders } from './domains/agreements/send-agreement-reminders';
import { sendEventReminders } from './domains/events/send-event-reminders';
import { applyEventRetention } from './domains/events/apply-event-retention';
import { openFileStore, type FileStore } from './domains/documents/file-store';

export type App = { database: Database; config: Config; files: FileStore; stop: () => Promise<void> };

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
	const files = openFileStore(config);
	const database = await openDatabase({
		databaseUrl: config.databaseUrl,
		dataDir: config.databaseUrl ? undefined : config.dataDir
	});
	if (config.demoData) {
		const seeded = await seedDemoData(database.db, { onlyIfEmpty: true, files });
		if (seeded) console.log('[demo] Beispieldaten geladen (DEMO_DATA=off schaltet das ab).');
	}
	const stopWorker = config.smtpUrl
		? startOutboxWorker(database.db, smtpTransport(config.smtpUrl), {
				from: config.mailFrom,
				intervalMs: config.outboxIntervalMs
			})
		: () => undefined;
	// Scheduled work lives in the database (scheduled_jobs): once per period across all processes.
	const stopScheduler = startScheduler(
		database.db,
		{
			purge: { everyMs: 3_600_000, run: (now) => purgeExpired(database.db, now) },
			freshness: {
				everyMs: config.freshnessIntervalMs,
				run: (now) => sendFreshnessReminders(database.db, { now, baseUrl: config.publicUrl })
			},
			meeting_reminders: {
				everyMs: 3_600_000,
				run: (now) =>
					sendMeetingReminders(database.db, { now, baseUrl: config.publicUrl, daysBefore: config.meetingReminderDays })
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
			event_retention: { everyMs: 86_400_000, run: (now) => applyEventRetention(database.db, { now }) }
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
		stop: async () => {
			stopWorker();
			stopScheduler();
			clearInterval(statsTimer);
			await flush();
			await database.close();
		}
	};
}
