"""Writes reference-data/occupations/salaries-revised-1.csv: the May 2024 state wage percentiles of 29-2072,
29-9021 and 31-9094, read from a third-party extract of the BLS OEWS all-data file (its state rows, cross-industry).

    git --git-dir=/work/.mirror/lucas-ms1+ICM-MCM-Competition-2026/repo show \
        '1fc4c8922c4403d5bfa9eed6ca403a7edfa9c63b:Problem #2/data/oews_institution_local.xlsx' > oews_institution_local.xlsx
    python3 src/tools/build_salaries_revised_1.py oews_institution_local.xlsx

Every figure is copied as the file holds it; a cell the extract left empty (a BLS marker) stays empty.
"""
import sys

import reference_rows
import xlsx_rows

OCCUPATIONS = ("29-2072", "29-9021", "31-9094")
STATE = "2"
URL = ("https://github.com/lucas-ms1/ICM-MCM-Competition-2026/blob/1fc4c8922c4403d5bfa9eed6ca403a7edfa9c63b/"
       "Problem%20%232/data/oews_institution_local.xlsx")
TITLE = ("oews_institution_local.xlsx: third-party extract of BLS OEWS all_data_M_2024.xlsx (May 2024), state rows, "
         "cross-industry")
NOTES = ("Third-party extract of BLS OEWS all_data_M_2024.xlsx (sheet 'All May 2024 data', cross-industry, AREA_TYPE "
         "2) made by the repo's Problem #2/build_tables.py at commit 1fc4c89: it keeps employment, the annual mean and "
         "median, the annual 10th, 25th, 75th and 90th percentiles and the hourly mean and median, and turns BLS markers "
         "('*', '**', '#', '~') into empty cells. Numeric cells as stored (trailing zeros dropped: 24 = $24.00).")
FIGURES = {"employment": "emp", "hourly_mean_usd": "h_mean", "annual_mean_usd": "a_mean",
           "annual_p10_usd": "a_pct10", "annual_p25_usd": "a_pct25", "annual_median_usd": "a_median",
           "annual_p75_usd": "a_pct75", "annual_p90_usd": "a_pct90", "hourly_median_usd": "h_median"}


def main(xlsx):
    rows = list(xlsx_rows.rows(xlsx))
    header = rows[0]
    columns = reference_rows.columns_of("occupations/salaries.csv")
    out = []
    for values in rows[1:]:
        extract = dict(zip(header, values))
        if extract["occ_code"] not in OCCUPATIONS or extract["area_type"] != STATE:
            continue
        row = {column: "" for column in columns}
        row.update(soc_code=extract["occ_code"], occupation_title=extract["occ_title"], estimate_period="May 2024",
                   geography=extract["area_title"], industry="Cross-industry (all ownerships)", source_url=URL,
                   source_title=TITLE, source_kind="secondary",
                   publisher_url="https://www.bls.gov/oes/special-requests/oesm24all.zip",
                   as_of="May 2024 OEWS estimates", notes=NOTES)
        row.update({column: extract[field] for column, field in FIGURES.items()})
        out.append(row)
    out.sort(key=lambda row: (row["soc_code"], row["geography"]))
    reference_rows.write("occupations/salaries-revised-1.csv", columns, out)


if __name__ == "__main__":
    main(sys.argv[1])
