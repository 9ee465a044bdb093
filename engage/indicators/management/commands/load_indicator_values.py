from django.core.management.base import BaseCommand

from engage.indicators.loaders import FINGERTIPS_COLUMNS, load_indicator_values
from engage.indicators.management.commands._columns import add_common_arguments, parse_columns, run
from engage.indicators.services import sync_indicator_catalogue


class Command(BaseCommand):
    help = (
        "Load area-level indicator values from a CSV in the shape of an OHID Fingertips download (Indicator ID, "
        "Indicator Name, Area Code, Area Name, Area Type, Sex, Age, Time period, Value, ...). Any local indicator "
        "in the same shape loads too: give --indicator to name its catalogue slug."
    )

    def add_arguments(self, parser):
        add_common_arguments(parser, FINGERTIPS_COLUMNS)
        parser.add_argument("--indicator", help="catalogue slug for every row (added if new), e.g. trust_asthma_visits")

    def handle(self, *args, **options):
        sync_indicator_catalogue()
        run(
            self,
            load_indicator_values,
            path=options["path"],
            indicator=options["indicator"],
            columns=parse_columns(options["column"], FINGERTIPS_COLUMNS),
            synthetic=options["synthetic"],
        )
