import { error, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import type { Actor } from '$lib/server/domains/shared/actor';
import { hasRole, requireProvider } from '$lib/server/domains/shared/actor';
import type { NetworkRef, TenantContext } from '$lib/server/domains/shared/context';
import type { FilesContext } from '$lib/server/domains/documents/file-store';
import type { InstallationSetup } from '$lib/server/domains/privacy/gather-privacy-facts';

// Every use case takes a context object; these are the only places a route builds one.

type WithLocals = Pick<RequestEvent, 'locals'>;

/** The tenant context of an /intern page that only coordinators may use (403 for others). */
export function coordinatorContext(event: WithLocals): TenantContext {
	const network = event.locals.network!;
	const actor = event.locals.session!.actor;
	if (!hasRole(actor, 'coordinator', network.id)) error(403, t('error.coordinatorsOnly'));
	return { db: event.locals.app.database.db, network, actor };
}

/** The tenant context of a provider editor's page (403 for anyone else). */
export function providerContext(event: WithLocals): TenantContext {
	const network = event.locals.network!;
	const actor = event.locals.session!.actor;
	try {
		requireProvider(actor, network.id);
	} catch {
		error(403, t('error.providersOnly'));
	}
	return { db: event.locals.app.database.db, network, actor };
}

/** Anyone signed in to the /intern area of a network (the /intern guard set both); use cases check roles. */
export function memberContext(event: WithLocals): TenantContext & { actor: Actor } {
	return { db: event.locals.app.database.db, network: event.locals.network!, actor: event.locals.session!.actor };
}

/** A visitor of the public portal: no actor, only what the network publishes. */
export function publicContext<N extends NetworkRef>(event: WithLocals, network: N) {
	return { db: event.locals.app.database.db, network, actor: null } satisfies TenantContext;
}

/**
 * A visitor of the portal who may be logged in: a member of this network (any role in it, the
 * second factor done) also sees the network's members-only events. Without a session: `publicContext`.
 */
export function portalViewerContext<N extends NetworkRef>(event: WithLocals, network: N) {
	const session = event.locals.session;
	const actor = session && !session.secondFactorPending ? session.actor : null;
	return { db: event.locals.app.database.db, network, actor } satisfies TenantContext;
}

/** The operator's pages (/betrieb): no network, the use cases require the operator role. */
export function operatorContext(event: WithLocals): { db: TenantContext['db']; actor: Actor } {
	return { db: event.locals.app.database.db, actor: event.locals.session!.actor };
}

/** The coordinator's context with the file store and the upload limit. */
export function coordinatorFilesContext(event: WithLocals): FilesContext {
	return {
		...coordinatorContext(event),
		files: event.locals.app.files,
		maxUploadBytes: event.locals.app.config.maxUploadBytes
	};
}

/** Anyone of the network (members, providers, coordinators) with the file store; guards live in the use cases. */
export function networkFilesContext(event: WithLocals): FilesContext {
	return {
		db: event.locals.app.database.db,
		network: event.locals.network!,
		actor: event.locals.session?.actor ?? null,
		files: event.locals.app.files,
		maxUploadBytes: event.locals.app.config.maxUploadBytes
	};
}

/** What the data-protection pages state about the installation (processors, map tiles, HTTPS), from App.config. */
export function installationSetup(event: WithLocals): InstallationSetup {
	const c = event.locals.app.config;
	return {
		publicUrl: c.publicUrl,
		smtpUrl: c.smtpUrl,
		s3Endpoint: c.s3 ? c.s3.endpoint || `https://${c.s3.bucket}.s3.${c.s3.region}.amazonaws.com` : undefined,
		mapTileUrl: c.mapTileUrl
	};
}

/** The network archive (ADR 0031): database, file store and the actor; the use cases check the role. */
export function archiveContext(event: WithLocals) {
	return {
		db: event.locals.app.database.db,
		actor: event.locals.session?.actor ?? null,
		files: event.locals.app.files
	};
}
