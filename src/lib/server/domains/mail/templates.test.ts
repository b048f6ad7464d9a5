import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import fs from 'node:fs';
import path from 'node:path';
import type { LocaleCode } from '$lib/i18n/locales';
import { mailDe } from '$lib/i18n/messages/mail-de';
import { mailText } from './mail-text';
import { renderMail, type MailBranding, type MailTemplates, type TemplateName } from './templates';

const branding: MailBranding = { networkName: 'Netzwerk Frühe Hilfen Musterstadt', brandPrimary: '#aa3300' };
const link = (path: string) => `https://netz.example.org${path}?von=mail&art=link`;

/** One filled-in example per template (a new template without one fails the type check). */
const samples: { [K in TemplateName]: MailTemplates[K] } = {
	password_reset: { name: 'Erika Beispiel', link: link('/passwort/neu/tok1'), validHours: 2 },
	invitation: { name: 'Erika Beispiel', link: link('/einladung/tok2'), roleLabel: 'Koordination', validHours: 72 },
	password_changed: { name: 'Erika Beispiel' },
	role_granted: { name: 'Erika Beispiel', roleLabel: 'Anbieter', link: link('/intern/anmelden') },
	offer_returned: {
		offerTitle: 'Babytreff',
		comment: 'Bitte Öffnungszeiten ergänzen.',
		reviewer: 'Koordination Nord',
		link: link('/intern/anbieter/angebote/1')
	},
	offer_approved: { offerTitle: 'Babytreff', link: link('/netz/angebote/1') },
	contact_request_new: { link: link('/intern/kontaktanfragen') },
	event_cancelled: {
		name: 'Erika Beispiel',
		title: 'Fachtag Frühe Hilfen',
		when: '• Donnerstag, 5. März 2026, 09:00–16:00 Uhr – Rathaus, Ratssaal'
	},
	event_message: {
		name: 'Erika Beispiel',
		title: 'Fachtag Frühe Hilfen',
		subject: 'Raumänderung',
		body: 'Wir treffen uns im Saal 2.'
	},
	event_returned: {
		title: 'Babymassage',
		comment: 'Bitte den Raum ergänzen.',
		reviewer: 'Koordination Nord',
		link: link('/intern/veranstaltungen/1')
	},
	event_approved: { title: 'Babymassage', link: link('/netz/veranstaltungen/1') },
	freshness_reminder: {
		organisationName: 'Familienzentrum Ahornweg',
		offers: [
			{ title: 'Babytreff', confirmLink: link('/bestaetigen/tok3'), editLink: link('/intern/anbieter/angebote/1') }
		],
		dueDate: '30.06.2026',
		validDays: 30
	},
	freshness_hidden: {
		organisationName: 'Familienzentrum Ahornweg',
		offers: [{ title: 'Babytreff', editLink: link('/intern/anbieter/angebote/1') }]
	},
	circular: {
		name: 'Fritz Zentrum',
		subject: 'Sommerfest',
		body: 'Wir laden herzlich ein.',
		optOutLink: link('/abbestellen/netz/tok4')
	},
	meeting_reminder: {
		name: 'Fritz Zentrum',
		bodyName: 'AG Übergänge',
		title: 'Frühjahrssitzung',
		when: 'Mo., 2. März 2026, 10:00–12:00 Uhr',
		place: 'Rathaus, Raum 3',
		onlineUrl: 'https://video.example.org/raum',
		rsvpLink: link('/antwort/tok5'),
		answered: false
	},
	agreement_request: {
		kind: 'request',
		name: 'Fritz Zentrum',
		organisationName: 'Familienzentrum Ahornweg',
		title: 'Kooperationsvereinbarung',
		versionNumber: 2,
		adoptedOn: '2026-02-01',
		link: link('/unterzeichnen/tok6'),
		previousSigned: true
	},
	task_reminder: {
		name: 'Fritz Zentrum',
		bodyName: 'AG Übergänge',
		tasks: [{ title: 'Flyer entwerfen', dueDate: '2026-03-15', meetingTitle: 'Frühjahrssitzung' }]
	},
	meeting_invitation: {
		kind: 'invitation',
		name: 'Fritz Zentrum',
		bodyName: 'AG Übergänge',
		title: 'Frühjahrssitzung',
		when: 'Mo., 2. März 2026, 10:00–12:00 Uhr',
		place: 'Rathaus, Raum 3',
		onlineUrl: '',
		agenda: '1. Begrüßung\n2. Flyer',
		rsvpLink: link('/antwort/tok7')
	},
	event_reminder: {
		name: 'Fritz Zentrum',
		title: 'Fachtag Frühe Hilfen',
		sessions: ['Mi., 3. März 2027, 09:00–13:00 Uhr'],
		place: 'Rathaus, Saal 2',
		link: link('/anmeldung/netz/tok8')
	},
	event_certificate: { name: 'Fritz Zentrum', title: 'Fachtag Frühe Hilfen', link: link('/anmeldung/netz/tok9') },
	...eventSamples()
};

/** The event registration mails share their data: name, event, sessions, personal link, contact. */
function eventSamples() {
	const event = {
		name: 'Ayşe Beispiel',
		eventTitle: 'Babymassage-Kurs',
		sessions: [
			{
				startsAt: new Date('2027-03-02T09:00:00Z'),
				endsAt: new Date('2027-03-02T10:00:00Z'),
				place: 'Familienzentrum, Raum 1',
				onlineUrl: ''
			},
			{
				startsAt: new Date('2027-03-09T09:00:00Z'),
				endsAt: new Date('2027-03-09T10:00:00Z'),
				place: '',
				onlineUrl: 'https://video.example.org/kurs'
			}
		],
		link: link('/anmeldung/netz/tok8'),
		contact: 'Familienzentrum, kurse@example.org'
	};
	return {
		registration_confirmed: { ...event, persons: 2 },
		registration_waiting: { ...event, position: 3 },
		seat_offered: { ...event, until: new Date('2027-02-20T17:00:00Z') },
		seat_promoted: { ...event, persons: 1 },
		registration_cancelled: { ...event, eventLink: link('/netz/veranstaltungen/1') },
		registration_updated: { ...event, calendar: true }
	};
}

/** The links a sample carries (every string value that is a URL). */
function linksOf(data: unknown): string[] {
	if (typeof data === 'string') return /^https?:\/\//.test(data) ? [data] : [];
	if (Array.isArray(data)) return data.flatMap(linksOf);
	if (data && typeof data === 'object') return Object.values(data).flatMap(linksOf);
	return [];
}

const render = <K extends TemplateName>(template: K, data: MailTemplates[K], b?: MailBranding, locale?: LocaleCode) => {
	const mail = renderMail(template, data, b, locale);
	return { ...mail, document: new JSDOM(mail.html).window.document };
};

describe('mail templates', () => {
	it.each(Object.keys(samples) as TemplateName[])(
		'%s: a plain-text part with the content and every link, and the same links clickable in HTML',
		(template) => {
			const data = samples[template];
			const mail = render(template, data as never, branding);
			expect(mail.subject).toContain(branding.networkName);
			expect(mail.text).not.toMatch(/<[a-z][^>]*>/i); // plain text, no markup
			expect(mail.text).toContain(branding.networkName);
			const links = linksOf(data);
			for (const url of links) {
				expect(mail.text).toContain(url);
				expect([...mail.document.querySelectorAll('a')].map((a) => a.href)).toContain(url);
			}
			// What the person is told is in both parts: every paragraph of the text part appears in the HTML.
			const htmlText = mail.document.body.textContent!.replace(/\s+/g, ' ');
			for (const paragraph of mail.text.split('\n\n').slice(0, -1)) {
				for (const line of paragraph.split('\n').filter((l) => !linksOf(l.trim()).length && !l.trim().endsWith(':')))
					expect(htmlText).toContain(line.trim());
			}
			expect(mail.document.title).toBe(mail.subject);
		}
	);

	it('puts the content of the data into the mail: names, titles, dates, the comment and the agenda', () => {
		const returned = render('offer_returned', samples.offer_returned, branding);
		expect(returned.subject).toBe('Ihre Änderung braucht noch etwas: „Babytreff“ – Netzwerk Frühe Hilfen Musterstadt');
		expect(returned.text).toContain('Koordination Nord');
		expect(returned.text).toContain('Bitte Öffnungszeiten ergänzen.');
		const agreement = render('agreement_request', samples.agreement_request, branding);
		expect(agreement.text).toContain('01.02.2026');
		expect(agreement.text).toContain('vorige Fassung');
		const tasks = render('task_reminder', samples.task_reminder, branding);
		expect(tasks.text).toContain('Flyer entwerfen – fällig am 15.03.2026 (aus: Frühjahrssitzung)');
		const invitation = render('meeting_invitation', samples.meeting_invitation, branding);
		expect(invitation.text).toContain('Tagesordnung:\n1. Begrüßung\n2. Flyer');
		const cancelled = render('meeting_invitation', { ...samples.meeting_invitation, kind: 'cancel' }, branding);
		expect(cancelled.subject).toMatch(/^Abgesagt: AG Übergänge – Frühjahrssitzung/);
		expect(cancelled.text).not.toContain(samples.meeting_invitation.rsvpLink);
		const essential = render('circular', { ...samples.circular, optOutLink: '' }, branding);
		expect(essential.text).not.toContain('Abbestellen');
	});

	it('escapes what users typed in the HTML part and keeps it verbatim in the text part', () => {
		const hostile: MailBranding = {
			networkName: 'Netz <script>alert("x")</script> & "Partner"',
			brandPrimary: '#aa3300'
		};
		const body = 'Bitte <img src=x onerror=alert(1)> beachten: "Zitat" & \'mehr\' <b>fett</b>';
		const mail = render(
			'circular',
			{ ...samples.circular, name: 'Fritz <i>Zentrum</i>', subject: 'Termin <u>neu</u>', body },
			hostile
		);
		const doc = mail.document;
		expect(doc.querySelectorAll('script, img, b, i, u')).toHaveLength(0);
		expect(mail.html).not.toContain('<script>');
		expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Partner&quot;');
		// The reader sees exactly what was typed, as text.
		expect(doc.body.textContent).toContain(hostile.networkName);
		expect(doc.body.textContent).toContain(body);
		expect(doc.body.textContent).toContain('Guten Tag Fritz <i>Zentrum</i>,');
		expect(doc.title).toBe(mail.subject);
		expect(mail.text).toContain(body);
		expect(mail.text).toContain(hostile.networkName);

		// A link's "&" stays a working link.
		const reset = render('password_reset', { ...samples.password_reset, link: 'https://netz.example.org/a?x=1&y="2"' });
		expect([...reset.document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
			'https://netz.example.org/a?x=1&y="2"'
		);
		const organisation = render(
			'freshness_hidden',
			{
				...samples.freshness_hidden,
				organisationName: 'Kita <b>Sonne</b> & Co',
				offers: [{ title: '<script>x</script>', editLink: link('/e') }]
			},
			branding
		);
		expect(organisation.document.querySelectorAll('script, b')).toHaveLength(0);
		expect(organisation.document.body.textContent).toContain('Guten Tag Kita <b>Sonne</b> & Co,');
	});

	it("carries the network's name and colour, falls back to the default colour for anything that is not a colour", () => {
		const mail = render('offer_approved', samples.offer_approved, branding);
		const header = mail.document.body.querySelector('div')!;
		expect(header.textContent).toBe('Netzwerk Frühe Hilfen Musterstadt');
		expect(header.getAttribute('style')).toContain('background:#aa3300');
		const button = [...mail.document.querySelectorAll('a')].find((a) => a.textContent === 'Angebot ansehen')!;
		expect(button.getAttribute('style')).toContain('background:#aa3300');
		expect(mail.text.endsWith('Netzwerk Frühe Hilfen Musterstadt\nDiese E-Mail wurde automatisch versendet.')).toBe(
			true
		);

		const injected = render('offer_approved', samples.offer_approved, {
			networkName: 'Netz Süd',
			brandPrimary: 'red;background-image:url(https://tracker.example.org/p.gif)'
		});
		expect(injected.html).not.toContain('tracker.example.org');
		expect(injected.document.body.querySelector('div')!.getAttribute('style')).toContain('background:#1d5c8f');

		const plain = render('password_changed', samples.password_changed);
		expect(plain.subject).toBe('Ihr Passwort wurde geändert – Netzwerk Frühe Hilfen');
		expect(plain.document.body.querySelector('div')!.textContent).toBe('Netzwerk Frühe Hilfen');
	});
});

describe('mail catalog', () => {
	it('has a German text for every key the templates use, and no key the templates do not use', () => {
		// templates.ts and the template files it merges (`*-templates.ts` beside it).
		const folder = path.resolve('src/lib/server/domains/mail');
		const source = fs
			.readdirSync(folder)
			.filter((f) => f === 'templates.ts' || f.endsWith('-templates.ts'))
			.map((f) => fs.readFileSync(path.join(folder, f), 'utf-8'))
			.join('\n');
		const used = new Set([...source.matchAll(/'(mail\.[A-Za-z.]+)'/g)].map((match) => match[1]!));
		expect(used.size).toBeGreaterThan(40);
		for (const key of used) expect(Object.keys(mailDe)).toContain(key);
		expect(Object.keys(mailDe).filter((key) => !used.has(key))).toEqual([]);
		// Every German text is a valid ICU message that formats with the values the templates give.
		for (const template of Object.keys(samples) as TemplateName[])
			expect(() => renderMail(template, samples[template] as never, branding)).not.toThrow();
	});

	it('renders a template from the catalog, with values holding <, & and " escaped only in the HTML part', () => {
		const name = 'Kita <b>Sonne</b> & "Mond"';
		const mail = render('password_reset', { ...samples.password_reset, name }, branding, 'de');
		const greeting = mailText('de')('mail.greetingName', { name });
		expect(greeting).toBe('Guten Tag Kita <b>Sonne</b> & "Mond",');
		expect(mail.subject).toBe(mailText('de')('mail.passwordReset.subject', { networkName: branding.networkName }));
		expect(mail.text.split('\n\n')[0]).toBe(greeting);
		expect(mail.html).toContain('Guten Tag Kita &lt;b&gt;Sonne&lt;/b&gt; &amp; &quot;Mond&quot;,');
		expect(mail.html).not.toContain('<b>');
		expect(mail.document.body.textContent).toContain(greeting);
		expect(mail.text).toContain(mailDe['mail.passwordReset.ignore']);
		// A language without its own mail texts yet gets the German ones, marked as German.
		const english = renderMail('password_reset', samples.password_reset, branding, 'en');
		expect(english.text).toBe(renderMail('password_reset', samples.password_reset, branding).text);
		expect(english.html).toContain('<html lang="de">');
	});

	it('writes the event registration mails in the language of the registration, and any other mail wholly in German', () => {
		const turkish = render('registration_waiting', samples.registration_waiting, branding, 'tr');
		expect(turkish.subject).toBe('Bekleme listesi: Babymassage-Kurs – Netzwerk Frühe Hilfen Musterstadt');
		expect(turkish.text).toContain('Merhaba Ayşe Beispiel,');
		expect(turkish.text).toContain('Bekleme listesinde 3. sıradasınız.');
		expect(turkish.text).toContain('Bu e-posta otomatik olarak gönderildi.');
		expect(turkish.text).not.toContain('Uhr');
		expect(turkish.html).toContain('<html lang="tr">');
		const arabic = render('registration_confirmed', samples.registration_confirmed, branding, 'ar');
		expect(arabic.text).toContain('شخصان');
		expect(arabic.html).toContain('<html lang="ar">');
		const german = render('registration_confirmed', samples.registration_confirmed, branding);
		expect(german.text).toContain('Angemeldet: 2 Personen');
		expect(german.text).toContain('Dienstag, 2. März 2027, 10:00–11:00 Uhr');
		// Every language's event texts are valid ICU messages and make a complete mail.
		for (const locale of ['leicht', 'en', 'tr', 'ar', 'ru', 'uk', 'pl', 'fa'] as const)
			for (const template of Object.keys(eventSamples()) as (keyof ReturnType<typeof eventSamples>)[]) {
				const mail = render(template, samples[template] as never, branding, locale);
				expect(mail.html, `${template} in ${locale}`).toContain(`<html lang="${locale === 'leicht' ? 'de' : locale}">`);
			}
		// A mail whose texts are not translated yet is German as a whole, even for a Turkish recipient.
		const reset = renderMail('password_reset', samples.password_reset, branding, 'tr');
		expect(reset.text).toBe(renderMail('password_reset', samples.password_reset, branding).text);
		expect(reset.html).toContain('<html lang="de">');
	});
});
