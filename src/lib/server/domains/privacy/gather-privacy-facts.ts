import { sql } from 'drizzle-orm';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import { requireRole, requiresSecondFactor } from '$lib/server/domains/shared/actor';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { getNetworkById } from '$lib/server/domains/tenancy/get-network';
import { listRetentionRules, type RetentionRuleView } from './list-retention-rules';
import { getProcessingRecord, type ProcessingRecordFields } from './get-processing-record';

/** What the installation is configured with (from the route: App.config), never read from globals here. */
export type InstallationSetup = { publicUrl: string; smtpUrl?: string; s3Endpoint?: string; mapTileUrl: string };

export type PrivacyFacts = {
	network: {
		name: string;
		municipality: string;
		contactName: string;
		contactAddress: string;
		contactEmail: string;
		contactPhone: string;
		portalUrl: string;
		privacyText: string;
	};
	record: ProcessingRecordFields;
	rules: RetentionRuleView[];
	/** Which parts of the product the network uses (a part without rows processes nobody's data). */
	uses: {
		contacts: boolean;
		bodies: boolean;
		agreements: boolean;
		events: boolean;
		documents: boolean;
		circulars: boolean;
	};
	/** Processors the installation sends data to, by host (null = not configured). */
	recipients: { mailHost: string | null; fileStoreHost: string | null; mapTileHost: string | null };
	/** Technical measures, each true only when the running code and data show it. */
	measures: {
		forcedRls: { tables: number; forced: number };
		passwordsArgon2id: boolean;
		secondFactorForCoordinators: boolean;
		totpSecretsSealed: boolean;
		noThirdPartyRequests: boolean;
		https: boolean;
	};
};

const hostOf = (url: string | undefined) => {
	if (!url) return null;
	try {
		return new URL(url).hostname || null;
	} catch {
		return null;
	}
};

/**
 * The facts the Art. 30 record and the Art. 13 template are written from: the network's settings,
 * its retention periods, which parts it uses, the configured processors and the technical
 * measures as the database shows them (forced RLS per tenant table, argon2id hashes, sealed TOTP
 * secrets). Coordinators only.
 */
export async function gatherPrivacyFacts(ctx: TenantContext, setup: InstallationSetup): Promise<PrivacyFacts> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const n = await getNetworkById(ctx.db, ctx.network.id);
	const [rules, record] = await Promise.all([listRetentionRules(ctx), getProcessingRecord(ctx)]);
	const id = ctx.network.id;
	const [uses] = await tenantTx(ctx, async (tx) =>
		rowsOf<PrivacyFacts['uses']>(
			await tx.execute(sql`select
				exists(select 1 from contacts where network_id = ${id}) as contacts,
				exists(select 1 from bodies where network_id = ${id}) as bodies,
				exists(select 1 from agreements where network_id = ${id}) as agreements,
				exists(select 1 from events where network_id = ${id}) as events,
				exists(select 1 from documents where network_id = ${id}) as documents,
				exists(select 1 from circulars where network_id = ${id}) as circulars`)
		)
	);
	const [checks] = await withSystem(ctx.db, async (tx) =>
		rowsOf<{ tables: number; forced: number; weak: number; plain: number }>(
			await tx.execute(sql`select
				(select count(*)::int from pg_class c join pg_namespace s on s.oid = c.relnamespace
					where s.nspname = current_schema() and c.relkind = 'r'
						and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'network_id' and not a.attisdropped)) as tables,
				(select count(*)::int from pg_class c join pg_namespace s on s.oid = c.relnamespace
					where s.nspname = current_schema() and c.relkind = 'r' and c.relrowsecurity and c.relforcerowsecurity
						and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'network_id' and not a.attisdropped)) as forced,
				(select count(*)::int from users where password_hash is not null and password_hash not like '$argon2id$%') as weak,
				(select count(*)::int from users where totp_secret is not null and totp_secret not like 'v1:%') as plain`)
		)
	);
	return {
		network: {
			name: n.name,
			municipality: n.municipality,
			contactName: n.contactName,
			contactAddress: n.contactAddress,
			contactEmail: n.contactEmail,
			contactPhone: n.contactPhone,
			portalUrl: `${setup.publicUrl}/${n.slug}`,
			privacyText: n.privacyText
		},
		record,
		rules,
		uses: {
			contacts: Boolean(uses?.contacts),
			bodies: Boolean(uses?.bodies),
			agreements: Boolean(uses?.agreements),
			events: Boolean(uses?.events),
			documents: Boolean(uses?.documents),
			circulars: Boolean(uses?.circulars)
		},
		recipients: {
			mailHost: hostOf(setup.smtpUrl),
			fileStoreHost: hostOf(setup.s3Endpoint),
			mapTileHost: hostOf(setup.mapTileUrl.replace(/\{[a-z]\}/g, '0'))
		},
		measures: {
			forcedRls: { tables: Number(checks?.tables ?? 0), forced: Number(checks?.forced ?? 0) },
			passwordsArgon2id: Number(checks?.weak ?? 1) === 0,
			secondFactorForCoordinators: requiresSecondFactor([{ role: 'coordinator', networkId: id, organisationId: null }]),
			totpSecretsSealed: Number(checks?.plain ?? 1) === 0,
			noThirdPartyRequests: !setup.mapTileUrl,
			https: setup.publicUrl.startsWith('https://')
		}
	};
}
