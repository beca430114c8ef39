"""Reading and writing a workbook: an ``.xlsx`` file or a folder of CSV files with the same sheets.

Reading refuses what a spreadsheet program can hide or what could exhaust the server (formulas,
merged cells, hidden sheets, password-protected or oversized files, zip bombs, too many rows)
with a ``Problem`` that names the sheet and the cell, before any cell is interpreted.
"""

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from . import format as fmt

# An Excel file saved with a password (and an old .xls) is an OLE compound file, not a zip.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Problem:
    """Something wrong in a workbook, where the user can find it."""

    message: str
    sheet: str = ""
    row: int = 0
    column: str = ""
    """The column's header name (``dokumen``); shown with its letter."""

    @property
    def cell(self):
        """ "Biaya!C7", "Biaya!7", "Biaya" or "" as far as the problem is located."""
        if not self.sheet:
            return ""
        letter = fmt.BY_NAME[self.sheet].letters.get(self.column, "") if self.sheet in fmt.BY_NAME else ""
        if self.row:
            return f"{self.sheet}!{letter}{self.row}"
        return self.sheet

    def __str__(self):
        where = self.cell
        heading = f" ({self.column})" if self.column else ""
        return f"{where}{heading}: {self.message}" if where else self.message


class WorkbookError(Exception):
    """The file cannot be read as a workbook at all; ``problems`` say why."""

    def __init__(self, problems):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclass
class Row:
    sheet: str
    number: int
    """The row's number in the sheet as a spreadsheet shows it (data starts at row 3)."""
    cells: dict


FIRST_DATA_ROW = 3


# --- Reading ---------------------------------------------------------------------------------


def read(source):
    """{sheet name: [Row]} of a workbook: a path to an .xlsx file or a CSV folder, or an open
    binary file (an upload). Raises ``WorkbookError`` with every problem found."""
    if isinstance(source, (str, Path)) and Path(source).is_dir():
        tables = read_csv_folder(Path(source))
    else:
        data = read_bytes(source)
        tables = read_xlsx(data)
    return rows_of(tables)


def read_bytes(source):
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.exists():
            raise WorkbookError([Problem(_("The file %(name)s does not exist.") % {"name": path})])
        if path.stat().st_size > fmt.MAX_FILE_BYTES:
            raise WorkbookError([too_big()])
        return path.read_bytes()
    data = source.read(fmt.MAX_FILE_BYTES + 1)
    if len(data) > fmt.MAX_FILE_BYTES:
        raise WorkbookError([too_big()])
    return data


def too_big():
    return Problem(
        _("The file is larger than %(size)s MB. Split it into several workbooks, for example one per agency.")
        % {"size": fmt.MAX_FILE_BYTES // (1024 * 1024)}
    )


def not_a_workbook():
    return Problem(_("This file is not an Excel workbook (.xlsx). Save it from your spreadsheet program as .xlsx."))


def read_xlsx(data):
    """{sheet name: [[cell text]]} of an .xlsx file, refusing what the import cannot trust."""
    if data.startswith(OLE_SIGNATURE):
        raise WorkbookError(
            [
                Problem(
                    _(
                        "This file is protected with a password or saved in the old Excel format (.xls). "
                        "Remove the password and save it as .xlsx."
                    )
                )
            ]
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise WorkbookError([not_a_workbook()])
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = {member.filename for member in members}
    except (zipfile.BadZipFile, OSError, ValueError):
        raise WorkbookError([not_a_workbook()]) from None
    if "xl/workbook.xml" not in names:
        raise WorkbookError([not_a_workbook()])
    # A zip bomb: a small file that unpacks to gigabytes. Its members declare their sizes, and
    # openpyxl's reader stops at the declared size, so the sum bounds what is unpacked.
    if sum(member.file_size for member in members) > fmt.MAX_UNCOMPRESSED_BYTES:
        raise WorkbookError([too_big()])

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), data_only=False, read_only=False)
    except Exception:  # openpyxl raises many kinds for a damaged file  # noqa: BLE001
        raise WorkbookError([not_a_workbook()]) from None
    problems = []
    tables = {}
    for sheet in book.worksheets:
        name = sheet.title
        if sheet.sheet_state != "visible":
            problems.append(
                Problem(_("The sheet is hidden. Show it or delete it, so that nothing is imported unseen."), name)
            )
            continue
        if name == fmt.GUIDE:
            continue
        if sheet.merged_cells.ranges:
            first = sorted(str(cell_range) for cell_range in sheet.merged_cells.ranges)[0]
            problems.append(
                Problem(
                    _("Cells %(range)s are merged. Unmerge them: every cell holds its own value.") % {"range": first},
                    name,
                )
            )
            continue
        if sheet.max_row > fmt.MAX_ROWS + FIRST_DATA_ROW:
            problems.append(too_many_rows(name))
            continue
        table = []
        for row in sheet.iter_rows():
            cells = []
            for cell in row:
                if cell.data_type == "f":
                    problems.append(
                        Problem(
                            _("The cell %(cell)s holds a formula. Copy it and paste it as values only.")
                            % {"cell": cell.coordinate},
                            name,
                        )
                    )
                    cells.append("")
                    continue
                cells.append(cell_text(cell.value))
            table.append(cells)
        tables[name] = table
    if problems:
        raise WorkbookError(problems)
    return tables


def too_many_rows(name):
    return Problem(
        _("The sheet has more than %(rows)s rows. Split the workbook, for example one per agency.")
        % {"rows": f"{fmt.MAX_ROWS:,}".replace(",", ".")},
        name,
    )


def cell_text(value):
    """A cell's value as the text the import reads: whole numbers without ".0", dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def read_csv_folder(folder):
    problems = []
    tables = {}
    total = sum(path.stat().st_size for path in folder.glob("*.csv"))
    if total > fmt.MAX_UNCOMPRESSED_BYTES:
        raise WorkbookError([too_big()])
    for path in sorted(folder.glob("*.csv")):
        name = path.stem
        if name == fmt.GUIDE:
            continue
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            problems.append(Problem(_("The file is not UTF-8 text. Save it as 'CSV UTF-8'."), name))
            continue
        table = list(csv.reader(io.StringIO(text)))
        if len(table) > fmt.MAX_ROWS + FIRST_DATA_ROW:
            problems.append(too_many_rows(name))
            continue
        for number, row in enumerate(table, start=1):
            for index, value in enumerate(row, start=1):
                if value.startswith("="):
                    problems.append(
                        Problem(
                            _("The cell %(cell)s holds a formula. Copy it and paste it as values only.")
                            % {"cell": f"{fmt.column_letter(index)}{number}"},
                            name,
                        )
                    )
        tables[name] = table
    if problems:
        raise WorkbookError(problems)
    return tables


def rows_of(tables):
    """Check the sheets and headers, then {sheet name: [Row]} without empty rows."""
    problems = []
    for name in tables:
        if name not in fmt.BY_NAME:
            problems.append(
                Problem(
                    _("Unknown sheet. The sheets of a workbook are: %(sheets)s.")
                    % {"sheets": ", ".join(sheet.name for sheet in fmt.SHEETS)},
                    name,
                )
            )
    result = {}
    for sheet in fmt.SHEETS:
        table = tables.get(sheet.name)
        if table is None:
            problems.append(Problem(_("The sheet is missing. Export a new workbook to get every sheet."), sheet.name))
            continue
        header = [value.strip() for value in (table[0] if table else [])]
        while header and not header[-1]:
            header.pop()
        expected = [column.name for column in sheet.columns]
        unknown = [name for name in header if name not in expected]
        missing = [name for name in expected if name not in header and not sheet.column(name).export_only]
        if unknown or missing or len(set(header)) != len(header):
            problems.append(
                Problem(
                    _("The first row must name the columns %(expected)s. Missing: %(missing)s. Unknown: %(unknown)s.")
                    % {
                        "expected": ", ".join(expected),
                        "missing": ", ".join(missing) or "-",
                        "unknown": ", ".join(unknown) or "-",
                    },
                    sheet.name,
                    1,
                )
            )
            continue
        rows = []
        for number, values in enumerate(table[FIRST_DATA_ROW - 1 :], start=FIRST_DATA_ROW):
            cells = {name: (values[index].strip() if index < len(values) else "") for index, name in enumerate(header)}
            extra = [value for value in values[len(header) :] if value.strip()]
            if extra:
                problems.append(Problem(_("A value stands outside the named columns. Delete it."), sheet.name, number))
            if any(cells.values()):
                rows.append(Row(sheet.name, number, cells))
        result[sheet.name] = rows
    if problems:
        raise WorkbookError(problems)
    return result


# --- Writing ---------------------------------------------------------------------------------


def guide_rows():
    """The *Petunjuk* sheet: every column of every sheet with what it means and an example."""
    rows = [
        ["Sheet", "Kolom", "Column", "Penjelasan", "Explanation", "Contoh / example", "Wajib / required"],
    ]
    for sheet in fmt.SHEETS:
        rows.append([sheet.name, "", sheet.english, sheet.help_id, sheet.help_en, "", ""])
        for column in sheet.columns:
            rows.append(
                [
                    sheet.name,
                    column.name,
                    column.english,
                    column.help_id,
                    column.help_en,
                    column.example,
                    "ya / yes" if column.required else "",
                ]
            )
    return rows


def sheet_rows(sheet, rows):
    """The two header rows, then ``rows`` ({column name: text}) in column order."""
    names = [column.name for column in sheet.columns]
    return [names, [column.english for column in sheet.columns]] + [
        [row.get(name, "") for name in names] for row in rows
    ]


def write_xlsx(tables, target):
    """Write {sheet name: [{column: text}]} as .xlsx to a path or a binary file."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    guide = book.active
    guide.title = fmt.GUIDE
    bold = Font(bold=True)
    for values in guide_rows():
        guide.append(values)
    for cell in guide[1]:
        cell.font = bold
    for sheet in fmt.SHEETS:
        page = book.create_sheet(sheet.name)
        for values in sheet_rows(sheet, tables.get(sheet.name, [])):
            page.append(values)
        for row in page.iter_rows():
            for cell in row:
                # A text starting with "=" must stay text, never become a formula (openpyxl's guess).
                if isinstance(cell.value, str):
                    cell.data_type = "s"
        for cell in [*page[1], *page[2]]:
            cell.font = bold
        page.freeze_panes = f"A{FIRST_DATA_ROW}"
        for index, column in enumerate(sheet.columns, start=1):
            page.column_dimensions[fmt.column_letter(index)].width = 40 if column.name.endswith(("_id", "_en")) else 16
    book.save(target)


def write_csv_folder(tables, folder):
    """Write the same sheets as ``<sheet>.csv`` files (UTF-8, two header rows) into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"{fmt.GUIDE}.csv", "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(guide_rows())
    for sheet in fmt.SHEETS:
        with open(folder / f"{sheet.name}.csv", "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(sheet_rows(sheet, tables.get(sheet.name, [])))
