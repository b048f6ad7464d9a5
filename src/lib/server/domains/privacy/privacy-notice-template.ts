import { t } from '$lib/i18n';
import { periodText } from './build-processing-record';
import type { PrivacyFacts } from './gather-privacy-facts';

/**
 * A Datenschutzhinweis (Art. 13 DSGVO) for the portal, written from the same facts as the Art. 30
 * record, in the settings text's structure ("## " headings, "- " lists). Only a template: the
 * coordinator inserts it into the editable text and saves it.
 */
export function privacyNoticeTemplate(f: PrivacyFacts): string {
	const missing = t('privacy.art30.missing');
	const contact = [f.network.contactName, f.network.contactAddress, f.network.contactEmail, f.network.contactPhone]
		.filter(Boolean)
		.join(', ');
	const periods = f.rules.filter((r) => r.days !== null).map((r) => `- ${t(r.label)}: ${periodText(r.days!)}`);
	const processors = [
		f.recipients.mailHost ? `- ${t('privacy.art13.processorMail', { host: f.recipients.mailHost })}` : null,
		f.recipients.fileStoreHost ? `- ${t('privacy.art13.processorFiles', { host: f.recipients.fileStoreHost })}` : null,
		f.recipients.mapTileHost ? `- ${t('privacy.art13.processorTiles', { host: f.recipients.mapTileHost })}` : null
	].filter((l): l is string => l !== null);
	const blocks = [
		`## ${t('privacy.art13.controller')}`,
		[f.record.controllerName || missing, f.record.controllerAddress].filter(Boolean).join('\n'),
		`## ${t('privacy.art13.dpo')}`,
		f.record.dpoContact || missing,
		...(contact ? [`## ${t('privacy.art13.network')}`, contact] : []),
		`## ${t('privacy.art13.portal')}`,
		t('privacy.art13.portalText'),
		...(f.measures.noThirdPartyRequests ? [t('privacy.art13.noThirdParty')] : []),
		...(f.uses.events ? [`## ${t('privacy.art13.events')}`, t('privacy.art13.eventsText')] : []),
		`## ${t('privacy.art13.recipients')}`,
		[t('privacy.art13.recipientsText'), ...processors].join('\n'),
		`## ${t('privacy.art13.periods')}`,
		periods.join('\n'),
		`## ${t('privacy.art13.rights')}`,
		t('privacy.art13.rightsText'),
		`## ${t('privacy.art13.complaint')}`,
		t('privacy.art13.complaintText')
	];
	return blocks.join('\n\n');
}
