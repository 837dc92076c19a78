"""Writes the request paths of every benchmark scenario, one file per scenario, by asking the running
service: the cursor of page 1,000 is walked, the filters of a 10,000-row and a 100,000-row CSV export are found,
the ETag is read.

    python3 bench/prepare.py BASE_URL OUT_DIR
"""
import json
import sys
import urllib.error
import urllib.request

LIST = "/v1/programs?certification=cpc&deliveryMode=online"
EXPORT = "/v1/programs.csv?certification=cpc&deliveryMode=online"
# Every program, for the export of the maximum size.
LIST_ALL = "/v1/programs?sort=institution"
EXPORT_ALL = "/v1/programs.csv?sort=institution"
PAGE = 20
DEEP_PAGE = 1000
EXPORT_ROWS = 10_000
EXPORT_ROWS_LARGE = 100_000
UNCACHED = 50_000


def get(base, path, headers=None):
    request = urllib.request.Request(base + path, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def ok(base, path, headers=None):
    status, response_headers, body = get(base, path, headers)
    if status != 200:
        sys.exit(f"GET {path}: {status} {body[:300]!r}")
    return response_headers, body


def cursor_after(base, rows):
    """The cursor that starts right after the first `rows` rows of LIST, in pages of at most 500."""
    path, cursor = LIST, None
    while rows > 0:
        limit = min(rows, 500)
        _, body = ok(base, path + f"&limit={limit}" + (f"&cursor={cursor}" if cursor else ""))
        cursor = json.loads(body)["page"]["nextCursor"]
        if cursor is None:
            sys.exit(f"{LIST} has fewer rows than page {DEEP_PAGE} needs: load more data")
        rows -= limit
    return cursor


def total(base, path):
    _, body = ok(base, path + "&limit=1")
    return json.loads(body)["page"]["total"]


def export_filter(base, listed, most):
    """The highest whole maxCost at which the list holds at most `most` programs, and that count."""
    low, high = 0, 100_000
    while low < high:
        middle = (low + high + 1) // 2
        if total(base, f"{listed}&maxCost={middle}") <= most:
            low = middle
        else:
            high = middle - 1
    return low, total(base, f"{listed}&maxCost={low}")


def main(base, out):
    scenarios = {
        "static": ["/v1"],
        "list_page1": [LIST],
        "list_page1000": [LIST + "&cursor=" + cursor_after(base, (DEEP_PAGE - 1) * PAGE)],
        "list_304": [LIST],
        "salaries": ["/v1/salaries?soc=99-0001&region=NJ"],
        "pathways": ["/v1/pathways?certification=cpc"],
    }
    # The same requests, each with an Accept header of its own that still asks for JSON: no response is
    # served from the cache, while the total (which depends on the filters only) is.
    for name in ("list_page1", "list_page1000", "salaries"):
        path = scenarios[name][0]
        scenarios[name + "_uncached"] = [f"{path}\tapplication/json;bench={n}" for n in range(UNCACHED)]
    # Each request a filter of its own, so that not even the total is reused: a maximum cost above every
    # synthetic program's (they cost at most 40,000), which leaves out only those of unknown cost. Not an
    # updatedSince: that would also ask for the removals since then, a query the other scenarios don't run.
    scenarios["list_count_cold"] = [LIST + f"&maxCost={50000 + n / 100:.2f}" for n in range(UNCACHED)]
    # Routes to CPC from a state, each request with a maximum total cost of its own, above every route's: neither
    # the response nor the routes are cached, so every request prices the state's programs (the online ones too).
    states = [region["code"] for region in json.loads(ok(base, "/v1/regions?kind=state&limit=100")[1])["items"]]
    scenarios["pathways_uncached"] = [f"/v1/pathways?certification=cpc&region={states[n % len(states)]}"
                                      f"&maxTotalCost={100000 + n / 100:.2f}" for n in range(UNCACHED)]
    # A whole filtered export in one request: the highest maximum cost whose programs number at most 10,000, and
    # of all programs at most 100,000, as large as an export may be. Each request with an Accept of its own, so
    # none comes from the cache.
    exported = []
    for name, listed, export, most in (("csv_export", LIST, EXPORT, EXPORT_ROWS),
                                       ("csv_export_100k", LIST_ALL, EXPORT_ALL, EXPORT_ROWS_LARGE)):
        max_cost, rows = export_filter(base, listed, most)
        scenarios[name] = [f"{export}&maxCost={max_cost}\ttext/csv;bench={n}" for n in range(UNCACHED)]
        exported.append(f"{name},{rows}")
    with open(f"{out}/export_rows", "w") as f:
        f.write("\n".join(exported) + "\n")

    headers, _ = ok(base, LIST)
    etag = headers["ETag"]
    for name, paths in scenarios.items():
        path, _, accept = paths[0].partition("\t")
        headers = {"If-None-Match": etag} if name == "list_304" else {"Accept": accept} if accept else None
        status, _, body = get(base, path, headers)
        expected = 304 if name == "list_304" else 200
        if name == "pathways" and status == 404:
            print("pathways: GET /v1/pathways answers 404 here, the scenario is skipped", file=sys.stderr)
            continue
        if status != expected:
            sys.exit(f"{name}: GET {path} answered {status}, not {expected}: {body[:300]!r}")
        with open(f"{out}/{name}.paths", "w") as f:
            f.write("\n".join(paths) + "\n")
    with open(f"{out}/etag", "w") as f:
        f.write(etag)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
