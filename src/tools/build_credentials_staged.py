"""Builds the credential reference files the seed loads (V61__SeedStagedCredentials) from the researchers'
staged files:

    python3 src/tools/build_credentials_staged.py src/tools/staged-research src/main/resources/reference-data

Writes `credentials-staged.csv` (one row per credential: the figure served for each field) and
`credential-sources-staged.csv` (one row per credential and source: the fields that source supports).

A later research pass adds its facts as `credential-facts-<N>.csv` and is loaded by a migration of its own (a
landed migration's files never change):

    python3 src/tools/build_credentials_staged.py src/tools/staged-research src/main/resources/reference-data --revision 2

reads `credential-facts.csv` and every `credential-facts-<k>.csv` up to N, and writes `credentials-revised-<N>.csv`
and `credential-sources-revised-<N>.csv` with only the credentials whose row or sources differ from the build
without pass N (V81__ReviseCredentials loads them over the earlier ones), and, where a pass serves a figure that an
earlier source no longer backs, `credential-source-withdrawals-<N>.csv` with the fields each such source stops supporting. Facts of a field this builder does not
know (e.g. `eligibility_rule_text`, evidence for a rule rather than a figure) stay in the staged file, unserved.

Which figure is served, per field: rows marked HISTORICAL (or read on an ICD-9-era page) and rows whose
notes call the figure approximate are never served; of the rest, the best kind of source wins (issuer,
issuer handbook or official directory, then institution, aggregator, secondary or trade press, then
mirror), then the newest dated source, then (for equally good sources, e.g. a one-attempt and a two-attempt
price) the lower amount. What a fee includes and the period of a pass rate are read from the source of the
figure they describe. Every source whose row agrees with a served figure supports that field; a source
whose figure was not served supports only the notes, which say so. Copies figures as the rows give them;
derives nothing.
"""
import argparse
import csv
import re
from collections import defaultdict
from pathlib import Path

CREDENTIAL_COLUMNS = [
    "acronym", "name", "issuer_acronym", "issuer_name", "issuer_website", "official_url", "focus",
    "membership_name", "membership_required", "membership_dues_usd", "exam_fee_member_usd", "exam_fee_nonmember_usd",
    "exam_fee_includes", "exam_questions_min", "exam_questions_max", "exam_questions_note", "exam_minutes",
    "exam_delivery", "eligibility_routes", "renewal_cycle_years", "renewal_ceus", "renewal_fee_member_usd",
    "renewal_fee_nonmember_usd", "renewal_fee_note", "pass_rate_pct", "pass_rate_period", "notes", "source_url"]
SOURCE_COLUMNS = ["acronym", "fields", "source_url", "source_title", "source_kind", "publisher_url", "as_of", "note"]
# A source cited before that a later pass's figures no longer rest on, and the fields it stops supporting.
WITHDRAWAL_COLUMNS = ["acronym", "source_url", "as_of", "fields"]

# The staged focus vocabulary -> the API's (Focus enum).
FOCUS = {"general_him": "general_him", "coding": "coding", "billing": "billing", "ehr": "ehr",
         "privacy": "privacy", "privacy_security": "privacy", "data_analytics": "data_analytics",
         "documentation_integrity": "cdi", "administration": "administration", "registry": "registry",
         "revenue_cycle": "billing", "front_office": "administration"}
KIND_RANK = {"issuer": 0, "issuer_handbook": 0, "official_directory": 0, "institution": 1, "aggregator": 1,
             "secondary": 1, "trade_press": 1, "mirror": 2}
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}
STAGING = re.compile(r"^https?://((cms-test\.|cms-qa\.|www-uat\.)[^/]*|[^/]*\.(pages\.dev|matrixdev\.net))(/|$)", re.I)
# The API field each staged fact supports.
FIELD = {"exam_fee_member_usd": "exam.feeMember", "exam_fee_nonmember_usd": "exam.feeNonMember",
         "exam_fee_includes": "exam.feeIncludes", "exam_questions": "exam.questions", "exam_minutes": "exam.minutes",
         "exam_delivery": "exam.delivery", "membership_name": "membership.name",
         "membership_required": "membership.requiredForExam", "membership_dues_usd_per_year": "membership.annualDues",
         "renewal_cycle_years": "renewal.cycleYears", "renewal_ceus": "renewal.ceUnits",
         "renewal_fee_member_usd": "renewal.feeMember", "renewal_fee_usd": "renewal.feeNonMember",
         "first_time_pass_rate_pct": "passRate", "pass_rate_period": "passRate",
         "eligibility_route": "eligibility.text", "full_name": "name", "focus": "focus", "exam_fee_usd": "exam.fee"}
FIGURES = ("exam_fee_usd", "exam_fee_member_usd", "exam_fee_nonmember_usd", "first_time_pass_rate_pct", "exam_questions",
           "exam_minutes", "membership_dues_usd_per_year", "renewal_fee_usd", "renewal_fee_member_usd")


def date_key(text):
    """The newest date a source's as-of text names, as (year, month, day); None when it names none."""
    text = (text or "").lower()
    found = []
    for m in re.finditer(r"(january|february|march|april|may|june|july|august|september|october|november|december)"
                         r"\s+(\d{1,2}),\s*(\d{4})", text):
        found.append((int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))))
    for m in re.finditer(r"(january|february|march|april|may|june|july|august|september|october|november|december)"
                         r"\s+(\d{4})", text):
        found.append((int(m.group(2)), MONTHS[m.group(1)], 0))
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text):
        found.append((int(m.group(3)), int(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2})/(\d{4})\b", text):
        found.append((int(m.group(2)), int(m.group(1)), 0))
    for m in re.finditer(r"\b(19|20)(\d{2})\b", text):
        found.append((int(m.group(1) + m.group(2)), 0, 0))
    return max(found) if found else None


def served(row):
    notes, as_of = row["notes"], row["as_of"]
    return "HISTORICAL" not in notes.upper() and "ICD-9 era" not in as_of and "approximate" not in notes.lower()


def rank(row, numeric):
    """Best first: kind of source, then newest date, then (for amounts) the lower value."""
    date = date_key(row["as_of"])
    value = float(row["value"]) if numeric else 0.0
    return KIND_RANK[row["source_kind"]], -(date[0] * 10000 + date[1] * 100 + date[2]) if date else 1, value


def number(value):
    text = re.sub(r"\.0+$", "", value.strip())
    float(text)
    return text


def questions(value):
    """'105 (90 scored + 15 pretest)' -> 105, 105, note; '140-160' -> 140, 160, None."""
    match = re.match(r"^(\d+)\s*-\s*(\d+)$", value.strip())
    if match:
        return match.group(1), match.group(2), ""
    match = re.match(r"^(\d+)", value.strip())
    return match.group(1), match.group(1), "" if value.strip() == match.group(1) else value.strip()


def fact_files(revision):
    """The staged facts of every research pass up to `revision` (the first pass's file has no number)."""
    return ["credential-facts.csv"] + [f"credential-facts-{k}.csv" for k in range(2, (revision or 1) + 1)]


def serve(staged, files):
    """The served row of every credential and the links of its sources, from these facts files."""
    credentials = list(csv.DictReader(open(Path(staged) / "credentials.csv", newline="", encoding="utf-8")))
    facts = defaultdict(lambda: defaultdict(list))
    # The issuer's page about a credential that `credentials.csv` has none for, found by a later pass: an address to
    # link to, not a figure, so it is not cited as a source of its own.
    official_pages = {}
    for name in files:
        for row in csv.DictReader(open(Path(staged) / name, newline="", encoding="utf-8")):
            row = {key: (value or "").strip() for key, value in row.items()}
            if row["field"] in FIELD:
                facts[row["acronym"]][row["field"]].append(row)
            elif row["field"] == "official_page_url" and not STAGING.match(row["value"]):
                official_pages.setdefault(row["acronym"], row["value"])
    issuers = {c["acronym"]: c["issuer_acronym"] for c in credentials}
    rows, links = [], []
    for credential in credentials:
        acronym = credential["acronym"]
        mine = facts[acronym]
        chosen, supports, notes, used, touched = {}, defaultdict(set), [], set(), []

        def support(r, field):
            supports[r["source_url"], r["as_of"]].add(field)
            used.add(id(r))
            touched.append(r)

        def pick(field, numeric=False, parse=lambda v: v, rows=None):
            candidates = [r for r in (mine.get(field, []) if rows is None else rows) if served(r)]
            if not candidates:
                return None
            best = sorted(candidates, key=lambda r: rank(r, numeric))[0]
            value = parse(best["value"])
            for r in candidates:
                if parse(r["value"]) == value:
                    support(r, FIELD[field])
            chosen[field] = best
            return value

        def companion(field, of):
            """The row of `field` read in the same source as the figure chosen for `of`."""
            if of not in chosen:
                return None
            best = chosen[of]
            same = [r for r in mine.get(field, []) if r["source_url"] == best["source_url"] and served(r)]
            if same:
                support(same[0], FIELD[field])
                return same[0]["value"]
            return None

        required = pick("membership_required")
        member = pick("exam_fee_member_usd", True, number)
        nonmember = pick("exam_fee_nonmember_usd", True, number)
        single = [r for r in mine.get("exam_fee_usd", []) if served(r)]
        includes = None
        if single and member is None and nonmember is None:
            best = sorted(single, key=lambda r: rank(r, True))[0]
            value = number(best["value"])
            # One price: a member price where membership is required to sit, else the price anyone pays.
            field = "exam.feeMember" if required == "true" else "exam.feeNonMember"
            for r in single:
                if number(r["value"]) == value:
                    support(r, field)
            if required == "true":
                member = value
            else:
                nonmember = value
            chosen["exam_fee_usd"] = best
            includes = companion("exam_fee_includes", "exam_fee_usd")
        else:
            includes = companion("exam_fee_includes", "exam_fee_member_usd") or companion(
                "exam_fee_includes", "exam_fee_nonmember_usd")
        q = pick("exam_questions", parse=lambda v: questions(v))
        minutes = pick("exam_minutes", True, number)
        delivery = pick("exam_delivery")
        def issuer_wide(field):
            """A membership is the issuer's, one for all its credentials: rows read for a sibling apply too."""
            rows = list(mine.get(field, []))
            if member is not None or required == "true":
                for sibling, their in facts.items():
                    if sibling != acronym and issuers.get(sibling) == credential["issuer_acronym"]:
                        rows += their.get(field, [])
            return rows

        membership = pick("membership_name", rows=issuer_wide("membership_name"))
        dues = pick("membership_dues_usd_per_year", True, number, rows=issuer_wide("membership_dues_usd_per_year"))
        cycle = pick("renewal_cycle_years", True, number)
        ceus = pick("renewal_ceus", True, number)
        renewal_member = pick("renewal_fee_member_usd", True, number)
        renewal_nonmember = pick("renewal_fee_usd", True, number)
        renewal_note = ""
        if "renewal_fee_usd" in chosen and re.search(r"/year|per year|annual", chosen["renewal_fee_usd"]["notes"], re.I):
            renewal_note = "annual maintenance fee"
        rate = pick("first_time_pass_rate_pct", True, number)
        period = companion("pass_rate_period", "first_time_pass_rate_pct") if rate is not None else None
        routes = []
        for r in mine.get("eligibility_route", []):
            if served(r) and r["value"] not in routes:
                routes.append(r["value"])
                support(r, "eligibility.text")
        focus = []
        for r in mine.get("focus", []):
            code = FOCUS[r["value"]]
            if code not in focus:
                focus.append(code)
                support(r, "focus")
        name = credential["full_name"]
        for r in mine.get("full_name", []):
            if r["value"] == name:
                support(r, "name")

        if member and nonmember and float(member) > float(nonmember):
            raise SystemExit(f"{acronym}: member fee {member} above non-member fee {nonmember}")
        # Figures read but not served: kept as sources of the notes, which say why.
        for field, candidates in mine.items():
            for r in candidates:
                if id(r) in used:
                    continue
                if not served(r):
                    notes.append(f"Not served ({field.replace('_', ' ')} {r['value']}): {r['notes'] or 'historical'}")
                elif field in FIGURES:
                    notes.append(f"Other figure seen ({field.replace('_', ' ')} {r['value']}, {r['source_kind']}): "
                                 f"{r['notes'] or r['source_title']}")
                else:
                    continue
                supports[r["source_url"], r["as_of"]].add("notes")
                touched.append(r)
        sources = {}
        for r in touched:
            sources.setdefault((r["source_url"], r["as_of"]), r)
        if not sources:
            raise SystemExit(f"{acronym}: no source")
        for key, r in sources.items():
            if not re.match(r"^https?://\S+$", r["source_url"]):
                raise SystemExit(f"{acronym}: not an absolute http(s) address: {r['source_url']}")
            kind = "mirror" if STAGING.match(r["source_url"]) else r["source_kind"]
            links.append({"acronym": acronym, "fields": ";".join(sorted(supports[key])), "source_url": r["source_url"],
                          "source_title": r["source_title"], "source_kind": kind, "publisher_url": r["publisher_url"],
                          "as_of": r["as_of"], "note": r["notes"]})
        official = credential["official_page_url"]
        if official and STAGING.match(official):
            official = ""
        official = official or official_pages.get(acronym, "")
        q_min, q_max, q_note = q if q else ("", "", "")
        rows.append({
            "acronym": acronym, "name": name, "issuer_acronym": credential["issuer_acronym"],
            "issuer_name": credential["issuer_name"], "issuer_website": credential["issuer_website"],
            "official_url": official, "focus": ";".join(focus), "membership_name": membership or "",
            "membership_required": required or "", "membership_dues_usd": dues or "",
            "exam_fee_member_usd": member or "", "exam_fee_nonmember_usd": nonmember or "",
            "exam_fee_includes": includes or "", "exam_questions_min": q_min, "exam_questions_max": q_max,
            "exam_questions_note": q_note, "exam_minutes": minutes or "", "exam_delivery": delivery or "",
            "eligibility_routes": " || ".join(routes), "renewal_cycle_years": cycle or "", "renewal_ceus": ceus or "",
            "renewal_fee_member_usd": renewal_member or "", "renewal_fee_nonmember_usd": renewal_nonmember or "",
            "renewal_fee_note": renewal_note, "pass_rate_pct": rate or "", "pass_rate_period": period or "",
            "notes": " ".join(dict.fromkeys(notes)), "source_url": next(iter(sources))[0]})
    return rows, links


def revised(before, after):
    """The credentials of `after` whose row or sources differ from `before`, with their sources, and the fields a source
    cited before no longer supports (the loader adds the fields a source supports now to what it supported, so what it
    no longer backs is withdrawn apart)."""
    rows_before = {r["acronym"]: r for r in before[0]}
    links_before, links_after = defaultdict(list), defaultdict(list)
    for link in before[1]:
        links_before[link["acronym"]].append(link)
    for link in after[1]:
        links_after[link["acronym"]].append(link)
    changed = [r for r in after[0] if r != rows_before.get(r["acronym"]) or links_after[r["acronym"]] != links_before[
        r["acronym"]]]
    withdrawn = []
    for row in changed:
        acronym = row["acronym"]
        now = {(link["source_url"], link["as_of"]): set(link["fields"].split(";")) for link in links_after[acronym]}
        for link in links_before[acronym]:
            lost = set(link["fields"].split(";")) - now.get((link["source_url"], link["as_of"]), set())
            if lost:
                withdrawn.append({"acronym": acronym, "source_url": link["source_url"], "as_of": link["as_of"],
                                  "fields": ";".join(sorted(lost))})
    return changed, [link for row in changed for link in links_after[row["acronym"]]], withdrawn


def write(out, names, rows, links):
    for name, columns, records in zip(names, (CREDENTIAL_COLUMNS, SOURCE_COLUMNS), (rows, links)):
        with open(Path(out) / name, "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(records)
    print(f"{len(rows)} credentials, {len(links)} source links")


def build(staged, out, revision=None):
    if revision is None:
        write(out, ("credentials-staged.csv", "credential-sources-staged.csv"), *serve(staged, fact_files(None)))
        return
    if revision < 2:
        raise SystemExit("A revision is a later research pass: 2 or more")
    rows, links, withdrawn = revised(serve(staged, fact_files(revision - 1)), serve(staged, fact_files(revision)))
    write(out, (f"credentials-revised-{revision}.csv", f"credential-sources-revised-{revision}.csv"), rows, links)
    if withdrawn:
        with open(Path(out) / f"credential-source-withdrawals-{revision}.csv", "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, WITHDRAWAL_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(withdrawn)
        print(f"{len(withdrawn)} fields withdrawn from sources that no longer support them")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Builds the credential reference files from the staged research.")
    parser.add_argument("staged", help="the staged research folder")
    parser.add_argument("out", help="the reference-data folder")
    parser.add_argument("--revision", type=int, help="write only what research pass N (credential-facts-N.csv) changes")
    arguments = parser.parse_args()
    build(arguments.staged, arguments.out, arguments.revision)
