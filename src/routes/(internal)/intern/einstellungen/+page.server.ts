import { invalid, formValues, parseForm, type FormValues } from '$lib/server/http/forms';
import { actionFail } from '$lib/server/http/errors';
import { coordinatorContext, installationSetup } from '$lib/server/http/context';
import { gatherPrivacyFacts } from '$lib/server/domains/privacy/gather-privacy-facts';
import { privacyNoticeTemplate } from '$lib/server/domains/privacy/privacy-notice-template';
import { getNetworkById, type Network } from '$lib/server/domains/tenancy/get-network';
import { HELP_NUMBER_ROWS, networkSettingsSchema } from '$lib/server/domains/tenancy/network-schemas';
import { formatDayHours, WEEKDAYS } from '$lib/server/domains/tenancy/office-hours';
import { updateNetworkSettings } from '$lib/server/domains/tenancy/update-network-settings';
import { MAX_LOGO_BYTES, setNetworkLogo } from '$lib/server/domains/tenancy/set-network-logo';
import type { Actions, PageServerLoad } from './$types';

function toFormValues(n: Network): FormValues {
	const values: FormValues = {
		version: String(n.version),
		name: n.name,
		municipality: n.municipality,
		municipalityKind: n.municipalityKind,
		description: n.description,
		goals: n.goals,
		contactName: n.contactName,
		contactAddress: n.contactAddress,
		contactPhone: n.contactPhone,
		contactEmail: n.contactEmail,
		officeHoursNote: n.officeHoursNote,
		privacyText: n.privacyText,
		imprintText: n.imprintText,
		accessibilityText: n.accessibilityText,
		brandPrimary: n.brandPrimary,
		brandAccent: n.brandAccent,
		embedOrigins: n.embedOrigins.join('\n'),
		reviewIntervalMonths: String(n.reviewIntervalMonths),
		reviewGraceDays: String(n.reviewGraceDays)
	};
	for (const d of WEEKDAYS) values[`hours-${d}`] = formatDayHours(n.officeHours, d);
	n.helpNumbers.slice(0, HELP_NUMBER_ROWS).forEach((h, i) => {
		values[`help-${i}-label`] = h.label;
		values[`help-${i}-number`] = h.number;
		values[`help-${i}-note`] = h.note ?? '';
		if (h.important) values[`help-${i}-important`] = 'on';
	});
	return values;
}

const context = coordinatorContext;

export const load: PageServerLoad = async (event) => {
	const ctx = context(event);
	const network = await getNetworkById(ctx.db, ctx.network.id);
	return {
		saved: toFormValues(network),
		hasLogo: network.hasLogo,
		slug: network.slug,
		version: network.version,
		helpRows: HELP_NUMBER_ROWS
	};
};

export const actions: Actions = {
	save: async (event) => {
		const ctx = context(event);
		const form = await event.request.formData();
		const values = formValues(form);
		const parsed = parseForm(networkSettingsSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, values);
		try {
			await updateNetworkSettings(ctx, parsed.data);
		} catch (e) {
			return actionFail(e, values);
		}
		return { savedMessage: 'intern.settings.saved' as const };
	},
	// "Vorlage einfügen": the Art. 13 template from the privacy facts goes into the typed form (nothing is saved).
	privacyTemplate: async (event) => {
		const ctx = context(event);
		const values = formValues(await event.request.formData());
		const template = privacyNoticeTemplate(await gatherPrivacyFacts(ctx, installationSetup(event)));
		return { values: { ...values, privacyText: template }, templateInserted: true as const };
	},
	logo: async (event) => {
		const ctx = context(event);
		const form = await event.request.formData();
		const file = form.get('logo');
		if (!(file instanceof File) || file.size === 0) return invalid({ logo: 'error.logoMissing' }, {});
		if (file.size > MAX_LOGO_BYTES) return invalid({ logo: 'error.logoTooLarge' }, {}, 413);
		try {
			await setNetworkLogo(ctx, Buffer.from(await file.arrayBuffer()));
		} catch (e) {
			return actionFail(
				e,
				{},
				{
					validation: { field: 'logo', message: 'error.logoType' },
					payload_too_large: { field: 'logo', message: 'error.logoTooLarge' }
				}
			);
		}
		return { savedMessage: 'intern.settings.logoSaved' as const };
	},
	removeLogo: async (event) => {
		await setNetworkLogo(context(event), null);
		return { savedMessage: 'intern.settings.logoRemoved' as const };
	}
};
