from django.core.management.base import BaseCommand

from engage.indicators.loaders import DEPRIVATION_COLUMNS, load_deprivation
from engage.indicators.management.commands._columns import add_common_arguments, parse_columns, run


class Command(BaseCommand):
    help = (
        "Load the English Indices of Deprivation at LSOA level from the 'File 7' CSV (all ranks, deciles, scores "
        "and population denominators). Headers are matched whatever year they carry, so IoD2025 loads too."
    )

    def add_arguments(self, parser):
        add_common_arguments(parser, DEPRIVATION_COLUMNS)
        parser.add_argument("--edition", type=int, required=True, choices=[2019, 2025], help="which IoD release")

    def handle(self, *args, **options):
        run(
            self,
            load_deprivation,
            path=options["path"],
            edition=options["edition"],
            columns=parse_columns(options["column"], DEPRIVATION_COLUMNS),
            synthetic=options["synthetic"],
        )
