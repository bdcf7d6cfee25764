#!/usr/bin/env python3
"""Builds the app's shipped dataset (destinations.json) from the files in sources/.

Run from this folder:  python3 build_destinations.py
Every value written carries its source and the date the source states it for ("verified").
Nothing is estimated: a value the sources do not give is left out, and the app shows it as unknown.
See sources/SOURCES.md for where each input file comes from.
"""
import csv
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
OUT = HERE.parent / "main" / "resources" / "org" / "relocationplanner" / "data" / "destinations.json"

DATASET_VERSION = 4
RELEASED = "2026-12-04"

CODES = "GE AM KZ KG UZ TJ AZ MN TR IL AE TH VN ID MY LK RS ME BA MK AR BR MX CU US CA DE FI PL CY PT ES FR NL CZ LV LT".split()

# Short common names where the dataset gives a formal or clipped one.
NAME_EN = {"US": "United States", "BA": "Bosnia and Herzegovina", "TR": "Turkey"}
NAME_RU = {"US": "США", "AE": "ОАЭ", "NL": "Нидерланды"}

MEMO = {"name": "Policy memo on Russia's wartime emigration, 2023 (450+ interviews, two-wave survey), Table 1",
        "url": "", "verified": "2023-01-01", "approx": True}
MEMO_FEAR = {"name": "Policy memo on Russia's wartime emigration, 2023 (survey: fear of popular discrimination)",
             "url": "", "verified": "2023-01-01", "approx": True}
PASSPORT_INDEX = {"name": "Passport Index dataset (ilyankou/passport-index-dataset, from passportindex.org)",
                  "url": "https://github.com/ilyankou/passport-index-dataset", "verified": "2025-01-12"}

# Table 1 of the field memo (situation of 2023), reproduced exactly.
TABLE1 = {
    "RS": dict(population=7221365, speakers=(3179, "0.04", 2009), use="can_be_used", days=30, run="permitted"),
    "TR": dict(population=85861113, speakers=None, use="not_used", days=60, run="permitted"),
    "KZ": dict(population=19628964, speakers=(3793800, "21.2", 2017), use="widely_used", days=90, run="not_permitted"),
    "KG": dict(population=6745552, speakers=(482200, "8.9", 2009), use="widely_used", days=90, run="permitted"),
    "AM": dict(population=2780469, speakers=(23484, "0.8", 2011), use="widely_used", days=180, run="permitted"),
    "GE": dict(population=3744385, speakers=(45920, "1.2", 2014), use="widely_used", days=360, run="permitted"),
}
FEAR = {  # share of respondents fearing popular discrimination, as the memo words it
    "GE": ("fear_third", "Just under one third of respondents feared popular discrimination (2023).",
           "Чуть меньше трети респондентов опасались дискриминации со стороны населения (2023)."),
    "KZ": ("fear_fifth", "About one fifth of respondents feared popular discrimination (2023).",
           "Около пятой части респондентов опасались дискриминации со стороны населения (2023)."),
    "RS": ("fear_fifth", "About one fifth of respondents feared popular discrimination (2023).",
           "Около пятой части респондентов опасались дискриминации со стороны населения (2023)."),
    "KG": ("fear_fifth", "About one fifth of respondents feared popular discrimination (2023).",
           "Около пятой части респондентов опасались дискриминации со стороны населения (2023)."),
    "TR": ("fear_low", "Significantly fewer respondents feared popular discrimination than in Georgia (2023).",
           "Дискриминации со стороны населения опасались значительно меньше респондентов, чем в Грузии (2023)."),
    "AM": ("fear_low", "Significantly fewer respondents feared popular discrimination than in Georgia (2023).",
           "Дискриминации со стороны населения опасались значительно меньше респондентов, чем в Грузии (2023)."),
}

# rule sources whose date is only a month or a year (see rule_sources.csv)
APPROX_RULE_DATES = {("AZ", ""), ("MN", "2014-11-14"), ("TR", "2012-01-01"), ("TH", "2007-03-24")}

# Passport Index listings in the app's two languages (a baseline rule's note).
LISTING_RU = {"visa required": "нужна виза", "visa on arrival": "виза по прибытии",
              "eta": "электронное разрешение на въезд (ETA)", "e-visa": "электронная виза",
              "visa free": "без визы, срок не указан", "no admission": "въезд не разрешён"}
# A listed number of days N is read strictly: N days per entry and at most N in any 180 days when N is up to
# this, in any 365 days above it (120, 180, 360): a bare number never allows back-to-back visa runs.
BASELINE_WINDOW_MAX = 90

# Route facts whose research status says more than their note does. Keyed by country, position in
# residence_routes_research.json and the start of the note (so that a changed file fails loudly).
ROUTE_STATUS_CORRECTIONS = {
    ("IL", 3, "The 2022 fast-track"): ("info", "only the fast track closed; the normal procedure applies"),
    ("DE", 0, "In 2022 Germany eased"): ("info", "a temporary easing expired; the work route itself did not close"),
    ("ES", 3, "Non-lucrative residence"): ("info", "residence on own means is not an investment route"),
    ("TR", 0, "Since 26 Dec 2022"): ("info", "about short-term (tourist) permits, not work permits"),
    ("TR", 1, "From June 2022 Antalya"): ("info", "about permits in some districts, not work permits"),
    ("CY", 3, "Cyprus Startup Visa"): ("info", "one programme ended; business permits continue"),
    ("LV", 0, "Russian citizens (ex-Latvian"): ("info", "a language test for existing permanent residents"),
    ("LV", 1, "Those who tried but failed"): ("info", "a language test for existing permanent residents"),
    ("LV", 2, "Later amendments extended"): ("info", "a language test for existing permanent residents"),
}

# Money facts whose level the note does not support.
BANK_LEVEL_WITHDRAWN = {"FI": "the note concerns non-residents living in Russia before 2022"}

ECB_CURRENCIES = {"USD", "CZK", "PLN", "TRY", "ILS", "THB", "IDR", "MYR", "BRL", "MXN", "CAD"}
CBA_CURRENCIES = {"GEL", "KZT", "KGS", "UZS", "TJS", "AED", "ARS"}


def read_csv(name):
    with open(SRC / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def source_from(url, date, approx=False):
    if not url:
        return None
    if url.startswith("Field memo"):
        return {"name": MEMO["name"].replace(", Table 1", ""), "url": "", "verified": date, "approx": True}
    host = urlparse(url).netloc or url
    src = {"name": host.removeprefix("www."), "url": url, "verified": date}
    if approx and date:
        src["approx"] = True
    return src


def fact(criterion, kind, source, note_en="", note_ru="", **value):
    f = {"criterion": criterion, "kind": kind, **value, "source": source}
    if note_en:
        f["noteEn"] = note_en
    if note_ru:
        f["noteRu"] = note_ru
    return f


def yearly_rates():
    """LCU per USD, yearly mean of daily rates, for the currencies the rate files cover: {(cur, year): rate}."""
    out = {}
    per = defaultdict(list)
    for row in read_csv("ecb_eurofxref-hist_2020-2024.csv"):
        usd = row["USD"]
        if usd in ("", "N/A"):
            continue
        year = int(row["Date"][:4])
        per[("EUR", year)].append(1 / float(usd))
        for cur in ECB_CURRENCIES - {"USD"}:
            v = row.get(cur, "N/A")
            if v not in ("", "N/A"):
                per[(cur, year)].append(float(v) / float(usd))
    ecb = {k: (statistics.fmean(v), "ecb") for k, v in per.items() if len(v) > 200}
    per = defaultdict(list)
    last_day = {}
    for row in read_csv("cba_amd_per_unit_2020-2023.csv"):
        usd = row["USD"]
        if not usd:
            continue
        year = int(row["date"][:4])
        last_day[year] = max(last_day.get(year, ""), row["date"])
        per[("AMD", year)].append(float(usd))
        for cur in CBA_CURRENCIES:
            v = row.get(cur, "")
            if v:
                per[(cur, year)].append(float(usd) / float(v))
    # a yearly mean needs the whole year: the CBA archive ends on 2023-11-22
    cba = {k: (statistics.fmean(v), "cba") for k, v in per.items()
           if len(v) > 200 and last_day.get(k[1], "") >= f"{k[1]}-12-15"}
    out.update(cba)
    out.update(ecb)
    return out


def price_level(iso2, currency, ppp, rates):
    """World Bank PPP factor / market rate: price level against the US (1.00 = US prices)."""
    years = sorted((y for (c, y) in ppp if c == iso2), reverse=True)
    for year in years:
        if currency == "USD":
            rate = (1.0, "ecb")
        else:
            rate = rates.get((currency, year))
        if rate:
            level = ppp[(iso2, year)] / rate[0]
            bank = ("ECB euro reference rates" if rate[1] == "ecb" else "Central Bank of Armenia rates")
            return round(level, 2), year, bank
    return None


def main():
    countries = {r["destination_iso2"]: r for r in read_csv("visa_for_russian_passport_2025-01-12.csv")}
    population = {}
    for r in read_csv("population-worldbank.csv"):
        population[(r["Country Code"], int(r["Year"]))] = int(float(r["Value"]))
    ppp = {(r["Country ID"], int(r["Year"])): float(r["PPP"]) for r in read_csv("ppp-worldbank.csv") if r["PPP"]}
    rates = yearly_rates()
    rule_sources = {(r["country"], r["valid_from"]): r for r in read_csv("rule_sources.csv")}
    money = json.loads((SRC / "money_safety_research.json").read_text(encoding="utf-8"))
    routes = json.loads((SRC / "residence_routes_research.json").read_text(encoding="utf-8"))
    schengen = {r["iso2"]: r["schengen_from"] for r in read_csv("schengen_members.csv")}

    rules_by_area = defaultdict(list)
    for r in read_csv("entry_rules_ru_passport.csv"):
        src = rule_sources.get((r["country"], r["valid_from"]))
        if src is None:
            sys.exit(f"no source for rule {r['country']} {r['valid_from']}")
        wk = r["window_kind"] or "none"
        rule = {
            "area": r["country"], "passport": "RU",
            "from": r["valid_from"] or None, "to": r["valid_to"] or None,
            "visaFree": r["visa_free"] == "true",
            "perEntryDays": int(r["per_entry_days"]) if r["per_entry_days"] else None,
            "windowDays": int(r["window_n"]) if r["window_n"] else None,
            "windowPeriod": int(r["window_m"]) if r["window_m"] else None,
            "windowKind": wk.upper(),
            "yearCapDays": int(r["year_cap_days"]) if r["year_cap_days"] else None,
            "resetOnExit": {"true": True, "false": False}.get(r["reset_on_exit"]),
            "confidence": r["confidence"],
            "noteEn": src["note_en"], "noteRu": src["note_ru"],
            "source": {"name": src["source_name"], "url": src["url"], "verified": src["verified"] or None,
                       "approx": (r["country"], r["valid_from"]) in APPROX_RULE_DATES},
        }
        for field, column in (("countsDaysBefore", "counts_days_before"), ("keepsRuleAtEntry", "keeps_rule_at_entry")):
            value = {"true": True, "false": False, "": None}[r[column]]
            if value is not None:
                rule[field] = value
        if src["caveat_en"]:
            rule["caveatEn"], rule["caveatRu"] = src["caveat_en"], src["caveat_ru"]
        if r["country"] == "AE" and r["valid_to"] == "2019-02-16":
            rule["visaFree"] = False  # a free visa on arrival is still a visa
        rules_by_area[r["country"]].append(rule)

    destinations = []
    for code in CODES:
        c = countries[code]
        d = {"code": code, "nameEn": NAME_EN.get(code, c["name_en"]), "nameRu": NAME_RU.get(code, c["name_ru"]),
             "currency": c["currency"]}
        if code in schengen:
            d["area"] = "SCHENGEN"
            d["areaFrom"] = schengen[code]
        facts = []
        t1 = TABLE1.get(code)
        if t1:
            facts.append(fact("POPULATION", "amount", MEMO, number=t1["population"]))
            if t1["speakers"]:
                n, share, year = t1["speakers"]
                facts.append(fact("RUSSIAN_SPEAKERS", "speakers", MEMO, count=n, share=share, year=year))
            else:
                facts.append(fact("RUSSIAN_SPEAKERS", "unknown", MEMO, "Not available (n/a) in the memo.",
                                  "В меморандуме нет данных (n/a)."))
            facts.append(fact("RUSSIAN_USE", "level", MEMO, level=t1["use"]))
            facts.append(fact("LISTED_VISA_FREE_DAYS", "amount", MEMO, number=t1["days"]))
            facts.append(fact("LISTED_VISA_RUN", "level", MEMO, level=t1["run"]))
        else:
            pop = max(((y, v) for (i3, y), v in population.items() if i3 == c["destination_iso3"]), default=None)
            if pop:
                facts.append(fact("POPULATION", "amount",
                                  {"name": f"World Bank, population total (SP.POP.TOTL), {pop[0]}",
                                   "url": "https://data.worldbank.org/indicator/SP.POP.TOTL",
                                   "verified": f"{pop[0]}-12-31", "approx": True}, number=pop[1]))
            req = c["requirement"]
            if req.isdigit():
                facts.append(fact("LISTED_VISA_FREE_DAYS", "amount", PASSPORT_INDEX, number=int(req)))
            elif req == "visa free":
                facts.append(fact("LISTED_VISA_FREE_DAYS", "unknown", PASSPORT_INDEX,
                                  "Listed as visa-free without a number of days.",
                                  "Указан как безвизовый, без числа дней."))
            else:
                ru = {"visa required": "нужна виза", "visa on arrival": "виза по прибытии",
                      "eta": "электронное разрешение (ETA)", "e-visa": "электронная виза"}[req]
                facts.append(fact("LISTED_VISA_FREE_DAYS", "amount", PASSPORT_INDEX,
                                  f"Listed as: {req}.", f"Указано: {ru}.", number=0))
        if code in FEAR:
            lvl, en, ru = FEAR[code]
            facts.append(fact("DISCRIMINATION_FEAR", "level", MEMO_FEAR, en, ru, level=lvl))
        pl = price_level(code, c["currency"], ppp, rates)
        if pl:
            level, year, bank = pl
            facts.append(fact("PRICE_LEVEL", "amount",
                              {"name": f"World Bank PPP conversion factor (PA.NUS.PPP) {year} / {bank}, {year} mean",
                               "url": "https://data.worldbank.org/indicator/PA.NUS.PPP",
                               "verified": f"{year}-12-31", "approx": True},
                              f"Prices relative to the United States (1.00), {year}.",
                              f"Уровень цен относительно США (1,00), {year} г.", number=level))
        m = money.get(code, {})
        add_money(facts, m, code)
        d["facts"] = facts
        d["routes"] = [route(code, i, r) for i, r in
                       sorted(enumerate(routes.get(code, [])), key=lambda ir: ir[1].get("source_date") or "")]
        d["rules"] = rules_by_area.get(code) or baseline_rules(code, c["requirement"])
        destinations.append(d)

    # every other country: its researched rules, else a baseline from the Passport Index listing
    other_rules = []
    for code, c in sorted(countries.items()):
        if code in CODES or c["requirement"] == "-1" or code == "XK":
            continue  # a destination above; the passport's own country; Kosovo has no ISO 3166-1 code
        other_rules += rules_by_area.get(code) or baseline_rules(code, c["requirement"])
    for code in sorted(set(rules_by_area) - set(CODES) - set(countries) - {"SCHENGEN"}):
        other_rules += rules_by_area[code]
    members = [{"country": r["iso2"], "area": "SCHENGEN", "from": r["schengen_from"],
                "source": {"name": r["source_name"], "url": r["url"], "verified": r["verified"] or None}}
               for r in read_csv("schengen_members.csv")]
    dataset = {"version": DATASET_VERSION, "released": RELEASED,
               "areaRules": rules_by_area["SCHENGEN"], "areaMembers": members, "rules": other_rules,
               "destinations": destinations}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(dataset, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} with {len(destinations)} destinations")


def baseline_rules(code, req):
    """A rule for a country nobody here researched, read from its Passport Index listing for the RU passport."""
    rule = {"area": code, "passport": "RU", "from": None, "to": None, "visaFree": False,
            "perEntryDays": None, "windowDays": None, "windowPeriod": None, "windowKind": "NONE",
            "yearCapDays": None, "resetOnExit": None, "confidence": "L", "listing": req, "source": PASSPORT_INDEX}
    if req.isdigit():
        n = int(req)
        period = 180 if n <= BASELINE_WINDOW_MAX else 365
        rule.update(visaFree=True, perEntryDays=n, windowDays=n, windowPeriod=period, windowKind="ROLLING")
        rule["noteEn"] = (f"Passport Index (12 Jan 2025) lists {n} days visa-free, without saying how re-entries "
                          f"count: read as {n} days per entry and at most {n} in any {period} days. Not researched.")
        rule["noteRu"] = (f"Passport Index (12 января 2025 г.) указывает {n} дн. без визы, не уточняя, как "
                          f"считаются повторные въезды: здесь — {n} дн. за въезд и не более {n} в любые {period} "
                          f"дней. Не проверено по официальным источникам.")
        return [rule]
    if req == "visa free":
        rule.update(visaFree=True, windowKind="UNKNOWN")
    rule["noteEn"] = f"Passport Index (12 Jan 2025) lists: {req}. Not researched."
    rule["noteRu"] = f"По данным Passport Index (12 января 2025 г.): {LISTING_RU[req]}. Не проверено по официальным источникам."
    return [rule]


def src_of(entry):
    return source_from(entry.get("source"), entry.get("source_date"), entry.get("date_approx", False))


INFERRED = (" (Inferred from the closure of airspace between Russia and this country.)",
            " (Вывод сделан из взаимного закрытия воздушного пространства.)")


def add_money(facts, m, code):
    b = m.get("bank_account")
    if b:
        value = {"yes": "bank_yes", "with_difficulty": "bank_with_difficulty", "no": "bank_no"}.get(b.get("value"))
        if code in BANK_LEVEL_WITHDRAWN:
            value = None
        if value:
            facts.append(fact("BANK_ACCOUNT", "level", src_of(b), b["note_en"], b["note_ru"], level=value))
        else:
            facts.append(fact("BANK_ACCOUNT", "unknown", src_of(b), b["note_en"], b["note_ru"]))
    t = m.get("transfers")
    if t:
        facts.append(fact("TRANSFERS", "text", src_of(t), textEn=t["note_en"], textRu=t["note_ru"]))
    f = m.get("direct_flights")
    if f and f.get("value") in ("yes", "no"):
        en, ru = f["note_en"], f["note_ru"]
        if f.get("inference"):
            en, ru = en + INFERRED[0], ru + INFERRED[1]
        facts.append(fact("DIRECT_FLIGHTS", "level", src_of(f), en, ru, level=f["value"]))
    s = m.get("safety_note")
    if s:
        facts.append(fact("SAFETY_NOTE", "text", src_of(s), textEn=s["note_en"], textRu=s["note_ru"]))
    rent = m.get("costs", {}).get("rent_1br")
    if rent:
        facts.append(fact("RENT", "money", src_of(rent), rent.get("note_en", ""), rent.get("note_ru", ""),
                          number=rent["amount"], currency=rent["currency"]))


def route(code, index, r):
    status = r.get("status", "info")
    for (c, i, prefix), (corrected, _why) in ROUTE_STATUS_CORRECTIONS.items():
        if c == code and i == index:
            if not r["note_en"].startswith(prefix):
                sys.exit(f"route correction {c}[{i}] no longer matches its note: {r['note_en'][:60]}")
            status = corrected
    return {"kind": r["kind"].upper(), "status": status.upper(),
            "noteEn": r["note_en"], "noteRu": r["note_ru"],
            "source": source_from(r["source"], r.get("source_date"), r.get("date_approx", False)) or MEMO}


if __name__ == "__main__":
    main()
