-- The same DDL runs on H2 (embedded default) and PostgreSQL (production).
-- Instants that decide ordering are kept as epoch nanoseconds: PostgreSQL timestamps hold only
-- microseconds, and Digital River sends up to nine fraction digits.

CREATE TABLE inventory_item (
    mode                  VARCHAR(4)    NOT NULL,
    part_number           VARCHAR(255)  NOT NULL,
    quantity              BIGINT        NOT NULL,
    allow_back_order      BOOLEAN       NOT NULL,
    fulfiller             VARCHAR(1000),
    management_type       VARCHAR(32)   NOT NULL,
    last_source_nanos     BIGINT        NOT NULL,
    last_created_nanos    BIGINT        NOT NULL,
    last_event_id         VARCHAR(255)  NOT NULL,
    version               BIGINT        NOT NULL,
    gap_count             BIGINT        NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT inventory_item_pk PRIMARY KEY (mode, part_number),
    CONSTRAINT inventory_item_mode_ck CHECK (mode IN ('live', 'test'))
);

CREATE TABLE item_product (
    mode                  VARCHAR(4)    NOT NULL,
    part_number           VARCHAR(255)  NOT NULL,
    position              INT           NOT NULL,
    product_id            VARCHAR(1000) NOT NULL,
    external_reference_id VARCHAR(1000),
    CONSTRAINT item_product_pk PRIMARY KEY (mode, part_number, position),
    CONSTRAINT item_product_item_fk FOREIGN KEY (mode, part_number)
        REFERENCES inventory_item (mode, part_number) ON DELETE CASCADE
);

CREATE INDEX item_product_by_product_id ON item_product (product_id);

CREATE TABLE received_event (
    id                    VARCHAR(255)  NOT NULL,
    type                  VARCHAR(255)  NOT NULL,
    mode                  VARCHAR(4),
    created_nanos         BIGINT,
    part_number           VARCHAR(255),
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome               VARCHAR(16)   NOT NULL,
    reason                VARCHAR(2000),
    payload               VARCHAR(1000000) NOT NULL,
    CONSTRAINT received_event_pk PRIMARY KEY (id)
);

CREATE INDEX received_event_by_outcome ON received_event (outcome, received_at);
CREATE INDEX received_event_by_item ON received_event (mode, part_number);
