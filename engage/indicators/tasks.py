"""Background work for the indicator views. Immediate in development; db_worker runs it in production."""

from django_tasks import task

from engage.indicators import services


@task()
def refresh_theme_tallies_task(only_if_stale: bool = True) -> int:
    """Rebuild the theme tallies; a queued duplicate finds them fresh and does nothing."""
    if only_if_stale and not services.tallies_are_stale():
        return 0
    return services.refresh_theme_tallies()
