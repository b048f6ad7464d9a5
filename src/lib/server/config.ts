import path from 'node:path';

/** All settings come from the environment; documented in README.md. Read once per call site, never cached in modules under test. */
export function readConfig(env: NodeJS.ProcessEnv = process.env) {
	return {
		databaseUrl: env.DATABASE_URL || undefined,
		dataDir: path.resolve(env.DATA_DIR || 'data'),
		/** Uploaded documents, agreements and scans (unless S3_BUCKET is set). */
		filesDir: path.resolve(env.FILES_DIR || path.join(env.DATA_DIR || 'data', 'files')),
		s3: env.S3_BUCKET
			? {
					endpoint: env.S3_ENDPOINT || '',
					bucket: env.S3_BUCKET,
					region: env.S3_REGION || 'us-east-1',
					accessKeyId: env.S3_ACCESS_KEY_ID || '',
					secretAccessKey: env.S3_SECRET_ACCESS_KEY || ''
				}
			: null,
		/** Largest document upload in bytes (also enforced before SvelteKit reads the request). */
		maxUploadBytes: Number(env.MAX_UPLOAD_MB || 10) * 1024 * 1024,
		smtpUrl: env.SMTP_URL || undefined,
		mailFrom: env.MAIL_FROM || 'Netzwerk Frühe Hilfen <no-reply@example.org>',
		publicUrl: (env.ORIGIN || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, ''),
		demoData: (env.DEMO_DATA || 'on') !== 'off',
		outboxIntervalMs: Number(env.OUTBOX_INTERVAL_MS || 5_000),
		/** How often the scheduler looks for due jobs, and how often the freshness reminders run. */
		jobTickMs: Number(env.JOB_TICK_MS || 60_000),
		/** `off`: this process serves requests only and runs no scheduled jobs (another process does). */
		scheduler: (env.SCHEDULER || 'on') !== 'off',
		/**
		 * PostgreSQL: the LISTEN/NOTIFY channel on which the app processes tell each other which
		 * network's cached pages to drop. NOTIFY reaches only the same database, so installations on one
		 * server do not hear each other; set it only when two installations share one database.
		 */
		pageCacheChannel: env.PAGE_CACHE_CHANNEL || 'nfh_page_cache',
		freshnessIntervalMs: Number(env.FRESHNESS_INTERVAL_MS || 86_400_000),
		/** Key material for secrets at rest (TOTP secrets); see app-secret.ts for the rules when unset. */
		appSecret: env.APP_SECRET || undefined,
		/** Absolute lifetime of a login session. */
		sessionHours: Number(env.SESSION_HOURS || 12),
		/** A session ends after this many minutes without a request, whatever its lifetime. */
		sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES || 120),
		/** Invitees who have not declined get a reminder this many days before a meeting. */
		meetingReminderDays: Number(env.MEETING_REMINDER_DAYS || 3),
		/** "Seite schnell verlassen" leads here: a neutral page (a link only, nothing is loaded from it). */
		/** Tile server for the portal map, e.g. https://tiles.example.org/{z}/{x}/{y}.png; unset → no tiles, no third-party request. */
		mapTileUrl: env.MAP_TILE_URL || '',
		mapAttribution: env.MAP_ATTRIBUTION || '',
		quickExitUrl: env.QUICK_EXIT_URL || 'https://www.google.de/search?q=wetter',
		/** Per-address limit of portal event registrations (the network's setting); `off` for benchmarks only. */
		eventRateLimit: (env.EVENT_RATE_LIMIT || 'on') !== 'off',
		/** Per-address limit of the portal's contact requests (5 per hour and network); `off` for benchmarks only. */
		contactRateLimit: (env.CONTACT_RATE_LIMIT || 'on') !== 'off'
	};
}
export type Config = ReturnType<typeof readConfig>;
