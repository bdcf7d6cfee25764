-- A source that gives only a year or a month: its date is shown as the year, never as an exact day.
ALTER TABLE fact ADD COLUMN verified_approx BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE residence_route ADD COLUMN verified_approx BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE stay_rule ADD COLUMN verified_approx BOOLEAN NOT NULL DEFAULT FALSE;
