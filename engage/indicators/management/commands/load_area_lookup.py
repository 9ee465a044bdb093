from django.core.management.base import BaseCommand

from engage.indicators.loaders import LOOKUP_COLUMNS, load_area_lookup
from engage.indicators.management.commands._columns import add_common_arguments, parse_columns, run


class Command(BaseCommand):
    help = (
        "Load an ONS lookup from LSOA (2021) to local authority and ICB (optionally NHS region): columns LSOA21CD, "
        "LSOA21NM, LADyyCD, LADyyNM, ICByyCD, ICByyNM with any year suffix. Builds the area hierarchy."
    )

    def add_arguments(self, parser):
        add_common_arguments(parser, LOOKUP_COLUMNS)

    def handle(self, *args, **options):
        run(
            self,
            load_area_lookup,
            path=options["path"],
            columns=parse_columns(options["column"], LOOKUP_COLUMNS),
            synthetic=options["synthetic"],
        )
