-- Rubles per unit of a currency, as one series per currency and source: the days and rates of a series packed in
-- one value (a day as an epoch day, a rate as an exact decimal). Shipped sources, imported files and the user's
-- own rates (source MANUAL) are separate series, so nothing overwrites another source. A series is read and
-- written whole: a million imported rows are a few dozen writes, not a million.
CREATE TABLE rate_series (
    currency CHAR(3) NOT NULL,
    source   VARCHAR(40) NOT NULL,
    days     INT NOT NULL,
    data     BLOB NOT NULL,
    PRIMARY KEY (currency, source)
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
