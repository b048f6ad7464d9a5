import { sql, type SQL } from 'drizzle-orm';

/** Great-circle distance in km from the origin to one point (haversine), in SQL. */
export function distanceSql(origin: { lat: number; lng: number }, lat: SQL, lng: SQL): SQL {
	return sql`6371 * 2 * asin(sqrt(power(sin(radians(${lat} - ${origin.lat}) / 2), 2) + cos(radians(${origin.lat})) * cos(radians(${lat})) * power(sin(radians(${lng} - ${origin.lng}) / 2), 2)))`;
}
