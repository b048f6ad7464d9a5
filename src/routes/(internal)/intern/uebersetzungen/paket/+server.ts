import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { LOCALES } from '$lib/i18n/locales';
import { berlinDay } from '$lib/time';
import { exportTranslationPackage } from '$lib/server/domains/exchange/translation-package';
import { exportTranslationXliff } from '$lib/server/domains/exchange/translation-xliff';
import type { TargetLocale } from '$lib/server/domains/taxonomy/shipped-term-translations';
import { coordinatorContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The translation package of one language: ?sprache=tr (XLSX), ?sprache=tr&format=xliff (XLIFF 2.0). */
export const GET: RequestHandler = async (event) => {
	const ctx = coordinatorContext(event);
	const locale = LOCALES.find((l) => l.code !== 'de' && l.code === event.url.searchParams.get('sprache'))?.code;
	const format = event.url.searchParams.get('format') ?? 'xlsx';
	if (!locale || (format !== 'xlsx' && format !== 'xliff')) error(404, t('error.notFound'));
	const name = `uebersetzung-${ctx.network.slug}-${locale}-${berlinDay()}`;
	try {
		const [body, type, extension] =
			format === 'xliff'
				? [await exportTranslationXliff(ctx, locale as TargetLocale), 'application/xliff+xml; charset=utf-8', 'xlf']
				: [new Uint8Array(await exportTranslationPackage(ctx, locale as TargetLocale)), XLSX, 'xlsx'];
		return new Response(body, {
			headers: {
				'content-type': type,
				'content-disposition': `attachment; filename="${name}.${extension}"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
