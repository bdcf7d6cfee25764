-- How a dated rule treats what came before it (null: the sources do not say), a baseline rule's listing, and what
-- every answer under a rule must say about it.
ALTER TABLE stay_rule ADD COLUMN counts_days_before BOOLEAN;
ALTER TABLE stay_rule ADD COLUMN keeps_rule_at_entry BOOLEAN;
ALTER TABLE stay_rule ADD COLUMN listing VARCHAR(20);
ALTER TABLE stay_rule ADD COLUMN caveat_en VARCHAR(2000);
ALTER TABLE stay_rule ADD COLUMN caveat_ru VARCHAR(2000);

-- Every member of an area (the Schengen states), with the day its days began to count for the area, whether or
-- not the country is one of the compared destinations. Shipped data: replaced as a whole with the dataset.
CREATE TABLE area_member (
    country         VARCHAR(2) PRIMARY KEY,
    area            VARCHAR(16) NOT NULL,
    member_from     DATE NOT NULL,
    source_name     VARCHAR(400),
    source_url      VARCHAR(1000),
    verified_on     DATE,
    verified_approx BOOLEAN NOT NULL DEFAULT FALSE
);
