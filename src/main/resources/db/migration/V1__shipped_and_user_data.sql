-- Shipped host-country data: replaced as a whole when a newer dataset ships.
CREATE TABLE dataset_info (
    id          INT PRIMARY KEY,
    version     INT NOT NULL,
    released    DATE NOT NULL,
    installed   TIMESTAMP NOT NULL
);

CREATE TABLE destination (
    code        VARCHAR(8) PRIMARY KEY,
    name_en     VARCHAR(120) NOT NULL,
    name_ru     VARCHAR(120) NOT NULL,
    currency    VARCHAR(3),
    area        VARCHAR(16),
    area_from   DATE
);

CREATE TABLE fact (
    country      VARCHAR(8) NOT NULL REFERENCES destination(code) ON DELETE CASCADE,
    criterion    VARCHAR(40) NOT NULL,
    kind         VARCHAR(12) NOT NULL,
    num_value    DECIMAL(24, 6),
    count_value  BIGINT,
    year_value   INT,
    code_value   VARCHAR(40),
    currency     VARCHAR(3),
    text_en      VARCHAR(2000),
    text_ru      VARCHAR(2000),
    note_en      VARCHAR(2000),
    note_ru      VARCHAR(2000),
    source_name  VARCHAR(400),
    source_url   VARCHAR(1000),
    verified_on  DATE,
    PRIMARY KEY (country, criterion)
);

CREATE TABLE residence_route (
    country      VARCHAR(8) NOT NULL REFERENCES destination(code) ON DELETE CASCADE,
    seq          INT NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    status       VARCHAR(12) NOT NULL,
    note_en      VARCHAR(2000),
    note_ru      VARCHAR(2000),
    source_name  VARCHAR(400),
    source_url   VARCHAR(1000),
    verified_on  DATE,
    PRIMARY KEY (country, seq)
);

-- Rules are kept per area (a country or SCHENGEN) and per passport, with the dates they hold.
CREATE TABLE stay_rule (
    id              INT AUTO_INCREMENT PRIMARY KEY,
    area            VARCHAR(16) NOT NULL,
    passport        VARCHAR(2) NOT NULL,
    valid_from      DATE,
    valid_to        DATE,
    visa_free       BOOLEAN NOT NULL,
    per_entry_days  INT,
    window_days     INT,
    window_period   INT,
    window_kind     VARCHAR(20) NOT NULL,
    year_cap_days   INT,
    reset_on_exit   BOOLEAN,
    confidence      CHAR(1) NOT NULL,
    note_en         VARCHAR(2000),
    note_ru         VARCHAR(2000),
    source_name     VARCHAR(400),
    source_url      VARCHAR(1000),
    verified_on     DATE
);
CREATE INDEX stay_rule_area ON stay_rule(area, passport);

-- The user's own data: never touched by a dataset upgrade.
CREATE TABLE user_annotation (
    country      VARCHAR(8) NOT NULL,
    criterion    VARCHAR(40) NOT NULL,
    kind         VARCHAR(12),
    num_value    DECIMAL(24, 6),
    count_value  BIGINT,
    year_value   INT,
    code_value   VARCHAR(40),
    currency     VARCHAR(3),
    text_en      VARCHAR(2000),
    text_ru      VARCHAR(2000),
    note         VARCHAR(4000) NOT NULL DEFAULT '',
    updated_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (country, criterion)
);

CREATE TABLE user_setting (
    name   VARCHAR(100) PRIMARY KEY,
    val    VARCHAR(4000) NOT NULL
);
