import { redirect, type RequestEvent } from '@sveltejs/kit';
import { coordinatorContext } from './coordinator';
import { isAppError } from '$lib/server/errors';
import { loadOfferForm } from '$lib/server/domains/offers/list-offers-admin';
import { offerFormObject, offerFormSchema, type OfferFormInput } from '$lib/server/domains/offers/offer-schema';
import { saveOffer } from '$lib/server/domains/offers/save-offer';
import { formatDates, formatExceptions } from '$lib/server/domains/offers/schedule';
import { formatDayHours } from '$lib/server/domains/tenancy/office-hours';
import { WEEKDAYS } from '$lib/weekdays';
import { invalid, parseWith } from './forms';
import { raise } from './errors';

export type OfferFormValues = Record<string, string | string[] | boolean>;


/** Shared by "Neues Angebot" and "Angebot bearbeiten": form options and the stored values. */
export async function loadOfferFormPage(event: RequestEvent, id: string | null) {
	const ctx = coordinatorContext(event);
	try {
		const form = await loadOfferForm(ctx, id);
		const o = form.offer;
		const l = form.location;
		const saved: OfferFormValues = {
			version: String(o?.version ?? 0),
			title: o?.title ?? '',
			summary: o?.summary ?? '',
			description: o?.description ?? '',
			organisationId: o?.organisationId ?? '',
			lifeStages: o?.lifeStages ?? [],
			topics: o?.topics ?? [],
			offerType: o?.offerType ?? 'beratung',
			preventionLevel: o?.preventionLevel ?? 'universell',
			targetGroups: (o?.targetGroups ?? []).join(', '),
			costFree: o?.costFree ?? true,
			costText: o?.costText ?? '',
			languages: (o?.languages ?? ['de']).filter((c) => c !== 'de').join(', '),
			accessibility: o?.accessibility ?? [],
			registrationRequired: o?.registrationRequired ?? false,
			scheduleNote: o?.schedule.note ?? '',
			exceptions: o ? formatExceptions(o.schedule) : '',
			dates: o ? formatDates(o.schedule) : '',
			contactPhone: o?.contactPhone ?? '',
			contactEmail: o?.contactEmail ?? '',
			contactWeb: o?.contactWeb ?? '',
			validFrom: o?.validFrom ?? '',
			validTo: o?.validTo ?? '',
			status: o?.status ?? 'draft',
			markVerified: false,
			locationLabel: l?.label ?? '',
			street: l?.street ?? '',
			postcode: l?.postcode ?? '',
			city: l?.city ?? ctx.network.name.replace(/^.*\s/, ''),
			districtId: l?.districtId ?? '',
			lat: l?.lat != null ? String(l.lat) : '',
			lng: l?.lng != null ? String(l.lng) : ''
		};
		for (const d of WEEKDAYS) saved[`hours-${d}`] = o ? formatDayHours(o.schedule.weekly, d) : '';
		return {
			saved,
			offerId: o?.id ?? null,
			verifiedAt: o?.verifiedAt ?? null,
			organisations: form.organisations,
			topics: form.topics,
			districts: form.districts
		};
	} catch (e) {
		raise(e);
	}
}

export async function saveOfferAction(event: RequestEvent, id: string | null) {
	const ctx = coordinatorContext(event);
	const object = offerFormObject(await event.request.formData());
	const values = object as OfferFormValues;
	const parsed = parseWith(offerFormSchema, object);
	if (!parsed.ok) return invalid(parsed.errors, values as Record<string, string>);
	let saved: { id: string };
	try {
		saved = await saveOffer(ctx, id, parsed.data as OfferFormInput);
	} catch (e) {
		if (isAppError(e, 'conflict')) return invalid({ form: 'error.offerConflict' }, values as Record<string, string>, 409);
		if (isAppError(e, 'validation')) return invalid({ organisationId: 'error.choose' }, values as Record<string, string>);
		raise(e);
	}
	redirect(303, `/intern/angebote/${saved.id}?gespeichert=1`);
}
