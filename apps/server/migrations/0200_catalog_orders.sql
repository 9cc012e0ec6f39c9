-- Product and service catalogue, orders taken by agents or imported from e-commerce shops,
-- their history, the hand-off to fulfilment (a signed webhook retried by a durable job) and the
-- shop channels whose order webhooks are accepted.
CREATE TABLE catalog_products (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  sku text NOT NULL,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  kind text NOT NULL CHECK (kind IN ('product', 'service')),
  currency text NOT NULL CHECK (currency IN ('PLN', 'CZK', 'EUR')),
  -- The price in minor units, net or gross as price_basis says; VAT rate in basis points (2300 = 23 %).
  price_minor bigint NOT NULL CHECK (price_minor >= 0),
  price_basis text NOT NULL CHECK (price_basis IN ('net', 'gross')),
  vat_rate_bp integer NOT NULL CHECK (vat_rate_bp BETWEEN 0 AND 10000),
  availability text NOT NULL CHECK (availability IN ('in_stock', 'out_of_stock', 'on_order')),
  quantity integer CHECK (quantity IS NULL OR quantity >= 0),
  active boolean NOT NULL DEFAULT true,
  -- Folded name and SKU for the search box.
  search_text text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX catalog_products_org_sku_key ON catalog_products (organization_id, lower(sku));
CREATE INDEX catalog_products_org_name_idx ON catalog_products (organization_id, name, id);

-- "Customers who take A are offered B": directed pairs within one organization.
CREATE TABLE catalog_complements (
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  product_id uuid NOT NULL REFERENCES catalog_products(id) ON DELETE CASCADE,
  complement_id uuid NOT NULL REFERENCES catalog_products(id) ON DELETE CASCADE,
  PRIMARY KEY (product_id, complement_id),
  CHECK (product_id <> complement_id)
);

CREATE TABLE order_counters (
  organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
  last_number bigint NOT NULL
);

CREATE TABLE orders (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  number bigint NOT NULL,
  customer_id uuid NOT NULL REFERENCES customers(id),
  ticket_id uuid REFERENCES tickets(id) ON DELETE SET NULL,
  status text NOT NULL CHECK (status IN ('draft', 'confirmed', 'sent_to_fulfilment', 'in_fulfilment',
    'shipped', 'delivered', 'cancelled', 'returned')),
  currency text NOT NULL CHECK (currency IN ('PLN', 'CZK', 'EUR')),
  language text NOT NULL CHECK (language IN ('pl', 'cs', 'en')),
  net_total_minor bigint NOT NULL,
  vat_total_minor bigint NOT NULL,
  gross_total_minor bigint NOT NULL,
  -- { name, street, city, postalCode, country, phone, method }
  delivery jsonb NOT NULL,
  -- { method, status }
  payment jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  tracking_number text,
  source text NOT NULL CHECK (source IN ('agent', 'api', 'woocommerce', 'shopify')),
  external_id text,
  confirmed_at timestamptz,
  confirmation_outbox_id uuid,
  -- The hand-off to fulfilment: one delivery (job id) per hand-off, its attempts and outcome.
  fulfilment_state text NOT NULL DEFAULT 'none'
    CHECK (fulfilment_state IN ('none', 'pending', 'delivered', 'failed')),
  fulfilment_delivery_id uuid,
  fulfilment_attempts integer NOT NULL DEFAULT 0,
  fulfilment_last_error text,
  created_by_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (organization_id, number)
);
CREATE UNIQUE INDEX orders_external_key ON orders (organization_id, source, external_id)
  WHERE external_id IS NOT NULL;
CREATE INDEX orders_org_created_idx ON orders (organization_id, created_at DESC, id);
CREATE INDEX orders_customer_idx ON orders (customer_id, created_at DESC);
CREATE INDEX orders_ticket_idx ON orders (ticket_id) WHERE ticket_id IS NOT NULL;

CREATE TABLE order_items (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  position integer NOT NULL,
  product_id uuid REFERENCES catalog_products(id) ON DELETE SET NULL,
  sku text,
  name text NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  price_basis text NOT NULL CHECK (price_basis IN ('net', 'gross')),
  vat_rate_bp integer NOT NULL CHECK (vat_rate_bp BETWEEN 0 AND 10000),
  unit_net_minor bigint NOT NULL,
  unit_gross_minor bigint NOT NULL,
  line_net_minor bigint NOT NULL,
  line_vat_minor bigint NOT NULL,
  line_gross_minor bigint NOT NULL,
  UNIQUE (order_id, position)
);

-- The order's history: creation, changes, every status move with who made it.
CREATE TABLE order_events (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  kind text NOT NULL,
  from_status text,
  to_status text,
  actor_type text NOT NULL CHECK (actor_type IN ('agent', 'api_token', 'fulfilment', 'system', 'shop')),
  actor_id text,
  note text,
  created_at timestamptz NOT NULL
);
CREATE INDEX order_events_order_idx ON order_events (order_id, created_at, id);

-- Where confirmed orders are handed off; the secret signs the webhook and the status callbacks.
CREATE TABLE order_settings (
  organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
  fulfilment_url text,
  fulfilment_secret text,
  updated_at timestamptz NOT NULL
);

-- Shops (WooCommerce, Shopify) whose order webhooks are accepted at /integrations/<kind>/<key>/orders.
CREATE TABLE commerce_channels (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('woocommerce', 'shopify')),
  channel_key text NOT NULL UNIQUE,
  name text NOT NULL,
  -- Sealed webhook secret (WooCommerce webhook secret / Shopify app client secret).
  secret text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX commerce_channels_org_idx ON commerce_channels (organization_id);
