#!/usr/bin/env python3
"""Builds the shipped exchange-rate history: rubles per one unit of each shipped destination's currency.

Inputs (copied from ../shared/data/rates into src/dataset/rates/, see SOURCES.md there):
  - cba_cross: rub_per_unit_cba_cross_2005-01-04_2023-11-22.csv (Central Bank of Armenia cross rates)
  - ecb: ecb_eurofxref-hist_1999-01-04_2025-05-09.csv (ECB reference rates; RUB until 2022-03-01)
  - market: rub_fawazahmed0_2024-03-02_2026-09-29.csv (every version of the @fawazahmed0/currency-api package:
    sparse until mid-2026, daily from 2026-08-09; market rates, not the Central Bank of Russia's)
Cross of the two banks (source ECB-CBA-CROSS): from 2022-03-02, when the ECB stopped quoting the ruble, to
2023-11-22, where the Armenian series ends, a currency the Armenian cross series lacks but the ECB quotes is
RUB per EUR (Armenian cross) / units per EUR (ECB), on the days both quote; no day is carried over.
Output: src/main/resources/org/relocationplanner/data/rates.csv.gz with a header line
  `# version=N` then `date,currency,rate,source` rows (rate = RUB per 1 unit), sorted by currency, source, date.
Nothing is invented: a currency a source does not quote has no rows from it.
"""
import csv
import gzip
import io
import json
import os
from decimal import Decimal, getcontext

getcontext().prec = 16
RATES_VERSION = 2
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SRC = os.path.join(HERE, "rates")
OUT = os.path.join(ROOT, "src/main/resources/org/relocationplanner/data/rates.csv.gz")
DEST = os.path.join(ROOT, "src/main/resources/org/relocationplanner/data/destinations.json")


def fmt(d):
    s = format(d.normalize(), "f")
    return s


def main():
    wanted = sorted({d["currency"] for d in json.load(open(DEST, encoding="utf-8"))["destinations"]})
    rows = []
    # Central Bank of Armenia cross rates, already RUB per unit
    with open(os.path.join(SRC, "rub_per_unit_cba_cross_2005-01-04_2023-11-22.csv"), newline="") as f:
        for r in csv.DictReader(f):
            for c in wanted:
                v = r.get(c, "")
                if v:
                    rows.append((r["date"], c, fmt(Decimal(v)), "CBA-CROSS"))
    # ECB: units per EUR; RUB per X = RUB / X on days with a RUB rate
    with open(os.path.join(SRC, "ecb_eurofxref-hist_1999-01-04_2025-05-09.csv"), newline="") as f:
        for r in csv.DictReader(f):
            rub = r.get("RUB", "N/A")
            if rub in ("", "N/A"):
                continue
            rub = Decimal(rub)
            for c in wanted:
                if c == "EUR":
                    rows.append((r["Date"], "EUR", fmt(rub), "ECB"))
                    continue
                v = r.get(c, "N/A")
                if v not in ("", "N/A"):
                    rows.append((r["Date"], c, fmt(rub / Decimal(v)), "ECB"))
    # the two banks crossed through the euro, on the days both quote, where the Armenian series lacks the currency
    cba = {}
    with open(os.path.join(SRC, "rub_per_unit_cba_cross_2005-01-04_2023-11-22.csv"), newline="") as f:
        for r in csv.DictReader(f):
            cba[r["date"]] = r
    with open(os.path.join(SRC, "ecb_eurofxref-hist_1999-01-04_2025-05-09.csv"), newline="") as f:
        for r in csv.DictReader(f):
            day = r["Date"]
            if not ("2022-03-02" <= day <= "2023-11-22") or not cba.get(day, {}).get("EUR"):
                continue
            rub_per_eur = Decimal(cba[day]["EUR"])
            for c in wanted:
                v = r.get(c, "N/A")
                if c == "EUR" or v in ("", "N/A") or cba[day].get(c):
                    continue
                rows.append((day, c, fmt((rub_per_eur / Decimal(v)).quantize(Decimal("1e-8"))), "ECB-CBA-CROSS"))
    # market rates of every package version, RUB per unit
    with open(os.path.join(SRC, "rub_fawazahmed0_2024-03-02_2026-09-29.csv"), newline="") as f:
        for r in csv.DictReader(f):
            if r["currency"] in wanted and r["RUB_per_1_unit"]:
                rows.append((r["date"], r["currency"], fmt(Decimal(r["RUB_per_1_unit"])), "MARKET-SNAPSHOT"))
    rows.sort(key=lambda x: (x[1], x[3], x[0]))
    buf = io.StringIO()
    buf.write("# version=%d\n" % RATES_VERSION)
    buf.write("date,currency,rate,source\n")
    for r in rows:
        buf.write(",".join(r) + "\n")
    with gzip.GzipFile(OUT, "wb", mtime=0) as g:
        g.write(buf.getvalue().encode("utf-8"))
    by = {}
    for r in rows:
        by.setdefault(r[3], set()).add(r[1])
    print("wrote %s: %d rows" % (OUT, len(rows)))
    for s, cs in sorted(by.items()):
        print("  %s: %s" % (s, " ".join(sorted(cs))))
    print("  no rates at all: %s" % " ".join(c for c in wanted if not any(c in v for v in by.values())))


if __name__ == "__main__":
    main()
