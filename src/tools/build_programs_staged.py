"""Builds src/main/resources/reference-data/programs-staged.csv from the researchers' staged files and
the Texas Workforce Commission Statewide Eligible Training Program List (a GitHub copy).

    git --git-dir=/work/.mirror/vidluther+twc-wioa-programs/repo show b4d1c4d:storage/twc.xlsx > /tmp/twc.xlsx
    python3 src/tools/build_programs_staged.py src/tools/staged-research /tmp/twc.xlsx

Copies figures as the sources give them; derives nothing (the seed derives and labels). TWC rows: every
approved program with CIP 51.0706/51.0707/51.0713/51.0714/51.0716, or a medical records, coding, billing
or health information title; one row per provider and program name (the first campus by program id),
skipping programs a staged file already has (by TWC program id, or by institution and name).
"""
import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import xlsx_rows  # noqa: E402

COLUMNS = ["program_key", "institution", "campus_city", "state", "program_name", "cip_code", "award_level",
           "credentials", "credential_links", "delivery_mode", "service_area", "accredited", "accreditor", "credits",
           "credit_unit", "duration_months_published", "duration_text", "weeks_published", "cost_usd_published",
           "cost_covers", "tuition_per_credit_usd", "tuition_residency", "tuition_url", "tuition_as_of",
           "books_fees_usd", "source_url", "source_title", "source_kind", "publisher_url", "as_of", "enriches", "notes"]
TWC_COMMIT = "b4d1c4ddd2bdefe67b21a8a730a5ad39ffc6a19b"
TWC_URL = f"https://github.com/vidluther/twc-wioa-programs/blob/{TWC_COMMIT}/storage/twc.xlsx"
TWC_PUBLISHER = "https://www.twc.texas.gov/files/partners/statewide-eligible-training-program-list-twc.xlsx"
CIPS = {"510706", "510707", "510713", "510714", "510716"}
TITLE = re.compile(r"medical (records?|coding|coder|billing|biller)|health information|billing and coding|coding and billing",
                   re.I)
KIND = {"institution_catalog": "institution", "institution_program_page": "institution",
        "institution_tuition_page": "institution"}
MODE = {"Distance Education": "online", "In-person": "in_person", "Hybrid": "hybrid"}
# The ETPL's free-text "Associated Credential Name" -> the credential it names (declared, whole phrases only).
CREDENTIAL_NAMES = [
    (re.compile(r"\bRHIT\b|Registered Health Information Technician", re.I), "RHIT"),
    (re.compile(r"\bCCA\b|Certified Coding Associate", re.I), "CCA"),
    (re.compile(r"\bCCS\b(?!-)|Certified Coding Specialist(?! -)", re.I), "CCS"),
    (re.compile(r"\bCPC\b|Certified Professional Coder", re.I), "CPC"),
    (re.compile(r"\bCRC\b|Certified Risk Adjustment Coder", re.I), "CRC"),
    (re.compile(r"\bCBCS\b|Billing (and|&)? ?Coding Specialist", re.I), "CBCS"),
    (re.compile(r"\bCEHRS\b|Electronic Health Records? Specialist", re.I), "CEHRS"),
    (re.compile(r"\bCMAA\b|Certified Medical Administrative Assistant|NHA Certified Medical Administrative", re.I), "CMAA"),
]


def staged(folder):
    rows = []
    for name in ("programs-a.csv", "programs-b.csv", "programs-c.csv"):
        for row in csv.DictReader(open(Path(folder) / name, newline="", encoding="utf-8")):
            out = {column: (row.get(column) or "").strip() for column in COLUMNS}
            out["source_kind"] = KIND.get(out["source_kind"], out["source_kind"])
            match = re.search(r"enriches existing row: ([^/]+?) / (.+?)(?:\. |$)", row["notes"])
            if match:
                out["enriches"] = match.group(1).strip() + " / " + match.group(2).strip()
            weeks = re.match(r"(\d+) weeks \(ETPL 'Length: Weeks'\)", out["duration_text"])
            if weeks:
                out["weeks_published"] = weeks.group(1)
            same = next((row for row in rows if (row["institution"].lower(), row["program_name"].lower(), row["state"])
                         == (out["institution"].lower(), out["program_name"].lower(), out["state"])), None)
            if same is None:
                rows.append(out)
            else:
                # Two researchers read the same program: one row, blanks filled from the second reading.
                for column in COLUMNS:
                    if not same[column] and out[column]:
                        same[column] = out[column]
                if out["notes"] and out["notes"] != same["notes"]:
                    same["notes"] += f" Also read by {out['program_key']}: {out['notes']}"
    return rows


def twc(path, taken_ids, taken_names):
    table = list(xlsx_rows.rows(path))
    header = [h.strip() for h in table[0]]
    seen = set()
    out = []
    for values in sorted(table[1:], key=lambda v: int(v[2]) if v[2].isdigit() else 0):
        row = dict(zip(header, values))
        cip = row["Instructional Program (CIP) Code"]
        name = row["Program Name"].strip()
        if row["Program Status"] != "Approved" or not (cip in CIPS or TITLE.search(name)):
            continue
        provider = row["ProviderName"].strip()
        key = (provider.lower(), name.lower())
        if row["Program ID"] in taken_ids or key in taken_names or key in seen:
            continue
        seen.add(key)
        credential = row["Associted Credential Name"].strip()
        acronyms = [acronym for pattern, acronym in CREDENTIAL_NAMES if pattern.search(credential)]
        reason = "voucher_included" if re.search(r"voucher", name, re.I) else "exam_prep"
        cost = row["Required Cost: Tuition & Fees"].strip()
        books = row["Required Cost: Books & Supplies"].strip()
        hours = row["Length: Contact Hours"].strip()
        weeks = row["Length: Weeks"].strip()
        out.append({
            "program_key": "TWC" + row["Program ID"], "institution": provider, "campus_city": row["Campus City"].strip(),
            "state": "TX", "program_name": name,
            "cip_code": f"{cip[:2]}.{cip[2:6]}" if len(cip) == 6 and cip.isdigit() else "",
            "award_level": "associate" if row["Program Outcome"] == "Associates Degree" else "",
            "credentials": ";".join(acronyms),
            "credential_links": ";".join(f"{acronym}:{reason}" for acronym in acronyms),
            "delivery_mode": MODE.get(row["Delivery Method"], ""), "service_area": "", "accredited": "", "accreditor": "",
            "credits": hours if hours not in ("", "0") else "", "credit_unit": "clock_hours" if hours not in ("", "0") else "",
            "duration_months_published": "", "duration_text": f"{weeks} weeks (ETPL 'Length: Weeks')" if weeks not in ("", "0") else "",
            "weeks_published": weeks if weeks not in ("", "0") else "",
            "cost_usd_published": cost if cost not in ("", "0") else "",
            "cost_covers": row["(Description) Required Cost: Tuition & Fees"].strip() if cost not in ("", "0") else "",
            "tuition_per_credit_usd": "", "tuition_residency": "", "tuition_url": "", "tuition_as_of": "",
            "books_fees_usd": books if books not in ("", "0") else "",
            "source_url": TWC_URL,
            "source_title": "Texas Workforce Commission Statewide Eligible Training Program List (xlsx), copy in GitHub vidluther/twc-wioa-programs",
            "source_kind": "mirror", "publisher_url": TWC_PUBLISHER,
            "as_of": "ETPL last update " + re.sub(r" \d+:\d+ [AP]M$", "", row["Program ETPL Last Update"].strip()),
            "enriches": "",
            "notes": (f"TWC ETPL program ID {row['Program ID']} ({row['Institution Type'].strip()}); ETPL outcome: "
                      f"'{row['Program Outcome'].strip()}'; associated credential: '{credential or 'none named'}'; "
                      f"contact hours recorded as clock hours. Program URL in ETPL: {row['Program URL'].strip() or 'none'}."),
        })
    return out


def main(folder, xlsx, target):
    rows = staged(folder)
    taken_ids = {m.group(1) for row in rows for m in [re.search(r"TWC program ID (\d+)", row["notes"])] if m}
    taken_names = {(row["institution"].lower(), row["program_name"].lower()) for row in rows}
    rows += twc(xlsx, taken_ids, taken_names)
    with open(target, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows written to {target}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2],
         sys.argv[3] if len(sys.argv) > 3 else "src/main/resources/reference-data/programs-staged.csv")
