"""Reading and writing CSV and XLSX files that staff upload and download, safely.

Every cell that a spreadsheet could run as a formula is made inert, uploads are checked for size and type before
they are parsed, and a file that cannot be read gets a message that says what to do.
"""

import csv
import io
import re
import zipfile

import pandas as pd
from django.core.exceptions import ValidationError

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
# A cell starting with one of these can be read as a formula by spreadsheet software (CSV injection).
_FORMULA_START = re.compile(r"^[=+\-@\t\r]")


def formula_safe(value):
    """Prefix text that a spreadsheet would run as a formula with a single quote; leave numbers alone."""
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def formula_unsafe(value: str) -> str:
    """Undo formula_safe on a cell read back from one of our own downloads."""
    if value.startswith("'") and _FORMULA_START.match(value[1:]):
        return value[1:]
    return value


def csv_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    frame.map(formula_safe).to_csv(buffer, index=False, quoting=csv.QUOTE_MINIMAL)
    return buffer.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8 correctly


def xlsx_bytes(frames: dict[str, pd.DataFrame]) -> bytes:
    """One sheet per frame, named after its title (Excel allows 31 characters, no []:*?/\\, and no repeats)."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        used: set[str] = set()
        for title, frame in frames.items():
            sheet = re.sub(r"[\[\]:*?/\\]", " ", title)[:31] or "Sheet"
            while sheet in used:
                sheet = sheet[:29] + f"{len(used):02d}"
            used.add(sheet)
            frame.map(formula_safe).to_excel(writer, sheet_name=sheet, index=False)
    return buffer.getvalue()


def read_table(data: bytes, filename: str) -> pd.DataFrame:
    """A CSV or XLSX upload as a table of strings (empty cells as ""), or a ValidationError saying what is wrong."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(
            f"The file is {len(data) // 1024} KB; the largest we take is {MAX_UPLOAD_BYTES // 1024} KB."
        )
    if not data:
        raise ValidationError("The file is empty.")
    name = filename.lower()
    if name.endswith(".xlsx"):
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise ValidationError(
                "That file ends in .xlsx but is not an Excel workbook. Save it again as .xlsx or .csv."
            )
        try:
            frame = pd.read_excel(io.BytesIO(data), dtype=str, keep_default_na=False, engine="openpyxl")
        except Exception as error:  # openpyxl raises many kinds for damaged workbooks
            raise ValidationError(f"We could not read that workbook ({type(error).__name__}). Save it again.") from None
    elif name.endswith(".csv"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(
                "That CSV file is not UTF-8 text. In Excel, choose 'CSV UTF-8' when you save."
            ) from None
        try:
            frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
            raise ValidationError(f"That CSV file could not be read: {error}".strip()) from None
    else:
        raise ValidationError("Upload a .csv or .xlsx file.")
    if len(frame) > MAX_ROWS:
        raise ValidationError(f"The file has {len(frame)} rows; the most we take at once is {MAX_ROWS}. Split it up.")
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame.map(lambda v: formula_unsafe(str(v).strip()))
