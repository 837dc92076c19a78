"""Writes reference-data/program-credential-links-3.csv: the CBCS eligibility of medical billing and coding programs.

    python3 src/tools/build_program_links_3.py PROGRAMS_CSV

PROGRAMS_CSV is the service's own export (`GET /v1/programs.csv` of a database migrated to V94).

NHA admits to the Certified Billing and Coding Specialist exam a candidate with a high school diploma or equivalent
who has completed a medical billing and coding training program within the past five years (its training route; the
other route is a year of supervised work). A program's graduates therefore meet that route when the program is a
medical billing and coding training program: here, when its own title names both billing (billing, biller) and
coding (coding, coder), and its institution is a college or a provider on a state's list of eligible training
providers (every such program served is; NHA asks for "an accredited institution or a recognized training provider").
A title naming only one of them, or an introduction to the subject, is not taken: whether NHA would count it is not
known. Programs already linked to the CBCS keep their link and its reason.
"""
import csv
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent
LAYOUT = ROOT.parent / "main" / "resources" / "reference-data" / "program-credential-links-2.csv"
OUT = ROOT.parent / "main" / "resources" / "reference-data" / "program-credential-links-3.csv"

BILLING = re.compile(r"\bbill(ing|er)\b", re.IGNORECASE)
CODING = re.compile(r"\bcod(ing|er)\b", re.IGNORECASE)
INTRODUCTION = re.compile(r"\bintroduction\b", re.IGNORECASE)

RULE_SOURCE = {
    "source_url": "https://alliedhealthexam.com/study-guides/certified-billing-and-coding-specialist-cbcs",
    "source_title": "Introduction to the CBCS Credential (alliedhealthexam.com)",
    "source_kind": "aggregator",
    "publisher_url": "https://www.nhanow.com",
    "as_of": "",
}


def main(programs_csv):
    with LAYOUT.open(newline="") as layout:
        columns = next(csv.reader(layout))
    rows = []
    with open(programs_csv, newline="") as served:
        for program in csv.DictReader(served):
            name = program["name"]
            linked = program["credentialLinks.code"].split("; ") if program["credentialLinks.code"] else []
            if not (BILLING.search(name) and CODING.search(name)) or INTRODUCTION.search(name) or "cbcs" in linked:
                continue
            rows.append({
                "action": "link", "institution": program["institution"], "program_name": name, "credential": "CBCS",
                "reason": "eligibility",
                "evidence": (f"derived, not stated by the program: NHA's training route to the CBCS asks for a high "
                             f"school diploma or equivalent and a medical billing and coding training program, "
                             f"completed within the past five years at an accredited institution or a recognized "
                             f"training provider; this program's title, '{' '.join(name.split())}', names medical "
                             f"billing and coding, and its source is its institution's own page or catalog, or a state's list of "
                             f"eligible training providers"),
                **RULE_SOURCE,
            })
    with OUT.open("w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
