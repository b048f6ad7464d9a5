import { LIFE_STAGES, OFFER_TYPES } from '$lib/server/db/schema';
import { t, type MessageKey } from '$lib/i18n';
import { clean, type HsdsContext } from './hsds-helpers';
import { taxonomyId, termId, type TaxonomyKey } from './hsds-ids';

/** Life stage, topic and offer type as HSDS taxonomies; `linkType` is the attribute's link type. */
export const TAXONOMY_INFO: Record<TaxonomyKey, { name: MessageKey; description: MessageKey; linkType: string }> = {
	lebensphase: {
		name: 'server.hsds.lifeStage',
		description: 'server.hsds.lifeStageDescription',
		linkType: 'audience'
	},
	thema: { name: 'server.hsds.topic', description: 'server.hsds.topicDescription', linkType: 'topic' },
	angebotsart: {
		name: 'server.hsds.offerType',
		description: 'server.hsds.offerTypeDescription',
		linkType: 'service_type'
	}
};

const TAXONOMY_KEYS = Object.keys(TAXONOMY_INFO) as TaxonomyKey[];

export function hsdsTaxonomies(c: HsdsContext) {
	return TAXONOMY_KEYS.map((key) =>
		clean({
			id: taxonomyId(c.network.id, key),
			name: t(TAXONOMY_INFO[key].name),
			description: t(TAXONOMY_INFO[key].description),
			uri: `${c.baseUrl}/api/v1/${c.network.slug}/taxonomies/${taxonomyId(c.network.id, key)}`,
			version: '1'
		})
	);
}

function termsOf(c: HsdsContext, key: TaxonomyKey): { code: string; name: string }[] {
	if (key === 'lebensphase') return LIFE_STAGES.map((code) => ({ code, name: t(`lifeStage.${code}`) }));
	if (key === 'angebotsart') return OFFER_TYPES.map((code) => ({ code, name: t(`offerType.${code}`) }));
	return c.topics.map((x) => ({ code: x.slug, name: x.name }));
}

export function hsdsTerm(c: HsdsContext, key: TaxonomyKey, code: string, name: string) {
	return clean({
		id: termId(c.network.id, key, code),
		code,
		name,
		description: `${t(TAXONOMY_INFO[key].name)}: ${name}`,
		taxonomy_id: taxonomyId(c.network.id, key),
		language: 'de'
	});
}

export function hsdsTaxonomyTerms(c: HsdsContext) {
	return TAXONOMY_KEYS.flatMap((key) => termsOf(c, key).map((x) => hsdsTerm(c, key, x.code, x.name)));
}
