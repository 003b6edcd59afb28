-- Sitwell relay schema 3: pairing a second clinic device. A pairing lives ten minutes. The relay
-- keeps the one-time code and the claim token only as SHA-256, the new device's pairing key (a
-- public key), and the clinic key sealed to it (HPKE ciphertext it cannot open).

CREATE TABLE pairings (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  created_by uuid NOT NULL REFERENCES devices (id),
  code_hash bytea NOT NULL UNIQUE,
  claim_key text,
  claim_hash bytea,
  delivery_enc text,
  delivery_ct text,
  expires_at bigint NOT NULL,
  created_at bigint NOT NULL
);

CREATE INDEX pairings_expiry ON pairings (expires_at);
