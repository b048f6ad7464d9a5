import { and, eq, sql, type SQL } from 'drizzle-orm';
import { offers, type LifeStage, type OfferType, type PreventionLevel } from '$lib/server/db/schema';
import { berlinYear } from './planning-year';

// The offer conditions the monitoring figures and the offer list behind them share.

/** The moment the offer figures are taken at: the end of the year, or now for the current one. */
export function offerReference(year: number, now: Date): Date {
	const { to } = berlinYear(year);
	return to < now ? to : now;
}

/** Verified (not only created) within the network's review interval before the reference moment. */
export function verifiedWithinInterval(networkId: string, at: Date): SQL {
	return sql`${offers.verifiedAt} is not null and ${offers.verifiedAt} <= ${at.toISOString()}::timestamptz and ${offers.verifiedAt} > (select ${at.toISOString()}::timestamptz - make_interval(months => review_interval_months) from networks where id = ${networkId})`;
}

export type OfferFilter = {
	lifeStage?: LifeStage;
	prevention?: PreventionLevel;
	offerType?: OfferType;
	verified?: 'ja' | 'nein';
};

/** Published offers matching the filter of a figure. */
export function reportOffers(networkId: string, at: Date, f: OfferFilter): SQL {
	const verified = verifiedWithinInterval(networkId, at);
	return and(
		eq(offers.status, 'published'),
		f.lifeStage ? sql`${f.lifeStage} = any(${offers.lifeStages})` : undefined,
		f.prevention ? eq(offers.preventionLevel, f.prevention) : undefined,
		f.offerType ? eq(offers.offerType, f.offerType) : undefined,
		f.verified === 'ja' ? verified : f.verified === 'nein' ? sql`not (${verified})` : undefined
	)!;
}
