"""Services that change indicator data: the catalogue from the framework, the theme tallies, the demo samples."""

import logging
import time
from collections import defaultdict
from pathlib import Path

import yaml
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from engage.areas.models import Area
from engage.indicators import loaders
from engage.indicators.counting import grouped_counts, tally_keys
from engage.indicators.models import Indicator, Polarity, TallyRefresh, ThemeTally
from engage.responses.models import Response
from engage.themes.models import ThemeAssignment

logger = logging.getLogger(__name__)

SAMPLES = Path(__file__).resolve().parent / "samples"
BATCH = 5000
QUEUE_GUARD_KEY = "indicators:tally-refresh-asked"
QUEUE_GUARD_SECONDS = 120  # while a queued refresh waits, page views do not queue more


def framework_path() -> Path:
    """The project's copy of the framework (nlp/framework.yaml), read as plain YAML."""
    return Path(settings.BASE_DIR) / "nlp" / "framework.yaml"


def sync_indicator_catalogue(*, path: Path | None = None) -> int:
    """Add or update the framework's `indicators` in the catalogue; indicators staff added are left alone."""
    framework = yaml.safe_load((path or framework_path()).read_text(encoding="utf-8"))
    count = 0
    for item in framework.get("indicators", []):
        polarity = item.get("polarity", Polarity.HIGHER_IS_WORSE)
        Indicator.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "unit": str(item.get("unit", "")),
                "polarity": polarity if polarity in Polarity.values else Polarity.NEITHER,
                "themes": list(item.get("themes", [])),
                "fingertips_id": str(item.get("fingertips_id") or ""),
                "source": item.get("source") or "OHID Fingertips",
                "from_framework": True,
            },
        )
        count += 1
    return count


def load_indicator_samples() -> dict:
    """Load the shipped synthetic samples (lookup, deprivation, Fingertips) for the demo areas. Idempotent."""
    sync_indicator_catalogue()
    results = {
        "lookup": loaders.load_area_lookup(SAMPLES / "lsoa21_lad_icb_lookup_synthetic_sample.csv", synthetic=True),
        "deprivation": loaders.load_deprivation(
            SAMPLES / "iod2019_file7_synthetic_sample.csv", edition=2019, synthetic=True
        ),
        "indicators": loaders.load_indicator_values(SAMPLES / "fingertips_synthetic_sample.csv", synthetic=True),
    }
    refresh_theme_tallies()
    return results


def _places() -> dict[int, tuple[int | None, int | None, int | None]]:
    """For every area above LSOA level: (local authority, ICB, region) ids it sits in."""
    areas = {a["id"]: a for a in Area.objects.exclude(kind=Area.Kind.LSOA).values("id", "kind", "parent_id")}
    found = {}
    for area_id, area in areas.items():
        chain = {area["kind"]: area_id}
        parent = areas.get(area["parent_id"])
        while parent is not None and len(chain) < 5:
            chain.setdefault(parent["kind"], parent["id"])
            parent = areas.get(parent["parent_id"])
        found[area_id] = (chain.get(Area.Kind.LOCAL_AUTHORITY), chain.get(Area.Kind.ICB), chain.get(Area.Kind.REGION))
    return found


def refresh_theme_tallies() -> int:
    """Rebuild the theme tallies from responses (withdrawn ones left out) and their themes. Returns rows written.

    Breakdowns are kept per ICB; the "area" rows keep everyone and each theme per local authority, so an ICB's
    dashboard can compare its authorities. A local authority's own breakdowns are counted live (see report.py).
    """
    started = time.perf_counter()
    last_response = Response.objects.aggregate(m=Max("id"))["m"] or 0
    last_assignment = ThemeAssignment.objects.aggregate(m=Max("id"))["m"] or 0
    places = _places()
    tallies: dict[tuple, int] = defaultdict(int)
    responses = Response.objects.filter(withdrawn_at__isnull=True)
    for (org, consultation, month, place_id), breakdown, category, theme, n in grouped_counts(
        responses, keys=tally_keys
    ):
        lad, icb, region = places.get(place_id, (None, None, None))
        tallies[(org, consultation, month, None, icb, region, breakdown, category, theme)] += n
        if breakdown == ThemeTally.Dimension.ALL and lad is not None:
            tallies[(org, consultation, month, lad, icb, region, ThemeTally.Dimension.AREA, "", theme)] += n

    fields = [
        "organisation_id",
        "consultation_id",
        "month",
        "lad_id",
        "icb_id",
        "region_id",
        "dimension",
        "category",
        "theme",
    ]
    with transaction.atomic():
        ThemeTally.objects.all().delete()
        batch = []
        for key, n in tallies.items():
            batch.append(ThemeTally(**dict(zip(fields, key, strict=True)), responses=n))
            if len(batch) >= BATCH:
                ThemeTally.objects.bulk_create(batch)
                batch = []
        ThemeTally.objects.bulk_create(batch)
        TallyRefresh.objects.all().delete()
        TallyRefresh.objects.create(
            refreshed_at=timezone.now(),
            last_response_id=last_response,
            last_assignment_id=last_assignment,
            seconds=time.perf_counter() - started,
        )
    logger.info("Theme tallies refreshed: %s rows in %.1f s", len(tallies), time.perf_counter() - started)
    return len(tallies)


def tallies_are_stale(*, max_age_seconds: int = 3600) -> bool:
    """Stale if a response or theme came in since the last refresh, or the last is older than max_age_seconds.

    settings.YOUTH_VOICE["TALLY_REFRESH_MIN_SECONDS"] (default 0) spaces refreshes out when answers keep coming:
    at millions of answers a refresh takes minutes.
    """
    last = TallyRefresh.objects.order_by("-refreshed_at").first()
    if last is None:
        return True
    age = (timezone.now() - last.refreshed_at).total_seconds()
    if age > max_age_seconds:
        return True
    if age < settings.YOUTH_VOICE.get("TALLY_REFRESH_MIN_SECONDS", 0):
        return False
    newest_response = Response.objects.aggregate(m=Max("id"))["m"] or 0
    newest_assignment = ThemeAssignment.objects.aggregate(m=Max("id"))["m"] or 0
    return newest_response != last.last_response_id or newest_assignment != last.last_assignment_id


def ask_for_fresh_tallies() -> None:
    """Queue a refresh when the tallies are stale. Development and tests run it at once; production queues it."""
    if tallies_are_stale() and cache.add(QUEUE_GUARD_KEY, True, timeout=QUEUE_GUARD_SECONDS):
        from engage.indicators.tasks import refresh_theme_tallies_task

        refresh_theme_tallies_task.enqueue()
        if _runs_at_once():  # already done: the next stale view may ask again
            cache.delete(QUEUE_GUARD_KEY)


def _runs_at_once() -> bool:
    from django_tasks import task_backends

    return type(task_backends["default"]).__name__ == "ImmediateBackend"
