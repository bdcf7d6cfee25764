-- The user's own record: trips (made and planned) and documents. Kept in the order the user sees them.
CREATE TABLE trip (
    id         INT AUTO_INCREMENT PRIMARY KEY,
    position   INT NOT NULL,
    country    CHAR(2) NOT NULL,
    entry_date DATE NOT NULL,
    exit_date  DATE,
    note       VARCHAR(2000) NOT NULL DEFAULT '',
    planned    BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT trip_exit_after_entry CHECK (exit_date IS NULL OR exit_date >= entry_date)
);

CREATE TABLE passport (
    id       INT AUTO_INCREMENT PRIMARY KEY,
    position INT NOT NULL,
    country  CHAR(2) NOT NULL,
    number   VARCHAR(40) NOT NULL DEFAULT '',
    expiry   DATE NOT NULL
);

CREATE TABLE visa (
    id           INT AUTO_INCREMENT PRIMARY KEY,
    position     INT NOT NULL,
    area         VARCHAR(16) NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    valid_from   DATE NOT NULL,
    valid_to     DATE NOT NULL,
    entries      INT,
    allowed_days INT,
    note         VARCHAR(2000) NOT NULL DEFAULT '',
    CONSTRAINT visa_dates CHECK (valid_to >= valid_from)
);

CREATE TABLE residence_permit (
    id         INT AUTO_INCREMENT PRIMARY KEY,
    position   INT NOT NULL,
    country    CHAR(2) NOT NULL,
    valid_from DATE NOT NULL,
    valid_to   DATE NOT NULL,
    note       VARCHAR(2000) NOT NULL DEFAULT '',
    CONSTRAINT permit_dates CHECK (valid_to >= valid_from)
);
