import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { launchBrowser, openSession } from '../support/browser';
import { logInAs } from '../support/auth';
import { startServer, type TestServer } from '../support/server';
import { createEmptyPostgresDatabase, TEST_DATABASE_URL } from '../support/postgres';
import { startTestSmtp } from '../../support/smtp';

const SKIP = TEST_DATABASE_URL
	? ''
	: ' — skipped: set TEST_DATABASE_URL=postgres://…/test to run it (PGlite cannot be shared by processes)';

/** One query as the database owner (no row-level security). */
async function query<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(text, values)).rows as T[];
	} finally {
		await client.end();
	}
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 300));
	}
}

/**
 * A load-balanced installation: host A runs four app processes (WEB_CONCURRENCY=4), host B one,
 * both on one PostgreSQL database and one files folder, both with the page cache on.
 */
describe('many app processes on one PostgreSQL database', () => {
	let a: TestServer;
	let b: TestServer;
	let browser: Browser;
	let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
	let databaseUrl = '';
	let startedAt = 0;
	const cleanup: (() => Promise<void> | void)[] = [];

	beforeAll(async () => {
		if (!TEST_DATABASE_URL) return;
		const database = await createEmptyPostgresDatabase();
		databaseUrl = database.url;
		cleanup.push(database.drop);
		const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-e2e-files-'));
		cleanup.push(() => fs.rmSync(filesDir, { recursive: true, force: true }));
		smtp = await startTestSmtp();
		startedAt = Date.now();
		cleanup.push(() => smtp.close());
		const env = { DATABASE_URL: database.url, FILES_DIR: filesDir, JOB_TICK_MS: '300', PAGE_CACHE_SECONDS: '300' };
		a = await startServer({ env: { ...env, WEB_CONCURRENCY: '4' }, smtpUrl: smtp.url, startTimeoutMs: 240_000 });
		b = await startServer({ env: { ...env, WEB_CONCURRENCY: '1' }, smtpUrl: smtp.url, startTimeoutMs: 240_000 });
		// /healthz answers as soon as the first of A's processes listens: wait for all four.
		await until('four processes on host A', async () =>
			(a.output().match(/listening on/g) ?? []).length >= 4 ? true : undefined
		);
		browser = await launchBrowser();
	}, 600_000);
	afterAll(async () => {
		await browser?.close();
		await Promise.all([a?.stop(), b?.stop()]);
		for (const c of cleanup.reverse()) await c();
	});

	it.skipIf(!TEST_DATABASE_URL)(`starts the four processes WEB_CONCURRENCY asks for${SKIP}`, async () => {
		expect(a.output()).toContain('[start] 4 App-Prozesse (WEB_CONCURRENCY=4)');
		expect(a.output().match(/listening on/g)).toHaveLength(4);
		expect(b.output().match(/listening on/g)).toHaveLength(1);
		// Demo data loaded by exactly one of the five processes.
		expect((a.output() + b.output()).match(/\[demo\] Beispieldaten geladen/g)).toHaveLength(1);
	});

	it.skipIf(!TEST_DATABASE_URL)(
		`a change made through host A is shown by host B at once, although B had the page cached${SKIP}`,
		async () => {
			const [offer] = await query<{ id: string; title: string }>(
				databaseUrl,
				`select o.id, o.title from offers o join networks n on n.id = o.network_id
				 where n.slug = 'herten' and o.status = 'published' order by o.title limit 1`
			);
			expect(offer).toBeDefined();
			const pageOnB = `${b.url}/herten/angebote/${offer!.id}`;
			const first = await fetch(pageOnB);
			expect(await first.text()).toContain(offer!.title);
			const second = await fetch(pageOnB);
			expect(second.headers.get('x-page-cache')).toBe('hit');

			// The coordinator renames the offer on host A, through the form.
			const s = await openSession(browser);
			await logInAs(s, a.url, 'koordination.herten@example.org');
			await s.visit(`${a.url}/intern/angebote/${offer!.id}`);
			const newTitle = `${offer!.title} (neu ab Januar)`;
			await s.page.getByLabel('Titel', { exact: false }).first().fill(newTitle);
			await Promise.all([
				s.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('?/save')),
				s.page.getByRole('button', { name: 'Speichern' }).click()
			]);
			await s.page.waitForLoadState('load');
			await expect
				.poll(
					async () =>
						(await query<{ title: string }>(databaseUrl, 'select title from offers where id = $1', [offer!.id]))[0]
							?.title
				)
				.toBe(newTitle);

			// Host B drops its copy on A's NOTIFY: the next request renders the new title.
			const after = await until(
				'the new title on host B',
				async () => {
					const res = await fetch(pageOnB);
					const html = await res.text();
					return html.includes(newTitle) ? res : undefined;
				},
				5_000
			);
			expect(after.headers.get('x-page-cache')).toBe('miss');
			await s.close();
		}
	);

	it.skipIf(!TEST_DATABASE_URL)(
		`runs each scheduled job once per period and sends each mail once, with five processes claiming${SKIP}`,
		async () => {
			// Forty mails queued at once: all five outbox workers reach for them.
			await query(
				databaseUrl,
				`insert into outbox (category, template, to_address, subject, text_body, html_body, message_id)
				 select 'network', 'test', 'empfang' || i || '@example.org', 'Testnachricht ' || i, 'Text ' || i, '<p>Text ' || i || '</p>',
				        '<viele-prozesse-' || i || '@example.org>'
				 from generate_series(1, 40) as i`
			);
			await until('the forty mails sent', async () => {
				const [row] = await query<{ n: number }>(
					databaseUrl,
					`select count(*)::int as n from outbox where message_id like '<viele-prozesse-%' and status = 'sent'`
				);
				return row!.n === 40 ? true : undefined;
			});
			await until('the forty mails received', async () =>
				smtp.mails.filter((m) => m.subject.startsWith('Testnachricht ')).length >= 40 ? true : undefined
			);
			// Give a second delivery (if any process sent one twice) the time to arrive.
			await new Promise((r) => setTimeout(r, 2_000));
			const received = smtp.mails.filter((m) => m.subject.startsWith('Testnachricht ')).map((m) => m.subject);
			expect(received).toHaveLength(40);
			expect(new Set(received).size).toBe(40);
			// Every mail of the outbox (the jobs' reminders too) reached the SMTP server once.
			const ids = smtp.mails.map((m) => m.messageId);
			expect(ids.length).toBe(new Set(ids).size);

			// Every job of app.ts (seven) has had its first period (all tick every 300 ms); none has run twice in it.
			const jobs = await until('every scheduled job run', async () => {
				const rows = await query<{ name: string; run_count: number }>(
					databaseUrl,
					'select name, run_count from scheduled_jobs order by name'
				);
				return rows.length >= 7 && rows.every((r) => r.run_count >= 1) ? rows : undefined;
			});
			// The shortest period is event_offers' 10 minutes: on a very slow run it may have had a second one.
			const secondPeriod = (name: string) => name === 'event_offers' && Date.now() - startedAt > 9 * 60_000;
			for (const job of jobs)
				expect([job.name, job.run_count <= (secondPeriod(job.name) ? 2 : 1)]).toEqual([job.name, true]);
		}
	);
});
