-- Customers (the people who contact an organization), their identities, their companies,
-- admin-defined attributes and a history of changes.

-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index
-- expression. Naming the dictionary explicitly makes the result depend on the input alone, which
-- is what IMMUTABLE promises; lower() after unaccent() folds "Żółwiński" and "ZOLWINSKI" alike.
CREATE FUNCTION kontakt_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE companies (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  -- Polish tax id (10 digits) and Czech company id (8 digits), checksums verified by the service.
  nip text CHECK (nip ~ '^[0-9]{10}$'),
  ico text CHECK (ico ~ '^[0-9]{8}$'),
  vat_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Target of the composite foreign key that keeps a customer's company in its organization.
  UNIQUE (organization_id, id)
);
CREATE UNIQUE INDEX companies_nip_key ON companies (organization_id, nip) WHERE nip IS NOT NULL;
CREATE UNIQUE INDEX companies_ico_key ON companies (organization_id, ico) WHERE ico IS NOT NULL;
CREATE INDEX companies_organization_idx ON companies (organization_id, created_at DESC, id DESC);
CREATE INDEX companies_name_trgm_idx ON companies USING gin (kontakt_fold(name) gin_trgm_ops);

CREATE TABLE customers (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text,
  company_id uuid,
  language text CHECK (language IN ('pl', 'cs', 'en')),
  preferred_channel text
    CHECK (preferred_channel IN ('email', 'chat', 'phone', 'whatsapp', 'messenger', 'telegram')),
  flags text[] NOT NULL DEFAULT '{}' CHECK (flags <@ ARRAY['vip', 'vulnerable', 'legal_hold']),
  notes text NOT NULL DEFAULT '',
  attributes jsonb NOT NULL DEFAULT '{}',
  -- A merged customer stays as a redirect to the one it was merged into.
  merged_into_id uuid REFERENCES customers(id),
  merged_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organization_id, id),
  FOREIGN KEY (organization_id, company_id) REFERENCES companies (organization_id, id)
);
CREATE INDEX customers_organization_idx ON customers (organization_id, created_at DESC, id DESC)
  WHERE merged_into_id IS NULL;
CREATE INDEX customers_company_idx ON customers (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX customers_merged_into_idx ON customers (merged_into_id) WHERE merged_into_id IS NOT NULL;
CREATE INDEX customers_name_trgm_idx ON customers USING gin (kontakt_fold(name) gin_trgm_ops);

-- One (kind, value) belongs to one customer per organization; values are stored normalized
-- (e-mail lower-cased, phone in E.164), so equality is the identity match.
CREATE TABLE customer_identities (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  customer_id uuid NOT NULL,
  kind text NOT NULL
    CHECK (kind IN ('email', 'phone', 'visitor', 'whatsapp', 'messenger', 'telegram', 'other')),
  value text NOT NULL CHECK (value <> ''),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organization_id, customer_id) REFERENCES customers (organization_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX customer_identities_value_key ON customer_identities (organization_id, kind, value);
CREATE INDEX customer_identities_customer_idx ON customer_identities (customer_id);
CREATE INDEX customer_identities_trgm_idx ON customer_identities USING gin (kontakt_fold(value) gin_trgm_ops);

-- What happened to a customer, by whom: creation, rectification (old values), identities, merges.
CREATE TABLE customer_events (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  type text NOT NULL,
  actor_type text NOT NULL CHECK (actor_type IN ('agent', 'api_token', 'system')),
  actor_id text,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_events_customer_idx ON customer_events (customer_id, created_at DESC);

CREATE TABLE customer_attribute_definitions (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,62}$'),
  label text NOT NULL,
  type text NOT NULL CHECK (type IN ('text', 'number', 'date', 'select', 'boolean')),
  options text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX customer_attribute_definitions_key ON customer_attribute_definitions (organization_id, key);
