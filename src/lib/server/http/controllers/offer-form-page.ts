import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { coordinatorContext } from '../context';
import { isAppError } from '$lib/server/errors';
import { requireProvider } from '$lib/server/domains/shared/actor';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { tenantTx } from '$lib/server/domains/shared/context';
import { currentOfferValues, loadOfferForm, loadProviderOfferForm } from '$lib/server/domains/offers/load-offer-form';
import { filledLocationCount, type OfferFormValues } from '$lib/server/domains/offers/offer-form-values';
import { diffFormValues } from '$lib/server/domains/offers/offer-version-values';
import { offerFormObject, offerFormSchema, type OfferFormInput } from '$lib/server/domains/offers/offer-schema';
import { proposeOfferChange } from '$lib/server/domains/offers/propose-offer-change';
import { saveOffer } from '$lib/server/domains/offers/save-offer';
import { invalid, parseWith } from '../forms';
import { raise } from '../errors';
import type { MessageKey } from '$lib/i18n';

export type { OfferFormValues };

/** The tenant context of a provider editor's page (403 for anyone else). */
export function providerContext(event: Pick<RequestEvent, 'locals'>): TenantContext {
	const network = event.locals.network!;
	const actor = event.locals.session!.actor;
	try {
		requireProvider(actor, network.id);
	} catch {
		error(403, 'Nur für Anbieter.');
	}
	return { db: event.locals.app.database.db, network, actor };
}

/** Shared by "Neues Angebot" and "Angebot bearbeiten" (coordinator): form options and the stored values. */
export async function loadOfferFormPage(event: RequestEvent, id: string | null) {
	const ctx = coordinatorContext(event);
	try {
		const form = await loadOfferForm(ctx, id);
		return { ...form, saved: form.values, locationCount: filledLocationCount(form.values) };
	} catch (e) {
		raise(e);
	}
}

/** The provider's form: continues from a pending or returned change. */
export async function loadProviderOfferFormPage(event: RequestEvent, id: string | null) {
	const ctx = providerContext(event);
	try {
		const form = await loadProviderOfferForm(ctx, id);
		return { ...form, saved: form.values, locationCount: filledLocationCount(form.values) };
	} catch (e) {
		raise(e);
	}
}

/**
 * Someone else saved in the meantime: answer 409 with the user's input kept, the version
 * moved to the stored one (saving again overwrites deliberately) and both versions side by side.
 */
async function conflictAnswer(ctx: TenantContext, id: string, values: OfferFormValues, organisationId?: string) {
	const current = await tenantTx(ctx, (tx) => currentOfferValues(tx, ctx, id, organisationId));
	const changes = diffFormValues(current.values, values).map((c) => ({
		field: c.field,
		theirs: c.before,
		yours: c.after
	}));
	return fail(409, {
		errors: { form: 'error.offerConflict' as const },
		values: { ...values, version: String(current.offer?.version ?? 0) },
		conflict: changes
	});
}

async function handleOfferSubmit(
	event: RequestEvent,
	ctx: TenantContext,
	id: string | null,
	save: (input: OfferFormInput) => Promise<string>,
	organisationId?: string
) {
	const object = offerFormObject(await event.request.formData());
	const values = object as OfferFormValues;
	const parsed = parseWith(offerFormSchema, object);
	if (!parsed.ok) return invalid(parsed.errors, values as Record<string, string>);
	let location: string;
	try {
		location = await save(parsed.data as OfferFormInput);
	} catch (e) {
		if (isAppError(e, 'conflict') && id) return conflictAnswer(ctx, id, values, organisationId);
		if (isAppError(e, 'validation'))
			return invalid(
				{
					[String(e.details.field ?? 'organisationId')]: (e.details.message as MessageKey | undefined) ?? 'error.choose'
				},
				values as Record<string, string>
			);
		raise(e);
	}
	redirect(303, location);
}

export function saveOfferAction(event: RequestEvent, id: string | null) {
	const ctx = coordinatorContext(event);
	return handleOfferSubmit(
		event,
		ctx,
		id,
		async (input) => `/intern/angebote/${(await saveOffer(ctx, id, input)).id}?gespeichert=1`
	);
}

export function proposeOfferAction(event: RequestEvent, id: string | null) {
	const ctx = providerContext(event);
	const { organisationId } = requireProvider(ctx.actor, ctx.network.id);
	return handleOfferSubmit(
		event,
		ctx,
		id,
		async (input) => {
			const saved = await proposeOfferChange(ctx, id, input);
			return `/intern/anbieter/angebote/${saved.id}?eingereicht=1`;
		},
		organisationId
	);
}

/** Live validation (with JavaScript): the same schema as saving, nothing is written. */
export async function validateOfferAction(event: RequestEvent) {
	const parsed = parseWith(offerFormSchema, offerFormObject(await event.request.formData()));
	return parsed.ok ? { valid: true } : fail(400, { errors: parsed.errors });
}
