-- Every passport's general listing in every country (Passport Index, 12 January 2025), one compact row per
-- passport ("AD:v,AE:90,..."): where no rule was researched for a passport in a country, the app reads a rule
-- from it at the lowest confidence. Shipped data: replaced as a whole with the dataset.
CREATE TABLE passport_listing (
    passport  CHAR(2) PRIMARY KEY,
    listings  VARCHAR(8000) NOT NULL
);
CREATE TABLE baseline_info (
    id              INT PRIMARY KEY,
    source_name     VARCHAR(400) NOT NULL,
    source_url      VARCHAR(1000),
    verified_on     DATE,
    window_max      INT NOT NULL
);
-- The passport a trip was entered on (issue 17), null when not said: then the one the rules favour there.
ALTER TABLE trip ADD COLUMN passport CHAR(2);
