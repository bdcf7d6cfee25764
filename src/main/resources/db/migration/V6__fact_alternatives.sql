-- What a second source says of a shipped value when it disagrees with the first (or gives the only value): shown
-- beside it, never averaged with it. Shipped data: replaced as a whole with the dataset.
CREATE TABLE fact_alternative (
    country         VARCHAR(8) NOT NULL REFERENCES destination(code) ON DELETE CASCADE,
    criterion       VARCHAR(40) NOT NULL,
    kind            VARCHAR(12) NOT NULL,
    num_value       DECIMAL(24, 6),
    count_value     BIGINT,
    year_value      INT,
    code_value      VARCHAR(40),
    currency        VARCHAR(3),
    text_en         VARCHAR(8000),
    text_ru         VARCHAR(8000),
    note_en         VARCHAR(8000),
    note_ru         VARCHAR(8000),
    source_name     VARCHAR(400),
    source_url      VARCHAR(1000),
    verified_on     DATE,
    verified_approx BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (country, criterion)
);
-- a safety note or a list of handover cases can be long
ALTER TABLE fact ALTER COLUMN note_en VARCHAR(8000);
ALTER TABLE fact ALTER COLUMN note_ru VARCHAR(8000);
ALTER TABLE fact ALTER COLUMN text_en VARCHAR(8000);
ALTER TABLE fact ALTER COLUMN text_ru VARCHAR(8000);
