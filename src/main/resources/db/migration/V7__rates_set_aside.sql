-- Rates an earlier version stored outside the days and sizes the app keeps (1900-01-01 to 2100-12-31, see
-- Plausible): moved here on start or by `rates show` so they can never be counted with, and kept for the user
-- to write out (`relocation-planner rates set-aside --out FILE`, or the Rates screen). Day and rate are kept as
-- text, exactly as they were read, since neither fits the ranges the app calculates with.
CREATE TABLE rate_set_aside (
    currency  CHAR(3) NOT NULL,
    source    VARCHAR(40) NOT NULL,
    day_text  VARCHAR(24) NOT NULL,
    rate_text VARCHAR(200) NOT NULL,
    PRIMARY KEY (currency, source, day_text)
);
