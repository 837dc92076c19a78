"""Builds src/main/resources/reference-data/occupations/ from the researchers' staged files.

    python3 src/tools/build_occupations_reference.py src/tools/staged-research

Copies figures as the staged rows give them (no figure is computed), in the layouts that
reference-data/occupations/README.md documents, each row with its source address, kind, the original
publisher's address and its date. Drops what the model cannot hold (see README: the Texas 2023 average
hourly wage, the state all-occupations means). Checks every credential link's matched title against the
staged O*NET/BLS titles of that occupation and fails if it is not there.
"""
import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "main" / "resources" / "reference-data" / "occupations"
NEIGHBOURS = ["43-6013", "43-4071", "43-3021", "31-9094", "11-9111"]
STATE_SOCS = ["29-2072", "29-9021", "31-9094"]
SALARY_COLUMNS = ["soc_code", "occupation_title", "estimate_period", "geography", "industry", "employment",
                  "employment_rse_pct", "hourly_mean_usd", "annual_mean_usd", "mean_wage_rse_pct", "annual_p10_usd",
                  "annual_p25_usd", "annual_median_usd", "annual_p75_usd", "annual_p90_usd", "hourly_p10_usd",
                  "hourly_p25_usd", "hourly_median_usd", "hourly_p75_usd", "hourly_p90_usd", "source_url",
                  "source_title", "source_kind", "publisher_url", "as_of", "notes"]
OUTLOOK_COLUMNS = ["soc_code", "occupation_title", "geography", "projection_period", "base_year_employment",
                   "projected_employment", "numeric_change", "percent_change", "annual_openings",
                   "median_annual_wage_usd", "median_wage_year", "typical_entry_level_education",
                   "work_experience_in_related_occupation", "typical_on_the_job_training", "source_url",
                   "source_title", "source_kind", "publisher_url", "as_of", "notes"]
DUTY_COLUMNS = ["soc_code", "kind", "seq", "duty_text", "source_url", "source_title", "source_kind", "publisher_url",
                "as_of", "notes"]
TITLE_COLUMNS = ["soc_code", "title", "kinds", "source_url", "source_title", "source_kind", "publisher_url", "as_of"]
LINK_COLUMNS = ["acronym", "soc_code", "basis", "matched_title", "source_url", "source_title", "source_kind",
                "publisher_url", "as_of", "note"]

ONET_DB = "https://www.onetcenter.org/database.html"
ONET_ALTERNATE = ("https://github.com/eugene-maina72/Phase_5_Capstone_Project-SmartPath/blob/"
                  "826ec4e0f0bc73ac117fcb7d38230ccb0b27519d/data/Alternate%20Titles.xlsx")
ONET_REPORTED = ("https://github.com/eugene-maina72/Phase_5_Capstone_Project-SmartPath/blob/"
                 "826ec4e0f0bc73ac117fcb7d38230ccb0b27519d/data/Sample%20of%20Reported%20Titles.xlsx")
ONET_AS_OF = "O*NET 29.3 Database (May 2025 Release)"
ONLINE_29_2072 = "https://onetonline.org/find/match/2/29-2072.00"
TITLE_KINDS = {"onet_alternate": "onet_alternate", "onet_reported": "onet_reported", "bls_ooh": "bls_ep"}

# Credential -> occupation links. basis: onet_title (O*NET lists the credential itself among the
# occupation's titles), job_title (the credential's own name is the job O*NET lists for the
# occupation; matched_title is that O*NET title), stated (a source names the occupation for the
# credential), editorial (ours: no source states it).
ONET_ALT = (ONET_ALTERNATE, "O*NET 29.3 Alternate Titles (Excel), verbatim GitHub copy", "mirror", ONET_DB, ONET_AS_OF)
ONET_REP = (ONET_REPORTED, "O*NET 29.3 Sample of Reported Titles (Excel), verbatim GitHub copy", "mirror", ONET_DB,
            ONET_AS_OF)
ONLINE = (ONLINE_29_2072, "O*NET OnLine: 29-2072.00 Medical Records Specialists", "official_statistics",
          ONLINE_29_2072, "Updated 2025")
SOC_BLOG = ("https://healthcareitguide.blogspot.com/2016/10/update-for-standard-occupational.html",
            "Update for Standard Occupational Classification (Healthcare IT Guide blog)", "secondary",
            "https://healthcareitguide.blogspot.com/2016/10/update-for-standard-occupational.html", "2016-10")
LINKS = [
    ("RHIT", "29-2072", "onet_title", "Registered Health Information Technician (RHIT)", ONLINE,
     "O*NET OnLine's sample of reported job titles for 29-2072.00 includes the credential."),
    ("CPC", "29-2072", "onet_title", "Certified Professional Coder (CPC)", ONET_ALT,
     "O*NET lists the credential as an alternate title of 29-2072.00."),
    ("CCS", "29-2072", "onet_title", "Certified Coding Specialist", ONET_ALT,
     "O*NET lists the credential as an alternate title of 29-2072.00."),
    ("CTR", "29-9021", "onet_title", "Certified Tumor Registrar (CTR)", ONET_ALT,
     "O*NET lists the credential as an alternate title of 29-9021.00."),
    ("CMAA", "43-6013", "onet_title", "Certified Medical Administrative Assistant (CMMA)", ONET_ALT,
     "O*NET lists 'Certified Medical Administrative Assistant (CMMA)' (its spelling of the acronym) as an "
     "alternate title of 43-6013.00."),
    ("CPB", "43-3021", "job_title", "Medical Biller", ONET_REP,
     "Certified Professional Biller: O*NET reports 'Medical Biller' and 'Biller' as job titles of 43-3021.00."),
    ("CBCS", "43-3021", "job_title", "Medical Billing Specialist", ONET_ALT,
     "Certified Billing and Coding Specialist: O*NET lists 'Medical Billing Specialist' for 43-3021.00."),
    ("CBCS", "29-2072", "job_title", "Medical Coding Specialist", ONET_ALT,
     "Certified Billing and Coding Specialist: O*NET lists 'Medical Coding Specialist' for 29-2072.00."),
    ("NCICS", "29-2072", "job_title", "Medical Insurance Coding Specialist", ONET_ALT,
     "National Certified Insurance and Coding Specialist: O*NET lists 'Medical Insurance Coding Specialist' "
     "for 29-2072.00."),
    ("RHIA", "29-9021", "job_title", "Health Information Administrator", ONET_ALT,
     "Registered Health Information Administrator: O*NET lists 'Health Information Administrator' for 29-9021.00."),
    ("CHDA", "29-9021", "job_title", "Health Data Analyst", ONET_ALT,
     "Certified Health Data Analyst: O*NET lists 'Health Data Analyst' for 29-9021.00."),
    ("RHIA", "11-9111", "stated", None, SOC_BLOG,
     "The post says those from HIM with the RHIA certification were among those included in 11-9111 Medical and "
     "Health Services Managers; O*NET lists 'Health Information Manager (HIM Manager)' and 'Health Information "
     "Management Director (HIM Director)' for 11-9111.00."),

    ("CIC", "29-2072", "job_title", "Inpatient Coder", ONET_ALT,
     "Certified Inpatient Coder: O*NET lists 'Inpatient Coder' for 29-2072.00."),
    ("CMRS", "29-2072", "job_title", "Medical Reimbursement Specialist", ONET_ALT,
     "Certified Medical Reimbursement Specialist: O*NET lists 'Medical Reimbursement Specialist' for 29-2072.00."),
    ("CMRS", "43-3021", "job_title", "Medical Reimbursement Specialist", ONET_ALT,
     "Certified Medical Reimbursement Specialist: O*NET lists 'Medical Reimbursement Specialist' for 43-3021.00."),
    ("CMBS", "43-3021", "job_title", "Medical Billing Specialist", ONET_ALT,
     "Certified Medical Billing Specialist: O*NET lists 'Medical Billing Specialist' for 43-3021.00."),
    ("CCDS", "29-2072", "job_title", "Clinical Documentation Specialist", ONET_ALT,
     "Certified Clinical Documentation Specialist: O*NET lists 'Clinical Documentation Specialist' for 29-2072.00."),
    ("CCDS-O", "29-2072", "job_title", "Clinical Documentation Specialist", ONET_ALT,
     "Certified Clinical Documentation Specialist-Outpatient: O*NET lists 'Clinical Documentation Specialist' for "
     "29-2072.00."),
    ("CPPM", "11-9111", "job_title", "Medical Practice Manager", ONET_ALT,
     "Certified Physician Practice Manager: O*NET lists 'Medical Practice Manager' for 11-9111.00."),
]

OEWS_NATIONAL_TITLE = {
    "May 2024": "BLS OEWS national_M2024_dl.xlsx (May 2024 OEWS Estimates), verbatim GitHub copy",
    "May 2023": "BLS OEWS national_M2023_dl.csv (May 2023 OEWS Estimates), verbatim GitHub copy",
}
STATE_EXTRACT_TITLE = ("state-occupation-employment.json: third-party extract of BLS OEWS May 2024 state estimates "
                       "(oesm24st), employment, annual mean and annual median only")
EP_TITLE = {
    "2024-2034": "BLS Employment Projections 2024-34 occupation data export, verbatim GitHub copy",
    "2023-2033": "BLS Employment Projections 2023-33 occupation data export, verbatim GitHub copy",
}


def read(folder, name):
    return list(csv.DictReader(open(Path(folder) / name, newline="", encoding="utf-8")))


def write(name, columns, rows):
    with open(OUT / name, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{name}: {len(rows)} rows")


def salaries(folder):
    rows = []
    for row in read(folder, "wages.csv"):
        soc, period, geo = row["soc_code"], row["estimate_period"], row["geography_type"]
        national = geo == "national" and (soc in NEIGHBOURS or soc == "00-0000")
        state = geo == "state" and soc in STATE_SOCS and period == "May 2024"
        if not (national or state):
            continue  # the 2023 state all-occupations means and Texas' 2023 average: see README
        out = {column: (row.get(column) or "").strip() for column in SALARY_COLUMNS}
        out["source_kind"] = row["source_type"]
        out["publisher_url"] = row["original_publisher_url"]
        out["source_title"] = OEWS_NATIONAL_TITLE[period] if national else STATE_EXTRACT_TITLE
        rows.append(out)
    return rows


def outlooks(folder):
    rows = []
    for row in read(folder, "outlook.csv"):
        out = {column: (row.get(column) or "").strip() for column in OUTLOOK_COLUMNS}
        out["source_kind"] = row["source_type"]
        # One address per source: the EP export; the copy's notes already say the OOH publishes the same.
        out["publisher_url"] = row["original_publisher_url"].split(";")[0].strip()
        if row["geography"] == "United States":
            out["source_title"] = EP_TITLE[row["projection_period"]]
        else:
            out["source_title"] = "Texas Career Check (Texas Workforce Commission): 31-9094.00 Medical Transcriptionists"
        rows.append(out)
    return rows


def duties(folder):
    rows = []
    for row in read(folder, "duties.csv"):
        rows.append({"soc_code": row["soc_code"].removesuffix(".00"), "kind": row["source_kind"], "seq": row["seq"],
                     "duty_text": row["duty_text"].strip(), "source_url": row["source_url"],
                     "source_title": "O*NET 29.3 Task Statements (Excel), verbatim GitHub copy",
                     "source_kind": row["source_type"], "publisher_url": ONET_DB, "as_of": row["as_of"],
                     "notes": row["notes"]})
    return rows


def titles(folder):
    """One row per occupation, title and source; the kinds of list it appears in, merged."""
    merged = {}
    for row in read(folder, "alternate-titles.csv"):
        soc = row["soc_code"].removesuffix(".00")
        title = re.sub(r"\s+", " ", row["title"]).strip()
        key = (soc, title.lower(), row["source_url"])
        entry = merged.setdefault(key, {"soc_code": soc, "title": title, "kinds": [], "source_url": row["source_url"],
                                        "source_title": row["source_title"], "source_kind": row["source_kind"],
                                        "publisher_url": row["publisher_url"], "as_of": row["as_of"]})
        kind = TITLE_KINDS[row["kind"]]
        if kind not in entry["kinds"]:
            entry["kinds"].append(kind)
    rows = []
    for entry in merged.values():
        rows.append({**entry, "kinds": ";".join(entry["kinds"])})
    return sorted(rows, key=lambda r: (r["soc_code"], r["title"].lower(), r["source_url"]))


def links(entries, known_titles):
    rows = []
    for acronym, soc, basis, matched, source, note in entries:
        if matched is not None and matched.lower() not in known_titles.get(soc, set()):
            sys.exit(f"{acronym} -> {soc}: '{matched}' is not a staged title of {soc}")
        url, title, kind, publisher, as_of = source
        rows.append({"acronym": acronym, "soc_code": soc, "basis": basis, "matched_title": matched or "",
                     "source_url": url, "source_title": title, "source_kind": kind, "publisher_url": publisher,
                     "as_of": as_of, "note": note})
    return rows


def main(folder):
    OUT.mkdir(exist_ok=True)
    write("salaries.csv", SALARY_COLUMNS, salaries(folder))
    write("outlooks.csv", OUTLOOK_COLUMNS, outlooks(folder))
    write("duties.csv", DUTY_COLUMNS, duties(folder))
    title_rows = titles(folder)
    write("alternate-titles.csv", TITLE_COLUMNS, title_rows)
    known = {}
    for row in title_rows:
        known.setdefault(row["soc_code"], set()).add(row["title"].lower())
    write("credential-occupations.csv", LINK_COLUMNS, links(LINKS, known))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "src/tools/staged-research")
