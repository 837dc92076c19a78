"""Writes reference-data/programs-revised-8.csv: costs from a year's full-time tuition, for programs whose length is
known in academic years, at institutions whose charges the seventh pass read in NCES IPEDS IC2022_AY.

    python3 src/tools/build_programs_revised_8.py BASE_URL

BASE_URL is the service (of a database migrated to V96), whose programs are read as it serves them; the charges are
those staged in staged-research/programs-ipeds-7.csv (its IC2022_AY rows).

The cost is the in-district tuition a full-time undergraduate pays in a year (TUITION1, 2022-23) times the program's
academic years at full time. The years are:
- the program's published length in years (a "two-year program"), where its duration is published in whole years;
- or its semester or quarter credits at a full-time year's load (30 or 45), for a program of at least a year's
  credits at an institution that charges full-time students a flat amount (TUITION1 is not 24 or 30 credits at its
  per-credit charge): there, credits x the per-credit charge (V94) would overstate what a full-time student pays.
Left out: graduate programs and those that end in a graduate degree (TUITION1 is an undergraduate's), a length whose years are not the program's alone (a
"2+2" bachelor's), and a length derived from a range or from credits at a per-credit institution. Required fees
(FEE1) are not in the cost; the cost notes give them.
"""
import json
import re
import sys

from reference_rows import columns_of, ipeds_rows, served_programs, write

AY_TITLE = ("IPEDS IC2022_AY, Student charges for academic year programs, 2022-23 (NCES), copy in GitHub "
            "jdowns4317/cs121fp")
CREDITS_A_YEAR = {"semester credits": 30, "quarter credits": 45}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4}
YEARS = re.compile(r"\b(one|two|three|four|[1-4])[- ]years?\b", re.IGNORECASE)
NOT_THE_PROGRAMS_ALONE = re.compile(r"2\s*\+\s*2", re.IGNORECASE)
GRADUATE = re.compile(r"^(MS|MA|MBA)\b|/MS\b|master", re.IGNORECASE)


def published_years(program):
    """Whole years of a length published in years, or None."""
    text = program["durationText"]
    found = YEARS.search(text)
    if (program["durationBasis.method"] != "published" or not found or NOT_THE_PROGRAMS_ALONE.search(text)
            or int(program["durationMonths"]) % 12):
        return None
    years = WORDS.get(found.group(1).lower()) or int(found.group(1))
    return years if years * 12 == int(program["durationMonths"]) else None


def flat_rate_credits(program, columns):
    """The credits and unit of a program of at least a year at an institution that charges full time a flat amount."""
    unit = next((name for name in CREDITS_A_YEAR if name in program["hoursText"]), None)
    if unit is None or not program["creditHours"] or float(program["creditHours"]) < CREDITS_A_YEAR[unit]:
        return None
    tuition, rate = int(columns["TUITION1"]), int(columns["HRCHG1"])
    return None if tuition / rate in (24, 30) else (program["creditHours"], unit.replace(" ", "_"))


def main(base):
    columns = columns_of("programs-revised-7.csv", ["tuition_per_year_usd", "academic_years_published"])
    staged = ipeds_rows("IC2022_AY")
    rows = []
    for program in served_programs(base):
        ay = staged.get(program["id"])
        if program["cost.amount"] or ay is None or GRADUATE.search(program["name"]):
            continue
        charged = json.loads(ay["columns"])
        years = published_years(program)
        credits = None if years else flat_rate_credits(program, charged)
        if years is None and credits is None:
            continue
        row = dict.fromkeys(columns, "")
        row.update({
            "mode": "fill", "program_key": "R8-" + program["id"], "institution": program["institution"],
            "state": program["state"], "program_name": program["name"],
            "duration_text": program["durationText"] if years else "",
            "academic_years_published": str(years) if years else "",
            "credits": credits[0] if credits else "", "credit_unit": credits[1] if credits else "",
            "tuition_per_year_usd": charged["TUITION1"], "tuition_residency": "in-district (IPEDS TUITION1)",
            "tuition_as_of": "2022-23",
            "cost_covers": (f"tuition of a full-time in-district undergraduate (IPEDS TUITION1); required fees of "
                            f"${charged['FEE1']} a year (FEE1) not in it"),
            "source_url": ay["copy_url"], "source_title": AY_TITLE, "source_kind": "mirror",
            "publisher_url": ay["publisher_url"], "as_of": "2022-23",
            "notes": (f"Cost from a year's tuition: IPEDS UNITID {ay['unitid']}, IC2022_AY TUITION1 "
                      f"${charged['TUITION1']}, FEE1 ${charged['FEE1']}, HRCHG1 ${charged['HRCHG1']} (2022-23), times "
                      + (f"the published {years} years." if years else
                         f"{credits[0]} {credits[1].replace('_', ' ')} at a full-time year's load (full-time tuition "
                         f"is a flat amount, not credits x ${charged['HRCHG1']}).")),
            "fields": "cost",
        })
        rows.append(row)
    write("programs-revised-8.csv", columns, rows)


if __name__ == "__main__":
    main(sys.argv[1])
