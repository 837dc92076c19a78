"""Writes the two files V95 loads, from the programs as a service migrated to V94 serves them:

- reference-data/programs-revised-6.csv, the credit unit of programs whose page says only "credits";
- reference-data/program-credential-links-3.csv, the CBCS eligibility of medical billing and coding programs.

    python3 src/tools/build_programs_revised_6.py BASE_URL IC2022_CSV

IC2022_CSV is the copy of NCES IPEDS IC2022 (institutional characteristics, 2022-23) at
https://github.com/jdowns4317/cs121fp/blob/0eeb7fbe8b6ef2dbca6aef523ef959cff9593ec8/data/ic2022.csv.

Credit units. A program is taken when it has credits but no duration and no clock hours (which would make its length
ambiguous), its hours text names no unit, its institution's UNITID is known (staged-research/programs-ipeds-7.csv,
HD2022 rows), and the institution reports a semester (CALSYS 1) or a quarter (CALSYS 2) calendar: its credits are then
credits of that calendar, and the service derives months from them at its full-time load. A graduate program is left
out (the service's load is an undergraduate one), and so is a program whose months at that load would fall outside
the length its source publishes as a range: the service would not serve them, and the unit would be cited for nothing.

CBCS eligibility. NHA admits to the Certified Billing and Coding Specialist exam a candidate with a high school diploma
or equivalent who has completed a medical billing and coding training program within the past five years at an
accredited institution or a recognized training provider (its training route; the other is a year of supervised
work). A program's graduates meet that route when the program is a medical billing and coding training program: here,
when its title names both billing (billing, biller) and coding (coding, coder); every such program served is a
college's or on a state's list of eligible training providers. A title naming only one of them, or an introduction to
the subject, is not taken: whether NHA would count it is not known. Programs already linked to the CBCS keep their link
and its reason.
"""
import csv
import json
import re
import sys
import urllib.request

from reference_rows import columns_of, ipeds_rows, served_programs, write

IC2022_COPY = "https://github.com/jdowns4317/cs121fp/blob/0eeb7fbe8b6ef2dbca6aef523ef959cff9593ec8/data/ic2022.csv"
IC2022_TITLE = ("IPEDS IC2022, Institutional characteristics, 2022-23 (NCES): predominant calendar system (CALSYS), "
                "copy in GitHub jdowns4317/cs121fp")
IC2022_PUBLISHER = "https://nces.ed.gov/ipeds/datacenter/data/IC2022.zip"
CALENDARS = {"1": ("semester_credits", "Semester"), "2": ("quarter_credits", "Quarter")}
GRADUATE = re.compile(r"^(MS|MA|MBA)\b|master", re.IGNORECASE)
MONTHS_PER_CREDIT = {"semester_credits": 4 / 15, "quarter_credits": 3 / 15}
PUBLISHED_RANGE = re.compile(r"(\d+)\s*(weeks?|months?|years?)?\s*(?:-|to)\s*(\d+)\s*(weeks?|months?|years?)")

BILLING = re.compile(r"\bbill(ing|er)\b", re.IGNORECASE)
CODING = re.compile(r"\bcod(ing|er)\b", re.IGNORECASE)
INTRODUCTION = re.compile(r"\bintroduction\b", re.IGNORECASE)
CBCS_RULE_SOURCE = {
    "source_url": "https://alliedhealthexam.com/study-guides/certified-billing-and-coding-specialist-cbcs",
    "source_title": "Introduction to the CBCS Credential (alliedhealthexam.com)",
    "source_kind": "aggregator",
    "publisher_url": "https://www.nhanow.com",
    "as_of": "",
}


def in_months(amount, unit):
    return amount / 4.33 if unit.startswith("week") else amount * 12 if unit.startswith("year") else amount


def within_published_range(months, duration_text):
    found = PUBLISHED_RANGE.search(duration_text.lower())
    if not found:
        return True
    lower = in_months(float(found.group(1)), found.group(2) or found.group(4))
    upper = in_months(float(found.group(3)), found.group(4))
    return lower - 0.5 <= round(months) <= upper + 0.5


def calendars(path):
    with open(path, newline="", encoding="latin-1") as ic2022:
        return {row["UNITID"]: row["CALSYS"] for row in csv.DictReader(ic2022)}


def served_source(base, program_id):
    """The first source the program cites: the page its credits come from."""
    with urllib.request.urlopen(f"{base}/v1/programs/{program_id}") as response:
        return json.load(response)["sources"][0]


def unit_rows(base, programs, calsys, columns):
    ids = {program_id: row["unitid"] for program_id, row in ipeds_rows("HD2022").items()}
    rows = []
    for program in programs:
        hours = program["hoursText"].lower()
        if (not program["creditHours"] or program["clockHours"] or program["durationMonths"] or "semester" in hours
                or "quarter" in hours or GRADUATE.search(program["name"]) or program["id"] not in ids):
            continue
        unit_id = ids[program["id"]]
        calendar = CALENDARS.get(calsys.get(unit_id))
        if calendar is None or not within_published_range(
                float(program["creditHours"]) * MONTHS_PER_CREDIT[calendar[0]], program["durationText"]):
            continue
        source = served_source(base, program["id"])
        row = dict.fromkeys(columns, "")
        row.update({
            "mode": "correct", "program_key": "R6-" + program["id"], "institution": program["institution"],
            "state": program["state"], "program_name": program["name"], "credits": program["creditHours"],
            "credit_unit": calendar[0], "source_url": source["url"], "as_of": source["asOf"] or "",
            "source_title": source["title"], "source_kind": source["kind"], "publisher_url": source["originalUrl"] or "",
            "notes": (f"Credit unit: the page gives {program['hoursText']!r}; the institution (IPEDS UNITID "
                      f"{unit_id}) reports a {calendar[1].lower()} calendar in IPEDS IC2022 "
                      f"(CALSYS={calsys[unit_id]}, {calendar[1]}), so these are {calendar[0].replace('_', ' ')}."),
            "fields": "creditHours", "unit_url": IC2022_COPY, "unit_title": IC2022_TITLE, "unit_as_of": "2022-23",
            "unit_kind": "mirror", "unit_publisher_url": IC2022_PUBLISHER,
        })
        rows.append(row)
    return rows


def cbcs_rows(programs):
    rows = []
    for program in programs:
        name = program["name"]
        linked = program["credentialLinks.code"].split("; ") if program["credentialLinks.code"] else []
        if not (BILLING.search(name) and CODING.search(name)) or INTRODUCTION.search(name) or "cbcs" in linked:
            continue
        rows.append({
            "action": "link", "institution": program["institution"], "program_name": name, "credential": "CBCS",
            "reason": "eligibility",
            "evidence": (f"derived, not stated by the program: NHA's training route to the CBCS asks for a high school "
                         f"diploma or equivalent and a medical billing and coding training program, completed within "
                         f"the past five years at an accredited institution or a recognized training provider; this "
                         f"program's title, '{' '.join(name.split())}', names medical billing and coding, and its "
                         f"source is its institution's own page or catalog, or a state's list of eligible training "
                         f"providers"),
            **CBCS_RULE_SOURCE,
        })
    return rows


def main(base, ic2022_csv):
    programs = served_programs(base)
    unit_columns = columns_of("programs-revised-5.csv", ["unit_kind", "unit_publisher_url"])
    write("programs-revised-6.csv", unit_columns, unit_rows(base, programs, calendars(ic2022_csv), unit_columns))
    write("program-credential-links-3.csv", columns_of("program-credential-links-2.csv"), cbcs_rows(programs))


if __name__ == "__main__":
    main(*sys.argv[1:3])
