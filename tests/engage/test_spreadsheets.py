import io

import pandas as pd
import pytest
from django.core.exceptions import ValidationError

from engage.spreadsheets import csv_bytes, formula_safe, read_table, xlsx_bytes


@pytest.mark.parametrize("cell", ["=SUM(A1:A9)", "+1", "-2+3", "@cmd", "\t=1", "\r=1"])
def test_cells_a_spreadsheet_would_run_are_made_inert(cell):
    assert formula_safe(cell) == "'" + cell


def test_ordinary_text_and_numbers_are_left_alone():
    assert formula_safe("the youth club shut") == "the youth club shut"
    assert formula_safe(-3) == -3


def test_downloads_are_formula_safe_in_csv_and_xlsx():
    frame = pd.DataFrame({"Answer": ['=HYPERLINK("http://x")', "fine"]})
    assert b"'=HYPERLINK" in csv_bytes(frame)
    sheet = pd.read_excel(io.BytesIO(xlsx_bytes({"Responses": frame})), dtype=str)
    assert sheet["Answer"][0].startswith("'=")


def test_our_own_downloads_read_back_as_typed():
    frame = pd.DataFrame({"Answer": ["-5 is my mood", "ok"]})
    assert read_table(csv_bytes(frame), "x.csv")["Answer"].tolist() == ["-5 is my mood", "ok"]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "x.csv", "empty"),
        (b"a,b\n1,2\n", "x.txt", ".csv or .xlsx"),
        (b"not a zip", "x.xlsx", "not an Excel workbook"),
        ("caf\u00e9".encode("latin-1"), "x.csv", "not UTF-8"),
        (b"x" * (5 * 1024 * 1024 + 1), "x.csv", "largest we take"),
    ],
)
def test_bad_uploads_get_a_message_that_says_what_to_do(data, name, message):
    with pytest.raises(ValidationError, match=message):
        read_table(data, name)
