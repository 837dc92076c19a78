"""Prints the coverage counts issue #16 asks for, read from a running CertPath service.

    python3 src/tools/counts.py [http://localhost:8080]

Reads every page of /v1/programs, /v1/certifications, /v1/occupations and the newest edition's state salaries of
29-2072 and 29-9021 (500 a page) and counts what the API serves, so the numbers are the product's, not the files';
with the pages their sources cite, and whether each is served under one title of its own.
"""
import json
import sys
import urllib.parse
import urllib.request


def every(base, path, fields, **filters):
    items, cursor = [], None
    while True:
        query = {"limit": 500, "fields": fields, **filters}
        if cursor:
            query["cursor"] = cursor
        with urllib.request.urlopen(f"{base}{path}?{urllib.parse.urlencode(query)}") as response:
            page = json.load(response)
        items += page["items"]
        cursor = page["page"]["nextCursor"]
        if not cursor:
            return items


def percent(part, whole):
    return f"{part} of {whole} ({100 * part / whole:.0f} %)" if whole else "0"


def main(base):
    programs = every(base, "/v1/programs",
                     "id,state,cost,costBasis,durationMonths,durationBasis,certifications,asOf,sources")
    states = sorted({p["state"] for p in programs if p["state"]})
    with_cost = [p for p in programs if p["cost"] is not None]
    with_months = [p for p in programs if p["durationMonths"] is not None]
    derived_cost = [p for p in with_cost if p["costBasis"]["method"] == "derived"]
    derived_months = [p for p in with_months if p["durationBasis"]["method"] == "derived"]
    linked = [p for p in programs if p["certifications"]]
    dated = [p for p in programs if p["asOf"]]
    credentials = every(base, "/v1/certifications", "code,exam,membership,passRate,officialUrl,sources")
    with_fee = [c for c in credentials if c["exam"] and (c["exam"].get("feeMember") or c["exam"].get("feeNonMember"))]
    with_both = [c for c in credentials if c["exam"] and c["exam"].get("feeMember") and c["exam"].get("feeNonMember")]
    with_dues = [c for c in credentials if c["membership"] and c["membership"].get("annualDues")]
    with_format = [c for c in credentials if c["exam"] and (c["exam"].get("questionsMin") or c["exam"].get("minutes"))]
    with_page = [c for c in credentials if c.get("officialUrl")]
    with_rate = [c for c in credentials if c.get("passRate")]
    occupations = every(base, "/v1/occupations", "soc,sources")
    titles_of, pages_of = {}, {}
    for record in programs + credentials + occupations:
        for source in record["sources"]:
            titles_of.setdefault(source["url"], set()).add(source["title"])
            pages_of.setdefault(source["title"], set()).add(source["url"])
    salaries = every(base, "/v1/salaries", "soc,region,edition,annual", soc="29-2072,29-9021")
    print(f"| count | value |")
    print(f"| --- | --- |")
    print(f"| programs | {len(programs)} |")
    print(f"| states with a program (of 50 + DC) | {len([s for s in states if s != 'DC'])} states"
          f"{' + DC' if 'DC' in states else ', no DC'} |")
    print(f"| programs with a cost | {percent(len(with_cost), len(programs))}; derived: {len(derived_cost)} |")
    print(f"| programs with a duration | {percent(len(with_months), len(programs))}; derived: {len(derived_months)} |")
    print(f"| programs linked to a credential | {percent(len(linked), len(programs))} |")
    print(f"| programs dated (`asOf`) | {percent(len(dated), len(programs))} |")
    print(f"| credentials | {len(credentials)} |")
    print(f"| credentials with an exam fee | {percent(len(with_fee), len(credentials))} |")
    print(f"| credentials with member and non-member fees | {percent(len(with_both), len(credentials))} |")
    print(f"| credentials with membership dues | {percent(len(with_dues), len(credentials))} |")
    print(f"| credentials with an exam format (questions or minutes) | {percent(len(with_format), len(credentials))} |")
    print(f"| credentials with a first-time pass rate | {percent(len(with_rate), len(credentials))} |")
    print(f"| credentials with their issuer's page (`officialUrl`) | {percent(len(with_page), len(credentials))} |")
    print(f"| occupations | {len(occupations)} |")
    print(f"| pages the sources of programs, credentials and occupations cite | {len(titles_of)} |")
    print(f"| pages served under more than one title | {sum(len(t) > 1 for t in titles_of.values())} |")
    print(f"| titles served for more than one page | {sum(len(p) > 1 for p in pages_of.values())} |")
    for soc in ("29-2072", "29-9021"):
        rows = [r for r in salaries if r["soc"] == soc]
        newest = max(r["edition"] for r in rows)
        full = sorted(r["region"] for r in rows if r["edition"] == newest and r["region"] in ALL_STATES
                      and all(r["annual"][p] for p in ("p10", "p25", "median", "p75", "p90")))
        print(f"| states and DC with {soc}'s annual 10th to 90th percentiles, {newest} | {len(full)} of 51 |")
    print(f"\nStates with no program: {', '.join(sorted(set(ALL_STATES) - set(states)))}")


ALL_STATES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
              "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY").split()

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080")
