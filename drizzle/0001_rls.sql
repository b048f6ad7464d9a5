-- Custom migration: extensions, application roles, grants and row-level security.
-- nfh_app    : tenant work; sees only rows of the network in app.network_id (per transaction).
-- nfh_system : cross-tenant work (login, operator area, outbox worker, seeding); used explicitly.
-- Both are NOLOGIN and do not bypass RLS; the connecting user switches with SET LOCAL ROLE.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
DO $$
BEGIN
	BEGIN
		CREATE ROLE nfh_app NOLOGIN NOBYPASSRLS;
	EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
	END;
	BEGIN
		CREATE ROLE nfh_system NOLOGIN NOBYPASSRLS;
	EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
	END;
	-- Several test databases migrate in parallel on one cluster; role membership is cluster-wide.
	BEGIN
		EXECUTE format('GRANT nfh_app, nfh_system TO %I', current_user);
	EXCEPTION WHEN OTHERS THEN NULL;
	END;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO nfh_app, nfh_system;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO nfh_system;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO nfh_system;
--> statement-breakpoint
GRANT SELECT, UPDATE ON networks TO nfh_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON organisations, role_assignments TO nfh_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON outbox, audit_log TO nfh_app;
--> statement-breakpoint
GRANT SELECT (id, email, name, deactivated_at) ON users TO nfh_app;
--> statement-breakpoint
-- Row-level security on every tenant-owned table, forced for the table owner as well.
ALTER TABLE networks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE networks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON networks TO nfh_app
	USING (id = nullif(current_setting('app.network_id', true), '')::uuid)
	WITH CHECK (id = nullif(current_setting('app.network_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON networks TO nfh_system USING (true) WITH CHECK (true);
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['organisations', 'role_assignments', 'outbox', 'audit_log'] LOOP
		EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
		EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
		EXECUTE format($p$CREATE POLICY tenant_isolation ON %I TO nfh_app
			USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
			WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid)$p$, t);
		EXECUTE format('CREATE POLICY system_access ON %I TO nfh_system USING (true) WITH CHECK (true)', t);
	END LOOP;
END
$$;
