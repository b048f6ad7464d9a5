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
		properties: {
			id: uuid,
			service_id: uuid,
			location_id: uuid,
			description: str,
			service: { $ref: '#/components/schemas/Service' },
			location: { $ref: '#/components/schemas/Location' }
		}
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
			last_modified: { type: 'string', format: 'date-time', description: 'When the offer was last saved' },
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
const pageParams = listParams.slice(1);
const fullParam = (what: string) => ({
	name: 'full',
	in: 'query',
	required: false,
	description: `true: fully nested ${what}`,
	schema: { type: 'boolean' }
});
const fullServiceParam = {
	name: 'full_service',
	in: 'query',
	required: false,
	description:
		'true: the organization’s services fully nested (locations, schedules …), not only their one-to-one fields',
	schema: { type: 'boolean' }
};
/** The HSDA filters of /services and /service_at_locations; a malformed or unknown value answers 400. */
const filterParams = [
	'modified_after',
	'postcode',
	'proximity',
	'proximity_radius',
	'taxonomy_term_id',
	'taxonomy_id',
	'organization_id',
	'service_area'
].map((name) => ({ $ref: `#/components/parameters/${name}` }));

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
			parameters: [networkParam, ...listParams, ...filterParams, fullParam('services')],
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
			parameters: [networkParam, ...listParams, fullServiceParam],
			responses: { '200': ok('A page of organizations', pageOf('#/components/schemas/Organization')), ...errors }
		}
	},
	'/{network}/organizations/{id}': {
		get: {
			operationId: 'getOrganizationById',
			summary: 'One organization with its services (one-to-one fields, or fully nested with full_service=true)',
			parameters: [networkParam, idParam, fullServiceParam],
			responses: { '200': ok('The organization', { $ref: '#/components/schemas/Organization' }), ...errors }
		}
	},
	'/{network}/service_at_locations': {
		get: {
			operationId: 'getPaginatedListOfServiceAtLocation',
			summary: 'Each published service at each of its locations, filtered like /services',
			parameters: [networkParam, ...pageParams, ...filterParams, fullParam('service at location')],
			responses: {
				'200': ok('A page of services at locations', pageOf('#/components/schemas/ServiceAtLocation')),
				...errors
			}
		}
	},
	'/{network}/service_at_locations/{id}': {
		get: {
			operationId: 'getServiceAtLocationWithNestedDataById',
			summary: 'One service at one location, with the service and the location',
			parameters: [networkParam, idParam],
			responses: {
				'200': ok('The service at the location', { $ref: '#/components/schemas/ServiceAtLocation' }),
				...errors
			}
		}
	},
	'/{network}/locations': {
		get: {
			operationId: 'getPaginatedListOfLocations',
			summary: 'The places of published services (one-to-one fields unless full=true)',
			parameters: [networkParam, ...pageParams, fullParam('locations (with addresses)')],
			responses: { '200': ok('A page of locations', pageOf('#/components/schemas/Location')), ...errors }
		}
	},
	'/{network}/locations/{id}': {
		get: {
			operationId: 'getLocationById',
			summary: 'One place with its address',
			parameters: [networkParam, idParam],
			responses: { '200': ok('The location', { $ref: '#/components/schemas/Location' }), ...errors }
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
	},
	modified_after: {
		name: 'modified_after',
		in: 'query',
		required: false,
		description: 'Only services saved at or after this moment (RFC 3339), for incremental sync; see last_modified',
		schema: { type: 'string', format: 'date-time' }
	},
	postcode: {
		name: 'postcode',
		in: 'query',
		required: false,
		description: 'Five-digit postcode: services with a location there or serving its district (Einzugsgebiet)',
		schema: { type: 'string', pattern: '^[0-9]{5}$' }
	},
	proximity: {
		name: 'proximity',
		in: 'query',
		required: false,
		description: 'latitude,longitude in decimal degrees: services with a location within proximity_radius',
		schema: { type: 'string', pattern: '^-?[0-9]{1,3}(\\.[0-9]+)?,-?[0-9]{1,3}(\\.[0-9]+)?$' }
	},
	proximity_radius: {
		name: 'proximity_radius',
		in: 'query',
		required: false,
		description: 'Radius of proximity in kilometres',
		schema: { type: 'number', exclusiveMinimum: 0, maximum: 200, default: 5 }
	},
	taxonomy_term_id: {
		name: 'taxonomy_term_id',
		in: 'query',
		required: false,
		description: 'Services with this term (see /taxonomy_terms)',
		schema: uuid
	},
	taxonomy_id: {
		name: 'taxonomy_id',
		in: 'query',
		required: false,
		description: 'Services with any term of this taxonomy (see /taxonomies)',
		schema: uuid
	},
	organization_id: {
		name: 'organization_id',
		in: 'query',
		required: false,
		description: 'Services of this organization',
		schema: uuid
	},
	service_area: {
		name: 'service_area',
		in: 'query',
		required: false,
		description: 'A district’s name as in service_areas (or "ganzes Netzwerkgebiet"): services that serve it',
		schema: { type: 'string', maxLength: 200 }
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
