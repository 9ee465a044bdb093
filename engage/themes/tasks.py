"""Background work for theming. Immediate in development; db_worker runs them in production."""

from django_tasks import task

from engage.themes import services


@task()
def theme_answers(answer_ids: list[int]) -> int:
    return services.theme_answers(answer_ids=answer_ids)


@task()
def theme_missing_answers(retheme: bool = False) -> int:
    return services.theme_missing_answers(retheme=retheme)
