"""Malformed and hostile workbooks, each generated here: every one is refused with a message that
names where the problem is, and nothing is written."""

import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from catalogue.workbook import format as fmt
from catalogue.workbook.importer import WorkbookImport

from .conftest import tables_of, xlsx
from .test_import import footprint


def edit_book(data, change):
    """``data`` (xlsx bytes) opened, changed by ``change(book)``, saved again."""
    book = load_workbook(io.BytesIO(data))
    change(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def zip_bytes(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def zip_bomb():
    """A small zip that declares itself a workbook and unpacks to more than the limit."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(fmt.MAX_UNCOMPRESSED_BYTES // len(chunk) + 1):
                member.write(chunk)
    return buffer.getvalue()


def set_cell(sheet, column, value, index=0):
    def change(tables):
        tables[sheet][index][column] = value

    return change


def add_row(sheet, **cells):
    def change(tables):
        base = dict(tables[sheet][0]) if tables[sheet] else {"mpp": "mpp-wb-uji"}
        base.update(cells)
        tables[sheet].append(base)

    return change


def drop_rows(sheet, key):
    def change(tables):
        tables[sheet] = [r for r in tables[sheet] if r.get("layanan") != key]

    return change


def formula(book):
    book["Layanan"]["F3"] = "=1+1"


def formula_in_fees(book):
    book["Biaya"]["F3"] = "=SUM(1,2)"


def merged(book):
    book["Prosedur"].merge_cells("D3:E3")


def hidden(book):
    book["NamaLain"].sheet_state = "hidden"


def very_hidden(book):
    book.create_sheet("Rahasia").sheet_state = "veryHidden"


def unknown_sheet(book):
    book.create_sheet("Catatan")


def missing_sheet(book):
    del book["PeristiwaHidup"]


def renamed_column(book):
    book["Layanan"]["F1"] = "ringkasan"


def extra_column(book):
    sheet = book["Prosedur"]
    sheet.cell(row=1, column=len(fmt.STEPS.columns) + 1, value="komentar")


def duplicate_column(book):
    sheet = book["DasarHukum"]
    sheet.cell(row=1, column=len(fmt.LEGAL_BASIS.columns) + 1, value="tautan")


def value_outside_columns(book):
    book["Pengaduan"].cell(row=3, column=len(fmt.COMPLAINTS.columns) + 2, value="lupa")


def many_rows(book):
    """A sheet reaching past row 50,000 (one far cell makes it that long)."""
    book["NamaLain"].cell(row=fmt.MAX_ROWS + 10, column=1, value="mpp-wb-uji")


def password_protected():
    # What Excel writes for a password-protected workbook: an encrypted OLE compound file.
    return bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 4096


# (name, file bytes from the exported workbook's bytes, the problem's cell prefix or message part)
FILE_CASES = [
    ("plain text", lambda data: b"kunci,mpp\nakta,mpp-wb-uji\n", "not an Excel workbook"),
    ("empty file", lambda data: b"", "not an Excel workbook"),
    ("png image", lambda data: b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "not an Excel workbook"),
    ("password protected", lambda data: password_protected(), "password"),
    ("zip that is no workbook", lambda data: zip_bytes({"readme.txt": "hello"}), "not an Excel workbook"),
    ("truncated xlsx", lambda data: data[: len(data) // 2], "not an Excel workbook"),
    ("damaged workbook xml", lambda data: zip_bytes({"xl/workbook.xml": "<not-closed"}), "not an Excel workbook"),
    ("zip bomb", lambda data: zip_bomb(), "larger than"),
    ("file over the size limit", lambda data: b"PK" + b"\0" * (fmt.MAX_FILE_BYTES + 10), "larger than"),
    ("formula", lambda data: edit_book(data, formula), "Layanan"),
    ("formula in fees", lambda data: edit_book(data, formula_in_fees), "Biaya"),
    ("merged cells", lambda data: edit_book(data, merged), "merged"),
    ("hidden sheet", lambda data: edit_book(data, hidden), "hidden"),
    ("very hidden sheet", lambda data: edit_book(data, very_hidden), "hidden"),
    ("100,000 rows", lambda data: edit_book(data, many_rows), "more than"),
    ("unknown sheet", lambda data: edit_book(data, unknown_sheet), "Unknown sheet"),
    ("missing sheet", lambda data: edit_book(data, missing_sheet), "missing"),
    ("renamed column", lambda data: edit_book(data, renamed_column), "Missing: ringkasan_id"),
    ("unknown column", lambda data: edit_book(data, extra_column), "Unknown: komentar"),
    ("duplicate column", lambda data: edit_book(data, duplicate_column), "DasarHukum"),
    ("value outside the columns", lambda data: edit_book(data, value_outside_columns), "outside"),
    ("empty workbook", lambda data: xlsx_of(Workbook()), "missing"),
]


def xlsx_of(book):
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def exported(tree, django_db_blocker):
    with django_db_blocker.unblock():
        return tables_of(tree.reviewer)


def refused(wb, data, expected):
    before = footprint()
    result = WorkbookImport(io.BytesIO(data), wb.reviewer).commit()
    assert not result.ok and not result.written
    assert any(expected in str(problem) for problem in result.problems), [str(p) for p in result.problems]
    assert footprint() == before
    return result


@pytest.mark.parametrize("name,make,expected", FILE_CASES, ids=[case[0] for case in FILE_CASES])
def test_a_malformed_file_is_refused(wb, exported, in_english, name, make, expected):
    refused(wb, make(xlsx(exported)), expected)


def stnk_paid_without_fees(tables):
    tables["Biaya"] = [r for r in tables["Biaya"] if r["layanan"] != "stnk"]


def in_person_without_place(tables):
    tables["Pengaduan"][0].update(jenis="langsung", kontak="", tempat_id="")


def free_with_fees(tables):
    tables["Layanan"][0]["biaya"] = "gratis"
    add_row("Biaya", layanan=tables["Layanan"][0]["kunci"], urutan="9")(tables)


def one_of_with_two_conditions(tables):
    add_row("Persyaratan", urutan="1", keadaan="kk-hilang-wb")(tables)


def choice_of_one(tables):
    tables["Biaya"][0]["pilihan_id"] = "Pilih satu"


def choice_without_label(tables):
    add_row("Biaya", jumlah_rupiah="75000")(tables)


# (name, change of the exported tables, the expected cell, a part of the message)
CELL_CASES = [
    ("html", set_cell("Layanan", "ringkasan_id", "<b>Gratis</b> untuk semua"), "Layanan!F3", "HTML"),
    ("script", set_cell("Prosedur", "langkah_en", "<script>alert(1)</script>"), "Prosedur!E3", "HTML"),
    ("javascript link", set_cell("DasarHukum", "tautan", "javascript:alert(1)"), "DasarHukum!F3", "HTML"),
    ("event handler", set_cell("Pengaduan", "catatan_id", 'x" onerror="alert(1)'), "Pengaduan!H3", "HTML"),
    ("image tag", set_cell("NamaLain", "nama", "<img src=x>"), "NamaLain!E3", "HTML"),
    ("cell too long", set_cell("Layanan", "penerima_id", "a" * 2001), "Layanan!H3", "longer than"),
    ("summary too long", set_cell("Layanan", "ringkasan_id", "a" * 401), "Layanan!F3", "longer than 400"),
    ("unknown mpp", set_cell("Layanan", "mpp", "mpp-tidak-ada"), "Layanan!B3", "no MPP"),
    ("unknown agency", set_cell("Layanan", "instansi", "bpn"), "Layanan!C3", "no agency"),
    (
        "unknown document",
        set_cell("Persyaratan", "dokumen", "Surat Sakti"),
        "Persyaratan!D3",
        "Unknown document type",
    ),
    ("unknown condition", set_cell("Persyaratan", "keadaan", "tidak-ada"), "Persyaratan!G3", "Unknown condition"),
    (
        "unknown issuing service",
        set_cell("Persyaratan", "diterbitkan_oleh", "tidak-ada"),
        "Persyaratan!J3",
        "no service",
    ),
    (
        "unknown life event",
        add_row("PeristiwaHidup", peristiwa="pensiun", urutan="1", layanan="akta-kelahiran"),
        "PeristiwaHidup!D3",
        "Unknown life event",
    ),
    ("unknown counter", set_cell("Layanan", "loket", "1 99"), "Layanan!Q3", "no counter '99'"),
    ("duplicate key", add_row("Layanan"), "Layanan!A6", "appears twice"),
    ("key of another agency", set_cell("Layanan", "instansi", "samsat"), "Layanan!A3", "under another agency"),
    ("invalid key", set_cell("Layanan", "kunci", "Akta Kelahiran"), "Layanan!A3", "not a valid key"),
    (
        "rupiah with text",
        set_cell("Biaya", "jumlah_rupiah", "Rp 50rb"),
        "Biaya!F3",
        "'Rp 50rb' is not an amount in rupiah",
    ),
    ("negative amount", set_cell("Biaya", "jumlah_rupiah", "-5000"), "Biaya!F3", "not an amount"),
    ("amount with dots", set_cell("Biaya", "jumlah_rupiah", "50.000"), "Biaya!F3", "not an amount"),
    ("zero quantity", set_cell("Persyaratan", "jumlah", "0"), "Persyaratan!E3", "at least 1"),
    ("order not a number", set_cell("Prosedur", "urutan", "pertama"), "Prosedur!C3", "whole number"),
    ("order used twice", set_cell("Prosedur", "urutan", "2"), "Prosedur!C", "used twice"),
    ("unknown form code", set_cell("Persyaratan", "bentuk", "salinan"), "Persyaratan!F3", "not one of"),
    ("unknown duration unit", set_cell("Layanan", "satuan_lama", "minggu"), "Layanan!M3", "not one of"),
    ("duration without unit", set_cell("Layanan", "satuan_lama", ""), "Layanan!M3", "together"),
    ("unknown fee kind", set_cell("Layanan", "biaya", "murah"), "Layanan!N3", "not one of"),
    ("unknown complaint channel", set_cell("Pengaduan", "jenis", "surat"), "Pengaduan!D3", "not one of"),
    ("unknown language", set_cell("NamaLain", "bahasa", "jv"), "NamaLain!D3", "not one of"),
    ("child row without its service", add_row("Prosedur", layanan="tidak-ada"), "Prosedur!B", "no row in the Layanan"),
    ("required name empty", set_cell("Layanan", "nama_id", ""), "Layanan!D3", "must be filled in"),
    ("bad link", set_cell("DasarHukum", "tautan", "peraturan.go.id/uu"), "DasarHukum!F3", "not a web address"),
    ("choice of one fee", choice_of_one, "Biaya!D3", "at least two"),
    ("choice without a label", choice_without_label, "Biaya!D3", "label"),
    ("options with two conditions", one_of_with_two_conditions, "Persyaratan!G", "same condition"),
    ("paid without fees", stnk_paid_without_fees, "Layanan!A5", "paid"),
    ("in person without a place", in_person_without_place, "Layanan!A3", "Pengaduan"),
    ("free with fees", free_with_fees, "Layanan!A3", "free of charge"),
]


@pytest.mark.parametrize("name,change,cell,expected", CELL_CASES, ids=[case[0] for case in CELL_CASES])
def test_a_bad_cell_is_named_and_nothing_is_written(wb, exported, in_english, name, change, cell, expected):
    import copy

    tables = copy.deepcopy(exported)
    change(tables)
    result = refused(wb, xlsx(tables), expected)
    assert any(problem.cell.startswith(cell) and expected in problem.message for problem in result.problems), [
        str(p) for p in result.problems
    ]


def test_a_csv_folder_is_checked_like_a_workbook(wb, exported, in_english, tmp_path):
    from catalogue.workbook import files

    files.write_csv_folder(exported, tmp_path)
    (tmp_path / "Prosedur.csv").write_text(
        (tmp_path / "Prosedur.csv").read_text(encoding="utf-8") + "mpp-wb-uji,akta-kelahiran,9,=CMD(),\n",
        encoding="utf-8",
    )
    (tmp_path / "NamaLain.csv").write_bytes("nama\n\xe9\n".encode("latin-1"))
    big = tmp_path / "Biaya.csv"
    with open(big, "a", encoding="utf-8") as handle:
        handle.write("mpp-wb-uji,stnk,1,,,1,a,,,\n" * (fmt.MAX_ROWS + 1))
    before = footprint()
    result = WorkbookImport(tmp_path, wb.reviewer).commit()
    messages = [str(problem) for problem in result.problems]
    assert any(m.startswith("Prosedur") and "formula" in m for m in messages), messages
    assert any(m.startswith("NamaLain") and "UTF-8" in m for m in messages), messages
    assert any(m.startswith("Biaya") and "more than" in m for m in messages), messages
    assert footprint() == before


def test_there_are_at_least_forty_malformed_files():
    assert len(FILE_CASES) + len(CELL_CASES) >= 40
