import { describe, expect, it } from 'vitest';
import { t } from '$lib/i18n';
import { catalogLabel, messageKeyFor } from './message-keys';

describe('messageKeyFor', () => {
	it('finds the catalog key for a known value and none for an unknown one', () => {
		expect(messageKeyFor('offerType.', 'beratung')).toBe('offerType.beratung');
		expect(messageKeyFor('offerType.', 'erfunden')).toBeNull();
		expect(messageKeyFor('intern.agreements.method.', null)).toBe('intern.agreements.method.null');
	});

	it('labels a known value and leaves an unknown one empty', () => {
		expect(catalogLabel(t, 'offerType.', 'beratung')).toBe(t('offerType.beratung'));
		expect(catalogLabel(t, 'intern.org.status.', null)).toBe('');
	});
});
