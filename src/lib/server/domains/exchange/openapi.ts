import { t } from '$lib/i18n';
import { TIME_ZONE } from '$lib/time';
import { HSDS_VERSION } from './hsds-ids';

const str = { type: 'string' };
const uuid = { type: 'string', format: 'uuid' };

/** JSON Schemas of what the API returns: the HSDS 3.0 objects with the fields this API fills. */
const schemas = {
	Page: {
		type: 'object',
		required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
		properties: {
			total_items: { type: 'integer' },
			total_pages: { type: 'integer' },
			page_number: { type: 'integer' },
			size: { type: 'integer' },
			first_page: { type: 'boolean' },
			last_page: { type: 'boolean' },
			empty: { type: 'boolean' },
			contents: { type: 'array', items: {} }
		}
	},
	Phone: {
		type: 'object',
		required: ['id', 'number'],
		properties: {
			id: uuid,
			service_id: uuid,
			organization_id: uuid,
			contact_id: uuid,
			number: str,
			type: { type: 'string', enum: ['text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone'] }
		}
	},
	Schedule: {
		type: 'object',
		required: ['id'],
		properties: {
			id: uuid,
			service_id: uuid,
			freq: { type: 'string', enum: ['WEEKLY', 'MONTHLY'] },
			interval: { type: 'number' },
			byday: str,
			wkst: { type: 'string', enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] },
			dtstart: { type: 'string', format: 'date' },
			valid_from: { type: 'string', format: 'date' },
			valid_to: { type: 'string', format: 'date' },
			opens_at: { type: 'string', description: `HH:MM with the UTC offset of ${TIME_ZONE}, e.g. 09:00+01:00` },
			closes_at: { type: 'string', description: `HH:MM with the UTC offset of ${TIME_ZONE}, e.g. 12:00+01:00` },
			description: str,
			notes: str
		}
	},
	Language: { type: 'object', required: ['id'], properties: { id: uuid, service_id: uuid, name: str, code: str } },
	Contact: {
		type: 'object',
		required: ['id'],
		properties: {
			id: uuid,
			service_id: uuid,
			name: str,
			email: { type: 'string', format: 'email' },
			phones: { type: 'array', items: { $ref: '#/components/schemas/Phone' } }
		}
	},
	Address: {
		type: 'object',
		required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
		properties: {
			id: uuid,
			location_id: uuid,
			address_1: str,
			city: str,
			state_province: str,
			postal_code: str,
			country: str,
			address_type: { type: 'string', enum: ['physical', 'postal', 'virtual'] }
		}
	},
	Location: {
		type: 'object',
		required: ['id', 'location_type'],
		properties: {
			id: uuid,
			location_type: { type: 'string', enum: ['physical', 'postal', 'virtual'] },
			name: str,
			description: str,
			latitude: { type: 'number' },
			longitude: { type: 'number' },
			addresses: { type: 'array', items: { $ref: '#/components/schemas/Address' } }
		}
	},
	ServiceAtLocation: {
		type: 'object',
		required: ['id'],
		properties: { id: uuid, service_id: uuid, location_id: uuid, location: { $ref: '#/components/schemas/Location' } }
	},
	Taxonomy: {
		type: 'object',
		required: ['id', 'name', 'description'],
		properties: { id: uuid, name: str, description: str, uri: { type: 'string', format: 'uri' }, version: str }
	},
	TaxonomyTerm: {
		type: 'object',
		required: ['id', 'name', 'description'],
		properties: { id: uuid, code: str, name: str, description: str, taxonomy_id: uuid, language: str }
	},
	Attribute: {
		type: 'object',
		required: ['id', 'taxonomy_term_id'],
		properties: {
			id: uuid,
			link_id: uuid,
			link_type: str,
			link_entity: str,
			taxonomy_term_id: uuid,
			taxonomy_term: { $ref: '#/components/schemas/TaxonomyTerm' },
			value: str,
			label: str
		}
	},
	Organization: {
		type: 'object',
		required: ['id', 'name', 'description'],
		properties: {
			id: uuid,
			name: str,
			description: str,
			email: { type: 'string', format: 'email' },
			website: { type: 'string', format: 'uri' },
			phones: { type: 'array', items: { $ref: '#/components/schemas/Phone' } },
			services: {
				type: 'array',
				items: {
					type: 'object',
					required: ['id', 'name', 'status'],
					properties: { id: uuid, organization_id: uuid, name: str, description: str, status: str }
				}
			}
		}
	},
	Service: {
		type: 'object',
		required: ['id', 'name', 'status'],
		properties: {
			id: uuid,
			organization_id: uuid,
			name: str,
			alternate_name: str,
			description: str,
			url: { type: 'string', format: 'uri' },
			email: { type: 'string', format: 'email' },
			status: { type: 'string', enum: ['active', 'inactive', 'defunct', 'temporarily closed'] },
			fees_description: str,
			application_process: str,
			eligibility_description: str,
			assured_date: { type: 'string', format: 'date' },
			alert: str,
			phones: { type: 'array', items: { $ref: '#/components/schemas/Phone' } },
			schedules: { type: 'array', items: { $ref: '#/components/schemas/Schedule' } },
			languages: { type: 'array', items: { $ref: '#/components/schemas/Language' } },
			contacts: { type: 'array', items: { $ref: '#/components/schemas/Contact' } },
			attributes: { type: 'array', items: { $ref: '#/components/schemas/Attribute' } },
			organization: { $ref: '#/components/schemas/Organization' },
			service_at_locations: { type: 'array', items: { $ref: '#/components/schemas/ServiceAtLocation' } }
		}
	},
	Error: {
		type: 'object',
		properties: { error: { type: 'object', properties: { status: { type: 'integer' }, message: str } } }
	}
};

const pageOf = (ref: string) => ({
	allOf: [
		{ $ref: '#/components/schemas/Page' },
		{ type: 'object', properties: { contents: { type: 'array', items: { $ref: ref } } } }
	]
});
const ok = (description: string, schema: object) => ({ description, content: { 'application/json': { schema } } });
const errors = {
	'400': ok('Invalid parameter', { $ref: '#/components/schemas/Error' }),
	'404': ok('Unknown network or id', { $ref: '#/components/schemas/Error' })
};
const networkParam = {
	name: 'network',
	in: 'path',
	required: true,
	description: 'The network’s short name as in its portal address, e.g. "herten".',
	schema: { type: 'string', pattern: '^[a-z0-9-]+$' }
};
const idParam = { name: 'id', in: 'path', required: true, schema: uuid };
const listParams = [
	{ $ref: '#/components/parameters/q' },
	{ $ref: '#/components/parameters/page' },
	{ $ref: '#/components/parameters/per_page' }
];

/** The read-only HSDA endpoints, each answering for one network. */
const PATHS = {
	'/{network}': {
		get: {
			operationId: 'getApiMeta',
			summary: 'HSDS version and this description',
			parameters: [networkParam],
			responses: {
				'200': ok('API information', {
					type: 'object',
					properties: { version: str, profile: str, openapi_url: { type: 'string', format: 'uri' } }
				}),
				...errors
			}
		}
	},
	'/{network}/services': {
		get: {
			operationId: 'getPaginatedListOfServices',
			summary: 'Published services, paged; q searches like the portal (German stemming, synonyms, typos)',
			parameters: [
				networkParam,
				...listParams,
				{
					name: 'full',
					in: 'query',
					required: false,
					description: 'true: fully nested services',
					schema: { type: 'boolean' }
				}
			],
			responses: { '200': ok('A page of services', pageOf('#/components/schemas/Service')), ...errors }
		}
	},
	'/{network}/services/{id}': {
		get: {
			operationId: 'getFullyNestedServiceById',
			summary: 'One service with organization, locations, schedules, languages, contacts, phones and attributes',
			parameters: [networkParam, idParam],
			responses: { '200': ok('The service', { $ref: '#/components/schemas/Service' }), ...errors }
		}
	},
	'/{network}/organizations': {
		get: {
			operationId: 'getPaginatedListOfOrganizations',
			summary: 'Organizations with at least one published service',
			parameters: [networkParam, ...listParams],
			responses: { '200': ok('A page of organizations', pageOf('#/components/schemas/Organization')), ...errors }
		}
	},
	'/{network}/organizations/{id}': {
		get: {
			operationId: 'getOrganizationById',
			summary: 'One organization with its services (one-to-one fields)',
			parameters: [networkParam, idParam],
			responses: { '200': ok('The organization', { $ref: '#/components/schemas/Organization' }), ...errors }
		}
	},
	'/{network}/taxonomies': {
		get: {
			operationId: 'getPaginatedListOfTaxonomies',
			summary: 'The taxonomies (Lebensphase, Thema, Angebotsart)',
			parameters: [networkParam, ...listParams],
			responses: { '200': ok('A page of taxonomies', pageOf('#/components/schemas/Taxonomy')), ...errors }
		}
	},
	'/{network}/taxonomies/{id}': {
		get: {
			operationId: 'getTaxonomyById',
			summary: 'One taxonomy',
			parameters: [networkParam, idParam],
			responses: { '200': ok('The taxonomy', { $ref: '#/components/schemas/Taxonomy' }), ...errors }
		}
	},
	'/{network}/taxonomy_terms': {
		get: {
			operationId: 'getPaginatedListOfTaxonomyTerms',
			summary: 'The terms of the taxonomies',
			parameters: [networkParam, ...listParams, { name: 'taxonomy_id', in: 'query', required: false, schema: uuid }],
			responses: { '200': ok('A page of taxonomy terms', pageOf('#/components/schemas/TaxonomyTerm')), ...errors }
		}
	}
};

/** The list endpoints' query parameters. */
const PARAMETERS = {
	q: {
		name: 'q',
		in: 'query',
		required: false,
		description: 'Search words',
		schema: { type: 'string', maxLength: 200 }
	},
	page: {
		name: 'page',
		in: 'query',
		required: false,
		description: 'Page number, from 1',
		schema: { type: 'integer', minimum: 1, default: 1 }
	},
	per_page: {
		name: 'per_page',
		in: 'query',
		required: false,
		description: 'Items per page',
		schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 }
	}
};

/** The OpenAPI 3.1 description of the read-only HSDA API (`/api/v1/openapi.json`). */
export function openApiDocument(baseUrl: string) {
	return {
		openapi: '3.1.0',
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		info: {
			title: `${t('app.name')} – Open Referral HSDA`,
			version: '1.0.0',
			summary: `Offers of the Netzwerke Frühe Hilfen as Open Referral HSDS ${HSDS_VERSION}, read-only.`,
			description:
				'Every network publishes its published, current offers (services), their providers (organizations), places (locations) and its classification (taxonomies: Lebensphase, Thema, Angebotsart). No login; CORS allows reading from any origin. Identifiers are stable UUIDs. Texts are German.',
			license: {
				name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
				url: 'https://www.govdata.de/dl-de/by-2-0'
			}
		},
		servers: [{ url: `${baseUrl}/api/v1` }],
		paths: PATHS,
		components: {
			parameters: PARAMETERS,
			schemas
		}
	};
}
