import { eq } from 'drizzle-orm';
import { networks } from '$lib/server/db/schema';
import { withTenant } from '$lib/server/db/scope';
import { runningHeader } from '$lib/server/pdf/print-html';
import { htmlToPdf, type PrintFormat } from '$lib/server/pdf/html-pdf';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import { helpNumbersFor } from '$lib/server/domains/tenancy/help-numbers';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { createTranslator, intlLocale } from '$lib/i18n';
import { localeInfo } from '$lib/i18n/context';
import { SOURCE_LOCALE, type LocaleCode } from '$lib/i18n/locales';
import { TIME_ZONE } from '$lib/time';
import { listWegweiserOffers } from './list-wegweiser-offers';
import { wegweiserHtml } from './wegweiser-html';

export type WegweiserRequest = { districtId: string | null; locale: LocaleCode; format: PrintFormat };

/** The printed Wegweiser of the network (or one district) in one language as an A4 or A5 PDF. */
export async function makeWegweiser(
	ctx: TenantContext,
	input: WegweiserRequest & { publicUrl: string }
): Promise<{ pdf: Buffer; filename: string }> {
	const content = await listWegweiserOffers(ctx, input);
	const t = createTranslator(input.locale);
	const [network] = await withTenant(ctx.db, ctx.network.id, (tx) =>
		tx.select({ helpNumbers: networks.helpNumbers }).from(networks).where(eq(networks.id, ctx.network.id))
	);
	const prefix = `${input.publicUrl}/${ctx.network.slug}${input.locale === SOURCE_LOCALE ? '' : `/${input.locale}`}`;
	const dir = localeInfo(input.locale).dir === 'rtl' ? 'rtl' : 'ltr';
	const brand = await getPdfBrand(ctx.db, ctx.network.id, t);
	const html = await wegweiserHtml(content, {
		t,
		locale: input.locale,
		dir,
		brand,
		helpNumbers: helpNumbersFor(network?.helpNumbers ?? []),
		day: new Intl.DateTimeFormat(intlLocale(input.locale), { dateStyle: 'long', timeZone: TIME_ZONE }).format(
			ctx.now ?? new Date()
		),
		offerUrl: (id) => `${prefix}/angebote/${id}`
	});
	const pdf = await htmlToPdf(html, input.format, runningHeader(brand, dir));
	const area = content.district ? slugPart(content.district.name) : 'netzwerk';
	return { pdf, filename: `wegweiser-${ctx.network.slug}-${area}-${input.locale}-${input.format.toLowerCase()}.pdf` };
}

function slugPart(name: string): string {
	return (
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/ß/g, 'ss')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'stadtteil'
	);
}
