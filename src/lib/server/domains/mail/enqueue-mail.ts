import { randomUUID } from 'node:crypto';
import type { Tx } from '$lib/server/db/client';
import type { LocaleCode } from '$lib/i18n/locales';
import { outbox, type OutboxAttachment, type OutboxCategory } from '$lib/server/db/schema';
import { renderMail, type MailBranding, type MailTemplates, type TemplateName } from './templates';

export type EnqueueMail<K extends TemplateName> = {
	networkId: string | null;
	category: OutboxCategory;
	template: K;
	to: string;
	data: MailTemplates[K];
	branding?: MailBranding;
	/** The recipient's language (German unless given). */
	locale?: LocaleCode;
	attachments?: OutboxAttachment[];
};

/**
 * Writes a mail into the outbox inside the caller's transaction: it is sent
 * only if the change that causes it commits, and it is never lost.
 */
export async function enqueueMail<K extends TemplateName>(tx: Tx, mail: EnqueueMail<K>): Promise<string> {
	const rendered = renderMail(mail.template, mail.data, mail.branding, mail.locale);
	const id = randomUUID();
	await tx.insert(outbox).values({
		id,
		networkId: mail.networkId,
		category: mail.category,
		template: mail.template,
		toAddress: mail.to,
		subject: rendered.subject,
		textBody: rendered.text,
		htmlBody: rendered.html,
		attachments: mail.attachments ?? [],
		// A stable Message-ID lets receivers drop a duplicate after a crash between send and commit.
		messageId: `<${id}@netzwerk-fruehe-hilfen.invalid>`
	});
	return id;
}
