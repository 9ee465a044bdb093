from django.db import migrations

# The public quotes read only reviewer-given themes, newest first. Among millions of model-given themes a partial
# index finds them at once. Plain SQL that SQLite and PostgreSQL both accept.


class Migration(migrations.Migration):
    dependencies = [
        ("indicators", "0002_tally_area_rows"),
        ("engage", "0002_themes"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS indicators_reviewer_themes ON engage_themeassignment (created_at) "
            "WHERE source = 'reviewer'",
            reverse_sql="DROP INDEX IF EXISTS indicators_reviewer_themes",
        ),
    ]
