"""Background work for review: retraining and bulk re-theming. Immediate in development; db_worker in production."""

from django_tasks import task


@task()
def retrain_model(version_id: int, base_limit: int | None = None, epochs: int = 6) -> str:
    from engage.review.retraining import retrain

    return retrain(version_id=version_id, base_limit=base_limit, epochs=epochs).status


@task()
def retheme(run_id: int) -> int:
    from engage.review.retheming import run_retheme

    return run_retheme(run_id=run_id).done
