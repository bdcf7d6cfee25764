-- Rubles per unit of a currency, one row per day and source. Shipped sources, imported files and the user's own
-- rates (source MANUAL) live side by side; the source is part of the key, so nothing overwrites another source.
CREATE TABLE rate (
    currency     CHAR(3) NOT NULL,
    source       VARCHAR(40) NOT NULL,
    rate_day     DATE NOT NULL,
    rub_per_unit DECIMAL(24, 12) NOT NULL,
    note         VARCHAR(500) NOT NULL DEFAULT '',
    PRIMARY KEY (currency, source, rate_day),
    CONSTRAINT rate_positive CHECK (rub_per_unit > 0)
);

-- The version of the shipped rate history installed.
CREATE TABLE rate_dataset (
    id      INT PRIMARY KEY,
    version INT NOT NULL,
    CONSTRAINT rate_dataset_one_row CHECK (id = 1)
);

-- The Central Bank of Russia's internal currency codes (R01235 = USD), learnt from its daily files.
CREATE TABLE cbr_currency_id (
    cbr_id   VARCHAR(10) PRIMARY KEY,
    currency CHAR(3) NOT NULL
);
