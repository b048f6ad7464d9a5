import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { openDatabase } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import { deleteExpiredContactRequests } from '$lib/server/domains/contact-requests/delete-expired-contact-requests';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { startServer } from '../support/server';
import { logInAs } from '../support/auth';
import { linkIn } from '../../support/smtp';

const OFFER = 'Familienfrühstück';
const PROVIDER = 'anbieter.mettmann@example.org';
const NAME = 'Ayşe Beispiel';
const PHONE = '0221 4710 555';
const MESSAGE = 'Kızımız 10 aylık, bir grup arıyoruz. <script>alert(1)</script>';
const DAY = 86_400_000;

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('contact requests: a parent asks for a call back without an account, the provider answers, the request goes', () => {
	const h = e2eHarness({ smtp: true });

	it('in Turkish and without JavaScript: bad input first, then sent; the provider gets a mail without the parent’s data, marks it done; after the period it is gone', async () => {
		// A phone, JavaScript off.
		const parent = await openSession(h.browser, { withoutScripts: true, viewport: { width: 360, height: 740 } });
		const page = parent.page;
		await parent.visit(`${h.server.url}/mettmann/tr/angebote?q=${encodeURIComponent(OFFER)}`);
		await page.getByRole('link', { name: OFFER }).first().click();
		await page.waitForURL(/\/mettmann\/tr\/angebote\/[0-9a-f-]{36}$/);
		await parent.checkA11y();
		const offerUrl = page.url();
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		const form = page.getByRole('region', { name: 'İletişim talebi' });
		// Before sending: what may not be written, the consent with the privacy page, and when it is deleted.
		expect(await form.textContent()).toContain('sağlık, hastalıklar veya kişisel durumunuz hakkında bir şey yazmayın');
		expect(await form.textContent()).toContain('Talebiniz 30 gün sonra silinir');
		expect(await form.getByRole('link', { name: 'Veri koruma bilgileri' }).getAttribute('href')).toBe(
			'/mettmann/tr/datenschutz'
		);
		expect(await page.getByLabel('Sizinle hangi dilde konuşulmasını istersiniz?').inputValue()).toBe('tr');

		// Bad input: a phone number with letters and a message of 301 characters. Messages in Turkish, input kept.
		await page.getByLabel('Adınız veya ön adınız', { exact: false }).fill(NAME);
		await page.getByLabel('Telefon').fill('0221 ABC 555');
		await page.getByLabel('Kısa mesaj (isteğe bağlı)').fill('x'.repeat(301));
		await page.getByLabel('Kabul ediyorum.').check();
		await page.getByRole('button', { name: 'İletişim talebini gönder' }).click();
		await page.getByRole('alert').waitFor();
		await parent.checkA11y();
		const summary = await page.getByRole('alert').textContent();
		expect(summary).toContain('Telefon: Lütfen telefon numarasını yalnızca rakamlarla yazın');
		expect(summary).toContain('Mesajınız çok uzun.');
		expect(await page.locator('#field-phone-error').textContent()).toContain('yalnızca rakamlarla');
		expect(await page.locator('#field-message-error').textContent()).toContain('Mesajınız çok uzun.');
		expect(await page.getByLabel('Adınız veya ön adınız', { exact: false }).inputValue()).toBe(NAME);
		expect(await page.getByLabel('Telefon').inputValue()).toBe('0221 ABC 555');
		expect(await page.getByLabel('Kabul ediyorum.').isChecked()).toBe(true);

		// Neither phone nor e-mail.
		await page.getByLabel('Telefon').fill('');
		await page.getByLabel('Kısa mesaj (isteğe bağlı)').fill(MESSAGE);
		await page.getByRole('button', { name: 'İletişim talebini gönder' }).click();
		await page.getByRole('alert').waitFor();
		await parent.checkA11y();
		expect(await page.locator('#field-phone-error').textContent()).toContain(
			'Lütfen bir telefon numarası veya bir e-posta adresi yazın.'
		);
		expect(await page.getByLabel('Kısa mesaj (isteğe bağlı)').inputValue()).toBe(MESSAGE);

		await page.getByLabel('Telefon').fill(PHONE);
		await page.getByLabel('Size en iyi ne zaman ulaşılabilir? (isteğe bağlı)').fill('sabahları');
		await page.getByRole('button', { name: 'İletişim talebini gönder' }).click();
		await page.waitForURL(/\?kontakt=gesendet#kontakt$/);
		await parent.checkA11y();
		const answer = await page.getByRole('status').textContent();
		expect(answer).toContain('İletişim talebiniz bize ulaştı.');
		expect(answer).toMatch(/tarihine kadar kimse size ulaşmazsa/);
		expect(answer).toMatch(/Talebiniz en geç .+ tarihinde otomatik olarak silinecek\./);
		// A reload sends nothing a second time: the answer is a page of its own.
		await page.reload();
		await parent.checkA11y();

		// The provider's mail: only that there is a request, and where to log in.
		const mail = await h.smtp.waitFor(PROVIDER, /^Neue Bitte um Kontakt/);
		for (const body of [mail.subject, mail.text, String(mail.parsed.html)])
			for (const personal of [NAME, 'Ayşe', PHONE, '4710 555', 'Kızımız', 'sabahları', OFFER])
				expect(body).not.toContain(personal);
		const link = linkIn(mail.text, '/intern/kontakt');
		expect(new URL(link).pathname).toBe('/intern/kontaktanfragen');
		await new Promise((r) => setTimeout(r, 600));
		expect(h.smtp.mails.filter((m) => m.subject.startsWith('Neue Bitte um Kontakt'))).toHaveLength(1);

		// The provider logs in, sees the request (the script as plain text) and marks it done.
		const provider = await openSession(h.browser, { viewport: { width: 1280, height: 900 } });
		let dialogs = 0;
		provider.page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		await logInAs(provider, h.server.url, PROVIDER, undefined, null);
		await provider.page.getByRole('navigation').getByRole('link', { name: 'Kontaktanfragen' }).click();
		await provider.page.waitForURL(/\/intern\/kontaktanfragen$/);
		await provider.checkA11y();
		const item = provider.page
			.getByRole('listitem')
			.filter({ has: provider.page.getByRole('heading', { name: NAME }) });
		expect(await item.textContent()).toContain(OFFER);
		expect(await item.textContent()).toContain(`Telefon: ${PHONE}`);
		expect(await item.textContent()).toContain('Türkçe');
		expect(await item.textContent()).toContain(MESSAGE);
		expect(await item.textContent()).toContain('Wird gelöscht am');
		expect(dialogs).toBe(0);
		await item.getByRole('button', { name: /^Als erledigt markieren/ }).click();
		await provider.page.getByRole('status').waitFor();
		await provider.checkA11y();
		expect(await provider.page.getByRole('status').textContent()).toContain('Die Anfrage ist als erledigt markiert.');
		const done = provider.page
			.getByRole('list', { name: /Erledigt/ })
			.getByRole('listitem')
			.filter({ has: provider.page.getByRole('heading', { name: NAME }) });
		expect(await done.textContent()).toContain('Erledigt am');
		expect(await done.getByRole('button').count()).toBe(0);
		parent.assertAllChecked();
		provider.assertAllChecked();
		await parent.close();
		await provider.close();

		// After the period: the retention job's use case with the clock eight days on (done + 7 days).
		const dataDir = h.server.dataDir;
		await h.server.stop(true);
		const database = await openDatabase({ dataDir });
		try {
			const count = async () =>
				withSystem(database.db, async (tx) =>
					rowsOf<{ mine: number; all: number }>(
						await tx.execute(sql`select count(*) filter (where name = ${NAME})::int as mine, count(*)::int as all
							from contact_requests`)
					)
				);
			const [before] = await count();
			expect(before?.mine).toBe(1);
			const { deleted } = await deleteExpiredContactRequests(database.db, { now: new Date(Date.now() + 8 * DAY) });
			expect(deleted).toBeGreaterThanOrEqual(1);
			const [after] = await count();
			expect(after?.mine).toBe(0);
			expect(after!.all).toBe(before!.all - deleted);
		} finally {
			await database.close();
		}
		h.server = await startServer({ smtpUrl: h.smtp.url, dataDir });
		const again = await openSession(h.browser);
		await logInAs(again, h.server.url, PROVIDER, undefined, null);
		await again.visit(`${h.server.url}/intern/kontaktanfragen`);
		expect(await again.page.getByRole('main').textContent()).not.toContain(NAME);
		// The offer page takes new requests as before.
		await again.visit(`${h.server.url}${new URL(offerUrl).pathname}`);
		expect(await again.page.getByRole('button', { name: 'İletişim talebini gönder' }).count()).toBe(1);
		again.assertAllChecked();
		await again.close();

		// Posted directly: another network's offer and a forged id are 404; twenty requests from one
		// address in a minute are taken up to the limit of five an hour (the parent's request and the
		// forged post in this network count too), then refused kindly.
		const offerPath = new URL(offerUrl).pathname.replace('/mettmann/tr/', '/mettmann/');
		const post = (path: string) =>
			fetch(`${h.server.url}${path}?/contact`, {
				method: 'POST',
				body: new URLSearchParams({ name: 'Bot', phone: PHONE, language: 'de', consent: '1' }),
				headers: {
					origin: h.server.url,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				redirect: 'manual'
			});
		expect((await post(offerPath.replace('/mettmann/', '/herten/'))).status).toBe(404);
		expect((await post(offerPath.replace(/[0-9a-f-]{36}$/, crypto.randomUUID()))).status).toBe(404);
		const answers: number[] = [];
		let refusal = '';
		for (let i = 0; i < 20; i++) {
			const res = await post(offerPath);
			answers.push(res.status);
			const text = await res.text();
			if (res.status === 429) refusal = text;
		}
		expect(
			answers.filter((s) => s === 303),
			answers.join()
		).toHaveLength(3);
		expect(answers.slice(3).every((s) => s === 429)).toBe(true);
		expect(refusal).toContain('Von Ihrem Anschluss kamen in der letzten Stunde sehr viele Anfragen.');
	});
});
