"""Writes reference-data/programs-revised-5.csv from the seventh program pass (IPEDS files, staged-research/programs-ipeds-7.csv).

    python3 src/tools/build_programs_revised_5.py

Two kinds of row are used, and only these:

- IC2022_AY per-credit charges, for a program whose credits are known, at an institution whose full-time tuition is
  a whole number of credits (24 or 30) at that per-credit charge: there, credits x the charge is what a full-time
  student pays too. Where full-time tuition is a flat band (CUNY, CCRI, MGCCC, Tacoma, Pittsburgh), credits x the
  part-time charge would overstate a full-time student's cost, so no cost is derived. A graduate program whose
  delivery (campus or online, at different rates) is not known gets none either (Dakota State), nor a program that
  spans two levels in a proportion the file does not give (SUNY Poly).
- IC2023_PY program charges: tuition and fees for the whole program, its books and supplies, its length and the
  months a full-time student takes, for a program of the institution whose CIP code is that of the program.

The values are copied as the file gives them; the service derives a cost from credits and a rate itself.
"""
import csv
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent
STAGED = ROOT / "staged-research" / "programs-ipeds-7.csv"
LAYOUT = ROOT.parent / "main" / "resources" / "reference-data" / "programs-revised-4.csv"
OUT = ROOT.parent / "main" / "resources" / "reference-data" / "programs-revised-5.csv"

AY_TITLE = ("IPEDS IC2022_AY, Student charges for academic year programs, 2022-23 (NCES), copy in GitHub "
            "jdowns4317/cs121fp")
PY_TITLE = ("IPEDS IC2023_PY, Student charges by program (vocational programs), 2023-24 (NCES), copy in GitHub "
            "jrdnlwry/isye6416")

# Program id -> (institution and program name as served, credits, credit unit); full-time tuition per credit checked below.
PER_CREDIT = {
    "171": ("Bluegrass Community and Technical College (KCTCS)", "Health Information Technology (degree program)",
            "KY", "64", "semester_credits"),
    "432": ("Community College of Vermont", "Medical Billing & Coding +", "VT", "27", ""),
    "433": ("Laramie County Community College", "Health Information Technology & Management, AAS", "WY", "68",
            "semester_credits"),
}
# Program id -> (institution, program, state, mode): `correct` where the file's figure replaces an older or a derived one.
PROGRAM_CHARGES = {
    "217": ("Medina County Career Center", "Medical Office Administrative Assistant (MOAA)", "OH", "correct"),
    "218": ("Buckeye Career Center", "Medical Office & Billing Specialist", "OH", "fill"),
    "173": ("Nevada Career Institute", "Medical Insurance Biller & Coder", "NV", "fill"),
    "53": ("Florida Education Institute", "Medical Billing and Coding (Diploma)", "FL", "correct"),
    "153": ("Beal College (now Beal University)", "Health Information Technology (Associate degree)", "ME", "fill"),
}


def header():
    with LAYOUT.open(newline="") as layout:
        return next(csv.reader(layout))


def per_credit_row(key, row, columns):
    institution, name, state, credits, unit = PER_CREDIT[key]
    tuition, rate = int(columns["TUITION1"]), int(columns["HRCHG1"])
    load = tuition / rate
    if load not in (24, 30):
        raise SystemExit(f"{institution}: full-time tuition {tuition} is not a whole load at {rate} a credit")
    return {
        "mode": "fill", "program_key": f"R5-{key}", "institution": institution, "state": state,
        "program_name": name, "credits": credits, "credit_unit": unit, "tuition_per_credit_usd": str(rate),
        "tuition_residency": "in-district (IPEDS HRCHG1)", "tuition_as_of": "2022-23",
        "source_url": row["copy_url"], "source_title": AY_TITLE, "source_kind": "mirror",
        "publisher_url": row["publisher_url"], "as_of": "2022-23", "fields": "cost",
        "notes": (f"IPEDS UNITID {row['unitid']} ({row['unitid_evidence']}). IC2022_AY, reported values: per credit hour "
                  f"charge for part-time undergraduates, in-district, ${rate} (HRCHG1); average tuition for full-time "
                  f"undergraduates, in-district, ${tuition} (TUITION1) = {int(load)} credits at ${rate}, so full-time "
                  f"students pay by the credit too; required fees ${columns['FEE1']} a year (FEE1), not in the cost."),
    }


def program_charges_row(key, row, columns):
    institution, name, state, mode = PROGRAM_CHARGES[key]
    slot = next(n for n in range(1, 7) if columns.get(f"CIPCODE{n}"))
    length, measure = columns[f"CIPLGTH{slot}"], columns[f"PRGMSR{slot}"]
    supplies = columns[f"CIPSUPP{slot}"]
    return {
        "mode": mode, "program_key": f"R5-{key}", "institution": institution, "state": state, "program_name": name,
        "credits": length, "credit_unit": "clock_hours" if measure == "1" else "",
        "duration_months_published": columns[f"MTHCMP{slot}"],
        "duration_text": f"{columns[f'MTHCMP{slot}']} months, the average for a full-time student (IPEDS 2023-24)",
        "cost_usd_published": columns[f"CIPTUIT{slot}"],
        "cost_covers": "tuition and fees for the whole program (IPEDS 2023-24)",
        "books_fees_usd": "" if supplies == "." else supplies,
        "source_url": row["copy_url"], "source_title": PY_TITLE, "source_kind": "mirror",
        "publisher_url": row["publisher_url"], "as_of": "2023-24",
        "fields": "cost,durationMonths," + ("clockHours" if measure == "1" else "creditHours"),
        "notes": (f"IPEDS UNITID {row['unitid']} ({row['unitid_evidence']}). IC2023_PY, program {slot} of the "
                  f"institution's largest, CIP {columns[f'CIPCODE{slot}']}: tuition and fees ${columns[f'CIPTUIT{slot}']}, "
                  f"books and supplies {'not reported' if supplies == '.' else '$' + supplies}, length {length} "
                  f"{'clock' if measure == '1' else 'credit'} hours, {columns[f'MTHCMP{slot}']} months for a full-time "
                  f"student. {row['notes']}"),
    }


def main():
    columns_out = header()
    rows = []
    with STAGED.open(newline="") as staged:
        for row in csv.DictReader(staged):
            key, columns = row["program_id"], json.loads(row["columns"])
            if row["file"] == "IC2022_AY" and key in PER_CREDIT:
                rows.append(per_credit_row(key, row, columns))
            elif row["file"] == "IC2023_PY" and key in PROGRAM_CHARGES:
                rows.append(program_charges_row(key, row, columns))
    with OUT.open("w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns_out, lineterminator="\n")
        writer.writeheader()
        writer.writerows({name: row.get(name, "") for name in columns_out} for row in rows)
    print(f"{len(rows)} rows written to {OUT}")


if __name__ == "__main__":
    main()
