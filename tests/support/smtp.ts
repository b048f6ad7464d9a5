import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export type ReceivedMail = {
	to: string[];
	subject: string;
	text: string;
	html: string;
	messageId: string;
	parsed: ParsedMail;
};

/** A real SMTP server on a free local port that keeps every mail it receives. */
export async function startTestSmtp() {
	const mails: ReceivedMail[] = [];
	const waiters: (() => void)[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((parsed) => {
					mails.push({
						to: session.envelope.rcptTo.map((r) => r.address),
						subject: parsed.subject ?? '',
						text: parsed.text ?? '',
						html: typeof parsed.html === 'string' ? parsed.html : '',
						messageId: parsed.messageId ?? '',
						parsed
					});
					waiters.splice(0).forEach((w) => w());
					callback();
				})
				.catch(callback);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as AddressInfo).port;
	return {
		port,
		url: `smtp://127.0.0.1:${port}`,
		mails,
		/** Waits until a mail to `to` matching `subject` arrives. */
		async waitFor(to: string, subject: RegExp = /.*/, timeoutMs = 20_000): Promise<ReceivedMail> {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const found = mails.find((m) => m.to.includes(to) && subject.test(m.subject));
				if (found) return found;
				if (Date.now() > deadline)
					throw new Error(
						`no mail to ${to} matching ${subject} within ${timeoutMs} ms (got: ${mails.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ') || 'none'})`
					);
				await new Promise<void>((resolve) => {
					waiters.push(resolve);
					setTimeout(resolve, 250);
				});
			}
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

export function linkIn(text: string, pathPrefix: string): string {
	const m = new RegExp(`https?://[^\\s"<>]+${pathPrefix.replace(/[/]/g, '\\/')}[^\\s"<>]+`).exec(text);
	if (!m) throw new Error(`no link with ${pathPrefix} in mail:\n${text}`);
	return m[0];
}
