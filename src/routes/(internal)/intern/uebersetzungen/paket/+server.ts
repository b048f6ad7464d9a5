import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { LOCALES } from '$lib/i18n/locales';
import { berlinDay } from '$lib/time';
import { exportTranslationPackage } from '$lib/server/domains/exchange/translation-package';
import type { TargetLocale } from '$lib/server/domains/taxonomy/shipped-term-translations';
import { coordinatorContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** The translation package of one language: ?sprache=tr */
export const GET: RequestHandler = async (event) => {
	const ctx = coordinatorContext(event);
	const locale = LOCALES.find((l) => l.code !== 'de' && l.code === event.url.searchParams.get('sprache'))?.code;
	if (!locale) error(404, t('error.notFound'));
	try {
		const body = await exportTranslationPackage(ctx, locale as TargetLocale);
		return new Response(new Uint8Array(body), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': `attachment; filename="uebersetzung-${ctx.network.slug}-${locale}-${berlinDay()}.xlsx"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
