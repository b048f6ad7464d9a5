-- Grants and forced row-level security for the offers domain (see 0001_rls.sql).
GRANT SELECT, INSERT, UPDATE, DELETE ON districts, topics, synonym_groups, offers, offer_locations, search_words TO nfh_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION nfh_unaccent(text) TO nfh_app, nfh_system;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['districts', 'topics', 'synonym_groups', 'offers', 'offer_locations', 'search_words'] LOOP
		EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
		EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
		EXECUTE format($p$CREATE POLICY tenant_isolation ON %I TO nfh_app
			USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
			WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid)$p$, t);
		EXECUTE format('CREATE POLICY system_access ON %I TO nfh_system USING (true) WITH CHECK (true)', t);
	END LOOP;
END
$$;
