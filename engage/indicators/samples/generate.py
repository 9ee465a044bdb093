"""Write the synthetic sample files in this folder: `python -m engage.indicators.samples.generate`.

The headers follow the official files; every value is made up. The LSOA codes E01990001-E01990016 do not exist.
The IMD deciles equal those the demo builder gives its LSOAs, so loading the samples keeps the demo consistent.
"""

import csv
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOCAL_AUTHORITIES = [("E08000019", "Sheffield"), ("E08000018", "Rotherham")]
ICB = ("E54000061", "NHS South Yorkshire Integrated Care Board")
SUB_ICB = ("E38000146", "NHS South Yorkshire ICB - 03N")
REGION = ("E12000003", "Yorkshire and The Humber")
DEMO_DECILES = [7, 9, 5, 4, 1, 8, 8, 10, 2, 6, 5, 5, 8, 2, 3, 3]


def lsoas():
    for serial in range(1, 17):
        code, name = LOCAL_AUTHORITIES[(serial - 1) // 8]
        yield f"E0199{serial:04d}", f"{name} {(serial - 1) % 8 + 1:03d}Z (synthetic)", code, name


def write(name: str, header: list[str], rows: list[list]) -> None:
    with (HERE / name).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


IOD_HEADER = [
    "LSOA code (2011)",
    "LSOA name (2011)",
    "Local Authority District code (2019)",
    "Local Authority District name (2019)",
    "Index of Multiple Deprivation (IMD) Score",
    "Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)",
    "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)",
    "Income Score (rate)",
    "Income Rank (where 1 is most deprived)",
    "Income Decile (where 1 is most deprived 10% of LSOAs)",
    "Income Deprivation Affecting Children Index (IDACI) Score (rate)",
    "Income Deprivation Affecting Children Index (IDACI) Rank (where 1 is most deprived)",
    "Income Deprivation Affecting Children Index (IDACI) Decile (where 1 is most deprived 10% of LSOAs)",
    "Total population: mid 2015 (excluding prisoners)",
    "Dependent Children aged 0-15: mid 2015 (excluding prisoners)",
]

LOOKUP_HEADER = [
    "LSOA21CD",
    "LSOA21NM",
    "SICBL23CD",
    "SICBL23NM",
    "ICB23CD",
    "ICB23NM",
    "LAD23CD",
    "LAD23NM",
    "RGN23CD",
    "RGN23NM",
    "ObjectId",
]

FINGERTIPS_HEADER = [
    "Indicator ID",
    "Indicator Name",
    "Parent Code",
    "Parent Name",
    "Area Code",
    "Area Name",
    "Area Type",
    "Sex",
    "Age",
    "Category Type",
    "Category",
    "Time period",
    "Value",
    "Lower CI 95.0 limit",
    "Upper CI 95.0 limit",
    "Lower CI 99.8 limit",
    "Upper CI 99.8 limit",
    "Count",
    "Denominator",
    "Value note",
    "Recent Trend",
    "Compared to England value or percentiles",
    "Compared to percentiles",
    "Time period Sortable",
    "New data",
    "Compared to goal",
    "Time period range",
]
# (id, name, sex, age, England value in the latest period, periods)
INDICATORS = [
    (93700, "Children in relative low income families (under 16s)", "Persons", "<16 yrs", 19.8, ["2021/22", "2022/23"]),
    (
        90323,
        "Year 6 prevalence of obesity (including severe obesity)",
        "Persons",
        "10-11 yrs",
        22.7,
        ["2021/22", "2022/23"],
    ),
    (
        90319,
        "Reception prevalence of obesity (including severe obesity)",
        "Persons",
        "4-5 yrs",
        9.2,
        ["2021/22", "2022/23"],
    ),
    (
        93563,
        "Percentage of 5 year olds with experience of visually obvious dental decay",
        "Persons",
        "5 yrs",
        23.7,
        ["2019", "2022"],
    ),
    (90810, "Hospital admissions for asthma (under 19 years)", "Persons", "<19 yrs", 104.0, ["2021/22", "2022/23"]),
    (92622, "Hospital admissions for diabetes (under 19 years)", "Persons", "<19 yrs", 61.0, ["2021/22", "2022/23"]),
    (92623, "Hospital admissions for epilepsy (under 19 years)", "Persons", "<19 yrs", 70.0, ["2021/22", "2022/23"]),
    (
        90813,
        "Hospital admissions as a result of self-harm (10-24 years)",
        "Persons",
        "10-24 yrs",
        319.0,
        ["2021/22", "2022/23"],
    ),
    (
        90631,
        "School readiness: percentage of children achieving a good level of development at the end of Reception",
        "Persons",
        "5 yrs",
        67.2,
        ["2021/22", "2022/23"],
    ),
    (
        93203,
        "16-17 year olds not in education, employment or training (NEET) or whose activity is not known",
        "Persons",
        "16-17 yrs",
        5.2,
        ["2021", "2022"],
    ),
    (90803, "Children in care", "Persons", "<18 yrs", 71.0, ["2022", "2023"]),
    (
        93736,
        "Homelessness - households owed a duty under the Homelessness Reduction Act",
        "Not applicable",
        "Not applicable",
        12.4,
        ["2021/22", "2022/23"],
    ),
    (
        93570,
        "Percentage of physically active children and young people",
        "Persons",
        "5-16 yrs",
        47.0,
        ["2021/22", "2022/23"],
    ),
    (
        93759,
        "Fuel poverty (low income, low energy efficiency methodology)",
        "Not applicable",
        "Not applicable",
        13.1,
        ["2021", "2022"],
    ),
    (
        93867,
        "Air pollution: fine particulate matter (new method - concentrations of total PM2.5)",
        "Not applicable",
        "Not applicable",
        7.8,
        ["2021", "2022"],
    ),
    (20401, "Under 18s conception rate / 1,000", "Female", "<18 yrs", 13.1, ["2020", "2021"]),
    (92196, "Infant mortality rate", "Persons", "<1 yr", 3.9, ["2019 - 21", "2020 - 22"]),
    (
        91871,
        "Percentage of school pupils with social, emotional and mental health needs",
        "Persons",
        "School age",
        3.3,
        ["2022", "2023"],
    ),
]


def main() -> None:
    rng = random.Random(2019)
    iod = []
    for (code, name, lad_code, lad_name), decile in zip(lsoas(), DEMO_DECILES, strict=True):
        rank = rng.randint((decile - 1) * 3284 + 1, decile * 3284)
        idaci = round(max(0.01, 0.42 - decile * 0.037 + rng.uniform(-0.03, 0.03)), 3)
        population = rng.randint(1300, 2400)
        iod.append(
            [
                code,
                name,
                lad_code,
                lad_name,
                round(55 - decile * 5 + rng.uniform(-2, 2), 3),
                rank,
                decile,
                round(idaci * 0.7, 3),
                rank,
                decile,
                idaci,
                rank,
                decile,
                population,
                round(population * rng.uniform(0.16, 0.26)),
            ]
        )
    write("iod2019_file7_synthetic_sample.csv", IOD_HEADER, iod)

    lookup = [
        [code, name, SUB_ICB[0], SUB_ICB[1], *ICB, lad_code, lad_name, *REGION, n]
        for n, (code, name, lad_code, lad_name) in enumerate(lsoas(), start=1)
    ]
    write("lsoa21_lad_icb_lookup_synthetic_sample.csv", LOOKUP_HEADER, lookup)

    areas = [
        ("E92000001", "England", "England", "", ""),
        (*REGION, "Regions (statistical)", "E92000001", "England"),
        (*ICB, "ICBs", "E12000003", REGION[1]),
    ]
    areas += [(code, name, "Counties & UAs (from Apr 2023)", REGION[0], REGION[1]) for code, name in LOCAL_AUTHORITIES]
    rows = []
    for indicator_id, name, sex, age, england, periods in INDICATORS:
        for n, period in enumerate(periods):
            for code, area_name, area_type, parent_code, parent_name in areas:
                base = england * (0.97 + 0.02 * n if code == "E92000001" else rng.uniform(0.85, 1.35))
                value = round(base, 1)
                spread = round(value * 0.06, 1)
                sortable = int(period[:4]) * 10000
                rows.append(
                    [
                        indicator_id,
                        name,
                        parent_code,
                        parent_name,
                        code,
                        area_name,
                        area_type,
                        sex,
                        age,
                        "",
                        "",
                        period,
                        value,
                        round(value - spread, 1),
                        round(value + spread, 1),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        sortable,
                        "",
                        "",
                        "1y",
                    ]
                )
        # A breakdown row, as Fingertips includes: the loader skips rows with a Category Type.
        rows.append(
            [
                indicator_id,
                name,
                "",
                "",
                "E92000001",
                "England",
                "England",
                sex,
                age,
                "LSOA11 deprivation deciles in England (IMD2019)",
                "Most deprived decile (IMD2019)",
                periods[-1],
                round(england * 1.4, 1),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                int(periods[-1][:4]) * 10000,
                "",
                "",
                "1y",
            ]
        )
    write("fingertips_synthetic_sample.csv", FINGERTIPS_HEADER, rows)

    trust = [
        [
            990001,
            "Emergency attendances for asthma, under 19s (trust data)",
            lad_code,
            lad_name,
            code,
            name,
            "LSOA",
            "Persons",
            "<19 yrs",
            "",
            "",
            "2023/24",
            count,
            "",
            "",
            "",
            "",
            count,
            "",
            "",
            "",
            "",
            "",
            20230000,
            "",
            "",
            "1y",
        ]
        for code, name, lad_code, lad_name in lsoas()
        for count in [rng.randint(0, 14)]
    ]
    write("trust_asthma_attendances_synthetic_sample.csv", FINGERTIPS_HEADER, trust)


if __name__ == "__main__":
    main()
