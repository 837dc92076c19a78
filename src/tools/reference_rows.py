"""What the reference-data build scripts share: the programs as the service serves them, the IPEDS rows the seventh
program pass staged, and the writing of a reference file."""
import csv
import io
import pathlib
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent
REFERENCE = ROOT.parent / "main" / "resources" / "reference-data"
IPEDS_STAGED = ROOT / "staged-research" / "programs-ipeds-7.csv"


def served_programs(base):
    """Every program the service at `base` serves, as its CSV export gives them."""
    with urllib.request.urlopen(f"{base}/v1/programs.csv") as served:
        return list(csv.DictReader(io.TextIOWrapper(served, encoding="utf-8", newline="")))


def ipeds_rows(file):
    """The staged rows of one IPEDS file (HD2022, IC2022_AY, IC2023_PY), by program id."""
    with IPEDS_STAGED.open(newline="") as staged:
        return {row["program_id"]: row for row in csv.DictReader(staged) if row["file"] == file}


def columns_of(layout, extra=()):
    with (REFERENCE / layout).open(newline="") as file:
        return next(csv.reader(file)) + list(extra)


def write(name, columns, rows):
    with (REFERENCE / name).open("w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows -> {name}")
