#!/usr/bin/env python3
"""Builds the app's shipped dataset (destinations.json) from the files in sources/.

Run from this folder:  python3 build_destinations.py
Every value written carries its source and the date the source states it for ("verified").
Nothing is estimated: a value the sources do not give is left out, and the app shows it as unknown.
See sources/SOURCES.md for where each input file comes from.
"""
import csv
import json
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
OUT = HERE.parent / "main" / "resources" / "org" / "relocationplanner" / "data" / "destinations.json"

DATASET_VERSION = 6
RELEASED = "2026-12-05"

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


# Pages the research cites that are not the original publisher: the note says so, so the user weighs them.
WEAK_SOURCES = [
    (r"news-pravda\.com", "The cited page is from the 'Pravda' network of sites, which republishes Russian state "
                          "media; check the original before relying on it.",
     "Страница из сети сайтов «Правда», перепечатывающей российские государственные СМИ; проверьте первоисточник."),
    (r"datasetsearch\.research\.google\.com", "The cited page is a search page, not the data itself.",
     "Указана страница поиска, а не сами данные."),
    (r"(fanyv88\.com|appspot\.com|cloudfront\.net|rcqatol\.com|76hw\.com|clateway\.com|wikious\.com|ru24\.net|"
     r"ria24\.today|naslovi\.net)", "The cited page is a copy or aggregator whose publisher is not named; check the "
                                    "original before relying on it.",
     "Указанная страница — копия или агрегатор без названного издателя; проверьте первоисточник."),
]


def mark_weak_source(f):
    url = (f.get("source") or {}).get("url") or ""
    for pattern, en, ru in WEAK_SOURCES:
        if re.search(r"^https?://([^/]*\.)?" + pattern + r"(/|$)", url):
            f["noteEn"] = (f.get("noteEn", "") + " " + en).strip()
            f["noteRu"] = (f.get("noteRu", "") + " " + ru).strip()
            return


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
    money = json.loads((SRC / "money_safety_research.json").read_text(encoding="utf-8"))
    routes = json.loads((SRC / "residence_routes_research.json").read_text(encoding="utf-8"))
    schengen = {r["iso2"]: r["schengen_from"] for r in read_csv("schengen_members.csv")}
    research = json.loads((SRC / "compare_research_2026-12.json").read_text(encoding="utf-8"))
    cases = defaultdict(list)
    for r in read_csv("handover_cases.csv"):
        cases[r["country"]].append(r)
    fees = {r["country"]: r for r in read_csv("residence_fees.csv")}
    rub_rates = newest_rub_rates()

    rules_by_area = defaultdict(list)
    for rules_file, sources_file, passport in (("entry_rules_ru_passport.csv", "rule_sources.csv", "RU"),
                                               ("entry_rules_by_passport.csv", "rule_sources_by_passport.csv", "BY")):
        for area, rule in researched_rules(rules_file, sources_file, passport):
            rules_by_area[area].append(rule)

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
        add_research(facts, research.get(code, {}), code, code in TABLE1)
        facts.append(handover_fact(code, research.get(code, {}), cases.get(code, [])))
        facts.append(residence_fee_fact(code, fees.get(code), rub_rates))
        for f in facts:
            mark_weak_source(f)
            if f.get("alternative"):
                mark_weak_source(f["alternative"])
        d["facts"] = facts
        d["routes"] = [route(code, i, r) for i, r in
                       sorted(enumerate(routes.get(code, [])), key=lambda ir: ir[1].get("source_date") or "")]
        d["rules"] = with_ru_baseline(rules_by_area.get(code, []), code, c["requirement"])
        destinations.append(d)

    # every other country: its researched rules, else a baseline from the Passport Index listing
    other_rules = []
    for code, c in sorted(countries.items()):
        if code in CODES or code == "XK":
            continue  # a destination above; Kosovo has no ISO 3166-1 code
        if c["requirement"] == "-1":
            other_rules += rules_by_area.get(code, [])  # Russia: other passports' rules only
            continue
        other_rules += with_ru_baseline(rules_by_area.get(code, []), code, c["requirement"])
    for code in sorted(set(rules_by_area) - set(CODES) - set(countries) - {"SCHENGEN"}):
        other_rules += rules_by_area[code]
    members = [{"country": r["iso2"], "area": "SCHENGEN", "from": r["schengen_from"],
                "source": {"name": r["source_name"], "url": r["url"], "verified": r["verified"] or None}}
               for r in read_csv("schengen_members.csv")]
    dataset = {"version": DATASET_VERSION, "released": RELEASED,
               "areaRules": rules_by_area["SCHENGEN"], "areaMembers": members, "rules": other_rules,
               "baseline": {"source": PASSPORT_INDEX, "windowMax": BASELINE_WINDOW_MAX,
                            "listings": baseline_listings()},
               "destinations": destinations}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(dataset, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} with {len(destinations)} destinations")


def researched_rules(rules_file, sources_file, passport):
    """(area, rule) for each researched rule of one passport, with its source, note and caveat."""
    rule_sources = {(r["country"], r["valid_from"]): r for r in read_csv(sources_file)}
    out = []
    for r in read_csv(rules_file):
        src = rule_sources.get((r["country"], r["valid_from"]))
        if src is None:
            sys.exit(f"no source for rule {passport} {r['country']} {r['valid_from']}")
        wk = r["window_kind"] or "none"
        rule = {
            "area": r["country"], "passport": passport,
            "from": r["valid_from"] or None, "to": r["valid_to"] or None,
            "visaFree": r["visa_free"] == "true",
            "perEntryDays": int(r["per_entry_days"]) if r["per_entry_days"] else None,
            "windowDays": int(r["window_n"]) if r["window_n"] else None,
            "windowPeriod": int(r["window_m"]) if r["window_m"] else None,
            "windowKind": wk.upper(),
            "yearCapDays": int(r["year_cap_days"]) if r["year_cap_days"] else None,
            "resetOnExit": {"true": True, "false": False, "unknown": None, "": None}[r["reset_on_exit"]],
            "confidence": r["confidence"],
            "noteEn": src["note_en"], "noteRu": src["note_ru"],
            "source": {"name": src["source_name"], "url": src["url"], "verified": src["verified"] or None,
                       "approx": passport == "RU" and (r["country"], r["valid_from"]) in APPROX_RULE_DATES},
        }
        for field, column in (("countsDaysBefore", "counts_days_before"), ("keepsRuleAtEntry", "keeps_rule_at_entry")):
            value = {"true": True, "false": False, "": None}[r[column]]
            if value is not None:
                rule[field] = value
        if src["caveat_en"]:
            rule["caveatEn"], rule["caveatRu"] = src["caveat_en"], src["caveat_ru"]
        if passport == "RU" and r["country"] == "AE" and r["valid_to"] == "2019-02-16":
            rule["visaFree"] = False  # a free visa on arrival is still a visa
        out.append((r["country"], rule))
    return out


def baseline_listings():
    """
    Every passport's Passport Index listing (12 January 2025) of every destination, compact: per passport one
    string "AD:v,AE:90,..." (v visa required, e e-visa, a visa on arrival, t eta, f visa free, x no admission, a
    number: visa-free days; the passport's own country left out). The app reads a rule from it, at confidence L,
    wherever no researched rule exists for that passport.
    """
    code = {"visa required": "v", "e-visa": "e", "visa on arrival": "a", "eta": "t", "visa free": "f",
            "no admission": "x"}
    by_passport = defaultdict(list)
    for r in read_csv("passport-index-tidy-iso2_2025-01-12.csv"):
        req = r["Requirement"]
        if req == "-1" or r["Destination"] == "XK" or r["Passport"] == "XK":
            continue  # own country; Kosovo has no ISO 3166-1 code
        by_passport[r["Passport"] or "NA"].append((r["Destination"] or "NA") + ":" + (req if req.isdigit() else code[req]))
    return {p: ",".join(sorted(v)) for p, v in sorted(by_passport.items())}


def with_ru_baseline(rules, code, req):
    """The researched rules of an area, and the RU passport's baseline there when none of them is for RU."""
    return rules + ([] if any(r["passport"] == "RU" for r in rules) else baseline_rules(code, req))


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


# ---------------------------------------------------------------------------------------------------------------
# The research of December 2026 (issue 19): compare_research_2026-12.json, handover_cases.csv, residence_fees.csv
# ---------------------------------------------------------------------------------------------------------------

# Rent: which countries' research figure is the monthly rent of one flat in the capital (a one-bedroom, a studio or
# an average flat, as its note says); the others found only a price per m2, a range or a figure for the whole
# country, which the note tells instead of a value. "old": the flat price of the November 2026 research stays.
# Thailand's research figure is a luxury condo (the same source gives 20,000 THB near a BTS station without saying
# its size): said in the note, not shown as the rent.
RENT_FROM_RESEARCH = {"UZ", "VN", "AR", "US", "CA", "CY", "FI", "FR", "PL", "CZ", "MX", "MY", "KZ", "AZ", "TR",
                      "IL", "PT", "ES", "NL"}
RENT_KEPT = {"GE", "AM", "RS"}

# The handover-risk rule (README, "How the score works"): each level names the facts that gave it.
HANDOVER_WHY_EN = {
    "handover_political": "a documented handover to Russia since 24 February 2022 of someone prosecuted for "
                          "political reasons, desertion or evading mobilisation",
    "seized": "a documented seizure on its soil by Russian officials of someone wanted by Russia, taken to Russia",
    "cis_detained": "party to the CIS legal-assistance conventions, with a documented detention of such a person on a "
                    "Russian request",
    "cis": "party to the CIS legal-assistance conventions with Russia",
    "treaty": "a bilateral extradition treaty with Russia in force",
    "european": "party with Russia to the European Convention on Extradition (1957), which Russia has not denounced",
    "cases": "documented cases since 2022: handovers on criminal charges, detentions or extradition requests decided "
             "on Russian requests, or deportations to Russia",
}
HANDOVER_WHY_RU = {
    "handover_political": "после 24 февраля 2022 г. задокументирована выдача России человека, которого преследуют "
                          "по политическим мотивам, за дезертирство или уклонение от мобилизации",
    "seized": "задокументирован захват на её территории российскими силовиками разыскиваемого Россией человека и "
              "его вывоз в Россию",
    "cis_detained": "участница конвенций СНГ о правовой помощи, задокументировано задержание такого человека по "
                    "запросу России",
    "cis": "участница конвенций СНГ о правовой помощи вместе с Россией",
    "treaty": "действует двусторонний договор о выдаче с Россией",
    "european": "вместе с Россией участвует в Европейской конвенции о выдаче (1957), которую Россия не денонсировала",
    "cases": "задокументированные с 2022 г. случаи: выдачи по уголовным делам, задержания или решения по запросам "
             "России о выдаче, депортации в Россию",
}
RESEARCH_AS_OF = "2026-12-04"
HANDOVER_LEVEL_EN = {"handover_high": "High", "handover_medium": "Medium", "handover_low": "Low"}
HANDOVER_LEVEL_RU = {"handover_high": "Высокий", "handover_medium": "Средний", "handover_low": "Низкий"}
CASE_KINDS_EN = {"handover_political": "handed over to Russia", "seized": "seized by Russian officials and taken to "
                 "Russia (not a decision of the country)", "handover_other": "handed over to Russia (criminal "
                 "charges)", "deported_asylum": "deported to Russia after asylum was refused (not on a Russian "
                 "request)", "detained_political": "detained on a Russian request", "detained_other": "detained on a "
                 "Russian request (criminal charges)", "expelled_political": "expelled (destination not stated)",
                 "refused": "handover to Russia refused"}
CASE_KINDS_RU = {"handover_political": "выдан России", "seized": "захвачен российскими силовиками и вывезен в Россию "
                 "(не решение страны)", "handover_other": "выдан России (уголовное обвинение)",
                 "deported_asylum": "депортирован в Россию после отказа в убежище (не по запросу России)",
                 "detained_political": "задержан по запросу России", "detained_other": "задержан по запросу России "
                 "(уголовное обвинение)", "expelled_political": "выслан (куда — не сказано)",
                 "refused": "в выдаче России отказано"}


def research_source(entry):
    """The source of a research entry: its URL (or document name) and the date it states."""
    url = entry.get("source") or ""
    if url.startswith("http") and " " in url:
        url = url.split(" ", 1)[0]  # the research sometimes comments on the page after its address
    date = entry.get("source_date")
    src = source_from(url, date, entry.get("date_approx", False)) if url else None
    if src and not url.startswith("http"):
        src = {"name": url, "url": "", "verified": date, "approx": bool(entry.get("date_approx"))}
    return src


def replace_fact(facts, new):
    facts[:] = [f for f in facts if f["criterion"] != new["criterion"]] + [new]


def find_fact(facts, criterion):
    return next((f for f in facts if f["criterion"] == criterion), None)


def speakers_fact(entry):
    count, share = entry.get("count"), entry.get("share_percent")
    if count is None and share is None:
        return None
    value = {"kind": "speakers", "year": entry.get("year")}
    if count is not None:
        value["count"] = count
    if share is not None:
        value["share"] = str(share)
    if value["year"] is None:
        return None
    return fact("RUSSIAN_SPEAKERS", "speakers", research_source(entry), entry.get("note_en", ""),
                entry.get("note_ru", ""), **{k: v for k, v in value.items() if k != "kind"})


def entries(x):
    """A research field as a list of entries: a field that found several values holds a list, the first the main."""
    return x if isinstance(x, list) else [x] if x else []


def add_research(facts, r, code, table1):
    """The December 2026 research: newer values replace older ones; Table 1 of the memo stays as given there, and a
    differing research value is kept beside it as a second source."""
    flat = {}
    for k, v in r.items():
        if isinstance(v, list) and v and k != "residence_routes":
            # several values found: the first is the main one, the others are what other sources say; for speakers the
            # most confident source is the main one (Cyprus: a census, not an interested ambassador's estimate)
            if k == "russian_speakers":
                v = sorted(v, key=lambda e: "HML".find(e.get("confidence") or "L"))
            flat[k] = dict(v[0], conflicting_values=v[0].get("conflicting_values", []) + v[1:])
        else:
            flat[k] = v
    r = flat
    use = dict(r.get("russian_use") or {})
    euro = eurobarometer_share(r.get("russian_speakers"))
    if euro is not None and use.get("value") in ("widely_used", "can_be_used", "not_used"):
        by_rule = "widely_used" if euro >= 30 else "can_be_used" if euro >= 2 else "not_used"
        if by_rule != use["value"]:
            words_en = {"widely_used": "widely used", "can_be_used": "can be used", "not_used": "not used"}
            words_ru = {"widely_used": "широко используется", "can_be_used": "можно использовать",
                        "not_used": "не используется"}
            use["note_en"] = (use.get("note_en", "") + f" Special Eurobarometer 540 (autumn 2023): {euro:g}% can hold a "
                              f"conversation in Russian; by the rule used for every EU country (30% or more = widely "
                              f"used, 2-30% = can be used, under 2% = not used) this is '{words_en[by_rule]}'.")
            use["note_ru"] = (use.get("note_ru", "") + f" Специальный Евробарометр 540 (осень 2023): вести разговор "
                              f"по-русски могут {euro:g}%; по правилу для всех стран ЕС (30% и больше — широко "
                              f"используется, 2–30% — можно использовать, меньше 2% — не используется) это "
                              f"«{words_ru[by_rule]}».")
            use["value"] = by_rule
    if use.get("value") in ("widely_used", "can_be_used", "not_used"):
        new = fact("RUSSIAN_USE", "level", research_source(use), use.get("note_en", ""), use.get("note_ru", ""),
                   level=use["value"])
        old = find_fact(facts, "RUSSIAN_USE")
        if table1 and old:
            if old.get("level") != use["value"]:
                old["alternative"] = new
        else:
            replace_fact(facts, new)
    sp = r.get("russian_speakers") or {}
    new = speakers_fact(sp)
    if new:
        old = find_fact(facts, "RUSSIAN_SPEAKERS")
        if table1 and old:
            if [old.get(k) for k in ("count", "share", "year")] != [new.get(k) for k in ("count", "share", "year")]:
                old["alternative"] = new
        else:
            for other in sp.get("conflicting_values") or []:
                alt = speakers_fact(other)
                if alt:
                    new["alternative"] = alt
                    break
            replace_fact(facts, new)
    bank = r.get("bank_account") or {}
    if bank.get("value") in ("yes", "with_difficulty", "no"):
        replace_fact(facts, fact("BANK_ACCOUNT", "level", research_source(bank), bank.get("note_en", ""),
                                 bank.get("note_ru", ""), level="bank_" + bank["value"]))
    for key, criterion in (("transfers", "TRANSFERS"), ("safety_note", "SAFETY_NOTE")):
        e = r.get(key) or {}
        if e.get("note_en") and e.get("source"):
            replace_fact(facts, fact(criterion, "text", research_source(e), textEn=e["note_en"], textRu=e["note_ru"]))
    rent = r.get("rent_1br") or {}
    if isinstance(rent, list):
        rent = rent[0] if rent else {}
    if code in RENT_FROM_RESEARCH and rent.get("amount") is not None:
        unit_en = f" ({rent.get('unit')})" if rent.get("unit") else ""
        replace_fact(facts, fact("RENT", "money", research_source(rent), rent.get("note_en", "") or unit_en.strip(" ()"),
                                 rent.get("note_ru", ""), number=rent["amount"], currency=rent["currency"]))
    elif code not in RENT_KEPT and (rent.get("note_en") or rent.get("unit")):
        # what was found is not the rent of one flat (a price per m2, a range, a national figure): said, not shown
        note_en = rent.get("note_en") or f"Found only: {rent.get('unit')}."
        note_ru = rent.get("note_ru") or ""
        src = research_source(rent)
        replace_fact(facts, fact("RENT", "unknown", src, "No representative monthly rent of one flat in the capital was found. "
                                 + note_en, "Представительной месячной аренды одной квартиры в столице не найдено. " + note_ru))


def eurobarometer_share(speakers):
    """The share of people who can hold a conversation in Russian by Special Eurobarometer 540, where researched."""
    for e in speakers if isinstance(speakers, list) else [speakers] if speakers else []:
        if "Eurobarometer" in (e.get("note_en") or "") and e.get("share_percent") is not None:
            return float(e["share_percent"])
    return None


def treaty_said(treaty, lang):
    """A treaty in force by its name; otherwise the finding, with what the research says of the treaty it names."""
    name = treaty.get("name")
    words = {"en": ("in force", "none in force", "not established"), "ru": ("действует", "действующего нет",
                                                                          "не установлено")}[lang]
    if treaty.get("value") is True:
        return (f"{name} — " if name else "") + words[0] + "."
    said = words[1] if treaty.get("value") is False else words[2]
    note = (treaty.get("note_" + lang) or "").split(". ")[0].rstrip(".")
    return said + (f" ({name}: {note})." if name and note else f" ({name})." if name else ".")


def case_date(c, lang):
    """A case's date as the source gives it: a year alone, or "about" a day, where the research marks it approximate."""
    date = c["date"]
    if not date:
        return "date not stated" if lang == "en" else "дата не указана"
    if c.get("date_approx") == "true":
        if date.endswith("-01-01"):
            return date[:4] + ("" if lang == "en" else " г.")
        return ("about " if lang == "en" else "около ") + date
    return date


def handover_fact(code, r, cases):
    """Whether the country hands Russians over to Russia, by the documented rule above, with every fact behind it."""
    h = entries(r.get("handover"))[0] if r.get("handover") else {}
    h = {k: (entries(v)[0] if isinstance(v, list) and k != "cases" else v) for k, v in h.items()}
    minsk = (h.get("minsk_1993") or {}).get("value")
    chisinau = (h.get("chisinau_2002") or {}).get("value")
    treaty = h.get("bilateral_extradition_treaty") or {}
    european = (h.get("european_convention") or {}).get("value")
    kinds = {c["kind"] for c in cases}
    cis = bool(minsk) or bool(chisinau)
    why = []
    if "handover_political" in kinds:
        why.append("handover_political")
    if "seized" in kinds:
        why.append("seized")
    if cis and "detained_political" in kinds:
        why.append("cis_detained")
    if why:
        level = "handover_high"
    else:
        if cis:
            why.append("cis")
        if treaty.get("value") is True:
            why.append("treaty")
        if european is True:
            why.append("european")
        if kinds & {"handover_other", "deported_asylum", "detained_political", "detained_other", "expelled_political",
                    "refused"}:
            why.append("cases")
        if why:
            level = "handover_medium"
        elif treaty.get("value") is False and minsk is False and chisinau is False and european is False:
            level = "handover_low"
        else:
            level = None

    def yes_no(v, en):
        return ("yes" if v else "no" if v is False else "not found") if en else ("да" if v else "нет" if v is False
                                                                               else "не найдено")
    en = [f"CIS conventions on legal assistance: Minsk 1993 {yes_no(minsk, True)}, Chisinau 2002 "
          f"{yes_no(chisinau, True)}.",
          "Bilateral extradition treaty with Russia: " + treaty_said(treaty, "en"),
          f"European Convention on Extradition (1957) with Russia: {yes_no(european, True)}."]
    ru = [f"Конвенции СНГ о правовой помощи: Минская 1993 г. — {yes_no(minsk, False)}, Кишинёвская 2002 г. — "
          f"{yes_no(chisinau, False)}.",
          "Двусторонний договор о выдаче с Россией: " + treaty_said(treaty, "ru"),
          f"Европейская конвенция о выдаче (1957) с Россией: {yes_no(european, False)}."]
    interpol = r["handover"][0].get("interpol") if isinstance(r.get("handover"), list) else (
        (r.get("handover") or {}).get("interpol"))
    interpol = entries(interpol)[0] if isinstance(interpol, list) else interpol
    if interpol and interpol.get("note_en"):
        # how the country treats Russian Interpol notices and wanted lists, in its own words or, where nothing about
        # the country was found, Interpol's own measure on Russia since March 2022
        said = [interpol]
        if not interpol.get("source") and interpol.get("general"):
            said.append(interpol["general"][0])
        def cited(i):
            found = [(i.get(k), i.get(k + "_date")) for k in ("source", "source_2", "source_3") if i.get(k)]
            return "; ".join(f"{u}, {d}" if d else u for u, d in found)
        en.append("Interpol notices: " + " ".join(i["note_en"] + (f" ({cited(i)})" if cited(i) else "") for i in said))
        ru.append("Розыск через Интерпол: " + " ".join(i["note_ru"] + (f" ({cited(i)})" if cited(i) else "")
                                                      for i in said))
    for c in sorted(cases, key=lambda c: c["date"] or "9999"):
        en.append(f"{case_date(c, 'en')}: {c['who_en']} — {CASE_KINDS_EN[c['kind']]}. {c['note_en']} ({c['source']})")
        ru.append(f"{case_date(c, 'ru')}: {c['who_ru']} — {CASE_KINDS_RU[c['kind']]}. {c['note_ru']} ({c['source']})")
    if not cases:
        en.append("No detention or handover of a Russian on a Russian request since 2022 was found.")
        ru.append("Задержаний или выдач россиян по запросам России с 2022 г. не найдено.")
    if level == "handover_low":
        en.insert(0, "Low: no CIS convention, extradition treaty or European Convention links it with Russia, and no "
                     "case was found.")
        ru.insert(0, "Низкий: ни конвенции СНГ, ни договор о выдаче, ни Европейская конвенция не связывают её с "
                     "Россией, случаев не найдено.")
    elif level:
        en.insert(0, HANDOVER_LEVEL_EN[level] + ": " + "; ".join(HANDOVER_WHY_EN[w] for w in why) + ".")
        ru.insert(0, HANDOVER_LEVEL_RU[level] + ": " + "; ".join(HANDOVER_WHY_RU[w] for w in why) + ".")
    else:
        en.insert(0, "Not known: no case is on record, and whether a treaty allows extradition to Russia is not "
                     "established.")
        ru.insert(0, "Неизвестно: случаев не найдено, и не установлено, позволяет ли договор выдачу России.")
    dated = [c for c in cases if c["source"] and c["source_date"]]
    newest = max(dated, key=lambda c: c["source_date"]) if dated else None
    # the newest case's report; where no case was found, the research itself (every finding's page is in the note)
    src = research_source(newest) if newest else {"name": "Desk research for this project, December 2026 (each "
                                                          "finding's page is in the note)", "url": "",
                                                  "verified": RESEARCH_AS_OF, "approx": False}
    if level:
        return fact("HANDOVER_RISK", "level", src, " ".join(en), " ".join(ru), level=level)
    return fact("HANDOVER_RISK", "unknown", src, " ".join(en), " ".join(ru))


def newest_rub_rates():
    """Rubles per unit of every currency on the newest day of the market-rate file: (date, {currency: rate})."""
    per_day = defaultdict(dict)
    with open(HERE / "rates" / "rub_fawazahmed0_2024-03-02_2026-09-29.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            per_day[row["date"]][row["currency"]] = float(row["RUB_per_1_unit"])
    day = max(per_day)
    return day, per_day[day]


def residence_fee_fact(code, fee, rub_rates):
    """The lowest stated fee for a first residence permit, in rubles at the newest market rate, the fee in its own
    currency with its route and time in the note; unknown where no fee is stated."""
    if fee is None:
        return fact("RESIDENCE_FEE", "unknown", None)
    day, rates = rub_rates
    amount = float(fee["amount"])
    rate = rates.get(fee["currency"])
    if rate is None:
        sys.exit(f"no market rate for {fee['currency']} on {day}")
    rub = round(amount * rate)
    time_en = f" Time: {fee['time_en']}." if fee["time_en"] else ""
    time_ru = f" Срок: {fee['time_ru']}." if fee["time_ru"] else ""
    shown = f"{amount:,.2f}".rstrip("0").rstrip(".")
    note_en = (f"{shown} {fee['currency']}: {fee['what_en']} (route: {fee['route'].replace('_', ' ')}).{time_en} "
               f"In rubles at the market rate of {day} (fawazahmed0 currency API; not the Central Bank of Russia's).")
    note_ru = (f"{shown.replace(',', ' ')} {fee['currency']}: {fee['what_ru']}.{time_ru} В рублях по рыночному курсу "
               f"на {day} (fawazahmed0 currency API; не курс ЦБ РФ).")
    src = research_source({"source": fee["source"], "source_date": fee["source_date"] or None})
    f = fact("RESIDENCE_FEE", "money", src, note_en, note_ru, number=rub, currency="RUB")
    if fee["alt_amount"]:
        alt_rub = round(float(fee["alt_amount"]) * rate)
        alt_shown = f"{float(fee['alt_amount']):,.0f}"
        f["alternative"] = fact("RESIDENCE_FEE", "money", research_source(
            {"source": fee["alt_source"], "source_date": fee["alt_source_date"] or None}),
            f"{alt_shown} {fee['currency']} by another source; in rubles at the market rate of {day}.",
            f"{alt_shown.replace(',', ' ')} {fee['currency']} по другому источнику; в рублях по рыночному курсу на "
            f"{day}.", number=alt_rub, currency="RUB")
    return f


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
