import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withTenant } from '$lib/server/db/scope';
import { networks } from '$lib/server/db/schema';
import type { Translator } from '$lib/i18n';
import type { PdfBrand } from '$lib/server/pdf/pdf-document';

/**
 * What the network's PDFs carry on every page: name, brand colour, logo and, for a demo
 * network (`is_demo`, the same flag as the portal's banner), the sample-data note in the
 * document's language.
 */
export async function getPdfBrand(db: Db, networkId: string, t: Translator): Promise<PdfBrand> {
	const [row] = await withTenant(db, networkId, (tx) =>
		tx
			.select({
				name: networks.name,
				colour: networks.brandPrimary,
				isDemo: networks.isDemo,
				logo: networks.logo,
				logoType: networks.logoType
			})
			.from(networks)
			.where(eq(networks.id, networkId))
	);
	if (!row) return { networkName: '', colour: '#1d5c8f', logo: null, note: null };
	return {
		networkName: row.name,
		colour: row.colour,
		logo: row.logo && row.logoType ? { data: row.logo, type: row.logoType } : null,
		note: row.isDemo ? t('app.demoBanner') : null
	};
}
