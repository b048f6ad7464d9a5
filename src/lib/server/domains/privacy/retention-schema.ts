import { z } from 'zod';
import { NETWORK_RULES } from './retention-rules';

/** One period field: a whole number of days within the rule's limits (messages are keys; the hint shows the limits). */
const daysField = (min: number, max: number) =>
	z.string().transform((raw, c) => {
		const v = raw.trim();
		if (v === '') {
			c.addIssue({ code: 'custom', message: 'error.required' });
			return z.NEVER;
		}
		if (!/^\d+$/.test(v)) {
			c.addIssue({ code: 'custom', message: 'privacy.retention.error.whole' });
			return z.NEVER;
		}
		const n = Number(v);
		if (n < min || n > max) {
			c.addIssue({ code: 'custom', message: 'privacy.retention.error.range' });
			return z.NEVER;
		}
		return n;
	});

/** The settings form: one field per network rule, named by the rule's key. */
export const retentionSchema = z.object(
	Object.fromEntries(NETWORK_RULES.map((r) => [r.key, daysField(r.minDays, r.maxDays)])) as Record<
		string,
		ReturnType<typeof daysField>
	>
);
export type RetentionInput = Record<string, number>;
