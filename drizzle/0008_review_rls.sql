-- Grants and forced row-level security for offer versions and "still current" links (see 0001_rls.sql).
-- scheduled_jobs has no network: only nfh_system (granted by default privileges) may touch it.
GRANT SELECT, INSERT, UPDATE, DELETE ON offer_versions, offer_confirmations TO nfh_app;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['offer_versions', 'offer_confirmations'] LOOP
		EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
		EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
		EXECUTE format($p$CREATE POLICY tenant_isolation ON %I TO nfh_app
			USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
			WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid)$p$, t);
		EXECUTE format('CREATE POLICY system_access ON %I TO nfh_system USING (true) WITH CHECK (true)', t);
	END LOOP;
END
$$;
