import { asc, eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { outbox, type MembershipStatus } from '$lib/server/db/schema';
import { parseWith } from '$lib/server/http/forms';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { saveOrganisation } from '$lib/server/domains/organisations/save-organisation';
import { meetingSchema, type BodyInput, type MeetingInput } from '$lib/server/domains/bodies/meeting-schema';
import { memberOrganisationForm, person } from './fixtures';
import { linkIn } from './smtp';

// Set-up shared by the tests of bodies, meetings and minutes: organisations and contacts through
// their own use cases, form inputs as the forms send them, and the answer links in the outbox.

/** An organisation saved through the member form; returns its id. */
export async function organisation(
	ctx: TenantContext,
	name: string,
	status: MembershipStatus | '' = '',
	id: string | null = null,
	version = 0
) {
	const input = memberOrganisationForm({ version: String(version), name, membershipStatus: status });
	return (await saveOrganisation(ctx, id, input)).id;
}

export { person };

/** A body form's input: a working group without members unless given. */
export const body = (input: Partial<BodyInput> & Pick<BodyInput, 'name'>): BodyInput => ({
	version: 0,
	kind: 'arbeitsgruppe',
	purpose: '',
	external: '',
	organisationIds: [],
	allMembers: false,
	contactIds: [],
	leadContactId: null,
	...input
});

/** A meeting form's input as parsed by the meeting schema (fields as the form sends them). */
export function meetingInput(fields: Record<string, string>): MeetingInput {
	const parsed = parseWith(meetingSchema, { version: '0', onlineUrl: '', ...fields });
	if (!parsed.ok) throw new Error('meeting');
	return parsed.data as MeetingInput;
}

/** The personal answer links in the mails of the outbox, oldest first (as the invitee would click them). */
export async function rsvpTokensOf(db: Database['db'], to?: string): Promise<string[]> {
	const rows = await withSystem(db, (tx) => tx.select().from(outbox).orderBy(asc(outbox.createdAt)));
	return rows
		.filter((r) => (!to || r.toAddress === to) && r.textBody.includes('/antwort/'))
		.map((r) => linkIn(r.textBody, '/antwort/').split('/').pop()!);
}

/** The answer link in the newest mail of this template (to this address). */
export async function rsvpTokenOf(db: Database['db'], template: string, to?: string): Promise<string> {
	const rows = await withSystem(db, (tx) =>
		tx.select().from(outbox).where(eq(outbox.template, template)).orderBy(asc(outbox.createdAt))
	);
	const mail = rows.filter((r) => !to || r.toAddress === to).at(-1);
	if (!mail) throw new Error('no mail');
	return linkIn(mail.textBody, '/antwort/').split('/').pop()!;
}
