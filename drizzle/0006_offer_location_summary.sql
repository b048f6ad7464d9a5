ALTER TABLE "offers" ADD COLUMN "district_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "lats" double precision[] DEFAULT '{}'::float8[] NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "lngs" double precision[] DEFAULT '{}'::float8[] NOT NULL;--> statement-breakpoint
UPDATE offers o SET
	district_ids = coalesce(s.district_ids, '{}'),
	lats = coalesce(s.lats, '{}'),
	lngs = coalesce(s.lngs, '{}')
FROM (
	SELECT offer_id,
		array_agg(DISTINCT district_id::text) FILTER (WHERE district_id IS NOT NULL) AS district_ids,
		array_agg(lat ORDER BY id) FILTER (WHERE lat IS NOT NULL AND lng IS NOT NULL) AS lats,
		array_agg(lng ORDER BY id) FILTER (WHERE lat IS NOT NULL AND lng IS NOT NULL) AS lngs
	FROM offer_locations GROUP BY offer_id
) s
WHERE s.offer_id = o.id;
