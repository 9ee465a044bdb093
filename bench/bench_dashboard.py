"""The indicator dashboard on PostgreSQL at scale, and the area loaders on a national-sized file.

Uses a scratch database, `youth_voice_bench`, on the server DATABASE_URL points at (default
postgres://postgres@127.0.0.1:5432/test); it never touches that database's own data. The scratch database is kept and
reused between runs (delete it with `dropdb youth_voice_bench`). Skips with a message when PostgreSQL is unreachable.

BENCH_DASHBOARD_ANSWERS sets the scale (default 1,000,000 answers: 250,000 responses of 4 free-text answers, each
with 5 theme assignments, so 5,000,000 assignments), spread over 35,000 LSOAs in 42 ICBs.
"""

import csv
import os
import statistics
import tempfile
import time
from pathlib import Path

from bench.figures import Figure

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/test"
BENCH_DB = "youth_voice_bench"
LSOAS, LADS, ICBS, REGIONS = 35_000, 300, 42, 7
ANSWERS_PER_RESPONSE, THEMES_PER_ANSWER = 4, 5
CONSULTATIONS = 12


def _bench_url() -> tuple[str, str] | None:
    """(admin conninfo, bench url), creating the scratch database if needed; None if PostgreSQL is unreachable."""
    import dj_database_url
    import psycopg

    url = os.environ.get("DATABASE_URL", DEFAULT_URL)
    if not url.startswith("postgres"):
        url = DEFAULT_URL
    config = dj_database_url.parse(url)
    conninfo = (
        f"host={config['HOST'] or '127.0.0.1'} port={config['PORT'] or 5432} user={config['USER'] or 'postgres'} "
        f"dbname=postgres" + (f" password={config['PASSWORD']}" if config.get("PASSWORD") else "")
    )
    try:
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=3) as connection:
            exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{BENCH_DB}"')
    except psycopg.Error as error:
        print(f"bench dashboard skipped: PostgreSQL unreachable at {url} ({error.__class__.__name__}: {error})")
        return None
    base = url.rsplit("/", 1)[0]
    return conninfo.replace("dbname=postgres", f"dbname={BENCH_DB}"), f"{base}/{BENCH_DB}"


def _setup_django(url: str) -> None:
    import django
    from django.apps import apps

    if apps.ready:
        import dj_database_url
        from django.conf import settings
        from django.db import connections

        connections.close_all()
        settings.DATABASES["default"].update(dj_database_url.parse(url))
        return
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    django.setup()


def _write_geography(folder: Path) -> tuple[Path, Path]:
    """A national-sized ONS lookup and IoD File 7, synthetic (made-up codes, values and names)."""
    from engage.indicators.samples.generate import IOD_HEADER, LOOKUP_HEADER

    lookup, iod = folder / "lookup.csv", folder / "iod.csv"
    with lookup.open("w", newline="") as lk, iod.open("w", newline="") as fd:
        lookup_writer, iod_writer = csv.writer(lk), csv.writer(fd)
        lookup_writer.writerow(LOOKUP_HEADER)
        iod_writer.writerow(IOD_HEADER)
        for n in range(1, LSOAS + 1):
            lad = 1 + (n - 1) * LADS // LSOAS
            icb = 1 + (lad - 1) * ICBS // LADS
            region = 1 + (icb - 1) * REGIONS // ICBS
            code, name = f"E01{n:06d}", f"Bench LSOA {n}"
            lad_code, lad_name = f"E06{lad:06d}", f"Bench authority {lad}"
            lookup_writer.writerow(
                [
                    code,
                    name,
                    "E38000001",
                    "Sub-ICB",
                    f"E54{icb:06d}",
                    f"Bench ICB {icb}",
                    lad_code,
                    lad_name,
                    f"E40{region:06d}",
                    f"Bench region {region}",
                    n,
                ]
            )
            decile = 1 + (n * 7919) % 10
            iod_writer.writerow(
                [
                    code,
                    name,
                    lad_code,
                    lad_name,
                    30.0,
                    n,
                    decile,
                    0.1,
                    n,
                    decile,
                    round(0.05 + decile / 40, 3),
                    n,
                    decile,
                    1500,
                    300,
                ]
            )
    return lookup, iod


def _loader_figures(folder: Path) -> list[Figure]:
    from engage.indicators.loaders import load_area_lookup, load_deprivation

    lookup, iod = _write_geography(folder)
    figures = []
    for name, load in (
        ("area lookup", lambda: load_area_lookup(lookup)),
        ("IoD File 7", lambda: load_deprivation(iod, edition=2019)),
    ):
        for attempt in ("first load", "reload"):
            started = time.perf_counter()
            result = load()
            elapsed = time.perf_counter() - started
            figures.append(
                Figure(
                    f"load {name} ({attempt})",
                    LSOAS / elapsed,
                    35_000 / 10,
                    "rows/s",
                    note=f"{LSOAS:,} LSOAs in {elapsed:.1f} s; {result.created} created, {result.updated} updated",
                )
            )
    return figures


def _generate(conninfo: str, answers: int) -> tuple[float, int, int]:
    """Fill the scratch database with synthetic responses, answers and themes by SQL. Reused when already there."""
    import psycopg
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    from engage.organisations.models import Organisation

    organisation, _ = Organisation.objects.get_or_create(
        slug="bench", defaults={"name": "Bench partnership", "kind": Organisation.Kind.ICB}
    )
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    pages = list(Page.objects.filter(slug__startswith="bench-consultation-").values_list("id", flat=True))
    for n in range(len(pages), CONSULTATIONS):
        pages.append(root.add_child(title=f"Bench consultation {n}", slug=f"bench-consultation-{n}").id)
    if not get_user_model().objects.filter(username="bench").exists():
        get_user_model().objects.create_superuser(username="bench", email="bench@example.org", password=None)
    responses = answers // ANSWERS_PER_RESPONSE
    with psycopg.connect(conninfo, autocommit=True) as db:
        have = db.execute("SELECT count(*) FROM engage_answer").fetchone()[0]
        if have == responses * ANSWERS_PER_RESPONSE:
            assignments = db.execute("SELECT count(*) FROM engage_themeassignment").fetchone()[0]
            return 0.0, have, assignments
        started = time.perf_counter()
        db.execute("TRUNCATE engage_themeassignment, engage_answer, engage_response RESTART IDENTITY CASCADE")
        db.execute(
            """
            INSERT INTO engage_response (consultation_id, organisation_id, channel, idempotency_key, receipt_code,
                submitted_at, consent_given, age_band, postcode_district, area_id, gender, ethnicity, plus_groups,
                withdrawn_at, is_synthetic)
            SELECT (%(pages)s::bigint[])[1 + g %% %(n_pages)s], %(org)s, 'online', 'bench-' || g,
                   'B' || lpad(to_hex(g), 8, '0'),
                   -- each consultation is open for about ten weeks; together they span eighteen months
                   now() - (((g %% %(n_pages)s) * 45 + (g * 31) %% 75) || ' days')::interval, true,
                   (ARRAY['under_13','13_15','16_17','18_21','22_25',''])[1 + (g * 7) %% 6], '',
                   lsoa.ids[1 + (g::bigint * 2654435761) %% array_length(lsoa.ids, 1)], '', '',
                   CASE WHEN g %% 5 = 0 THEN '["young_carer"]'::jsonb WHEN g %% 7 = 0 THEN '["send", "lgbtq"]'::jsonb
                        ELSE '[]'::jsonb END,
                   CASE WHEN g %% 97 = 0 THEN now() END, true
            FROM generate_series(1, %(responses)s) g,
                 (SELECT array_agg(id ORDER BY id) AS ids FROM engage_area WHERE kind = 'lsoa') lsoa
            """,
            {"pages": pages, "n_pages": len(pages), "org": organisation.id, "responses": responses},
        )
        db.execute(
            """
            INSERT INTO engage_answer (response_id, block_id, question_type, question_text, value, text,
                is_free_text, themed_at, theme_model)
            SELECT r.id, 'q' || k, 'long_text', 'What would make it easier to be healthy?', NULL,
                   'synthetic bench answer ' || k, true, now(), 'bench@1'
            FROM engage_response r CROSS JOIN generate_series(1, %(per)s) k
            """,
            {"per": ANSWERS_PER_RESPONSE},
        )
        from engage.themes.framework import themes

        db.execute(
            """
            INSERT INTO engage_themeassignment (answer_id, slug, confidence, evidence, source, model_version,
                created_by_id, created_at)
            SELECT a.id, (%(slugs)s::text[])[1 + ((a.id * 3 + k * 4) %% 20)], 0.8, '[]'::jsonb, 'model', 'bench@1',
                   NULL, now()
            FROM engage_answer a CROSS JOIN generate_series(0, %(per)s - 1) k
            """,
            {"slugs": list(themes())[:20], "per": THEMES_PER_ANSWER},
        )
        db.execute("ANALYZE")
        elapsed = time.perf_counter() - started
        have = db.execute("SELECT count(*) FROM engage_answer").fetchone()[0]
        assignments = db.execute("SELECT count(*) FROM engage_themeassignment").fetchone()[0]
    return elapsed, have, assignments


def _time(call, repeat: int = 5) -> float:
    call()  # warm the caches
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run() -> list[Figure]:
    found = _bench_url()
    if found is None:
        return [
            Figure(
                "dashboard for one ICB",
                None,
                1000,
                "ms",
                higher_is_better=False,
                note="skipped: PostgreSQL unreachable",
            )
        ]
    conninfo, url = found
    _setup_django(url)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        figures += _loader_figures(Path(folder))

    answers = int(os.environ.get("BENCH_DASHBOARD_ANSWERS", "1000000"))
    generated_in, have, assignments = _generate(conninfo, answers)
    figures.append(
        Figure(
            "synthetic data generated",
            have,
            unit="answers",
            note=f"{assignments:,} theme assignments"
            + (f", made in {generated_in:.0f} s" if generated_in else ", reused"),
        )
    )

    from django.test import Client

    from engage.areas.models import Area
    from engage.indicators.report import Scope, build_report
    from engage.indicators.services import refresh_theme_tallies

    started = time.perf_counter()
    rows = refresh_theme_tallies()
    refresh = time.perf_counter() - started
    figures.append(
        Figure(
            "refresh theme tallies (background task)",
            refresh,
            unit="s",
            higher_is_better=False,
            note=f"{rows:,} tally rows from {assignments:,} assignments",
        )
    )

    from django.conf import settings
    from django.contrib.auth import get_user_model

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    client.force_login(get_user_model().objects.get(username="bench"))
    icb = Area.objects.filter(kind=Area.Kind.ICB).order_by("code").first()

    def dashboard(**params):
        response = client.get("/admin/indicators/", params)
        assert response.status_code == 200, response.status_code

    figures.append(
        Figure(
            "dashboard for one ICB (whole page)",
            1000 * _time(lambda: dashboard(area=icb.id)),
            1000,
            "ms",
            higher_is_better=False,
            note=f"{icb.name}, all consultations and months",
        )
    )
    figures.append(
        Figure(
            "dashboard for everything (whole page)",
            1000 * _time(lambda: dashboard()),
            1000,
            "ms",
            higher_is_better=False,
            note="all 42 ICBs",
        )
    )
    figures.append(
        Figure(
            "report tables for one ICB (no rendering)",
            1000 * _time(lambda: build_report(Scope(area=icb))),
            unit="ms",
            higher_is_better=False,
        )
    )
    return figures
