"""The workbook export: the format's headers and guide, what each role gets, text kept as text."""

import io

from django.core.management import call_command

import pytest
from openpyxl import load_workbook

from catalogue.workbook import files
from catalogue.workbook import format as fmt
from catalogue.workbook.export import editable_services

from .conftest import tables_of, xlsx


def keys(services):
    return sorted(f"{page.get_parent().get_parent().slug}/{page.slug}" for page in services)


def test_each_role_exports_what_it_may_edit(wb):
    assert keys(editable_services(wb.editor)) == ["mpp-wb-uji/akta-kelahiran", "mpp-wb-uji/ktp-el"]
    assert keys(editable_services(wb.samsat_editor)) == ["mpp-wb-uji/stnk"]
    assert keys(editable_services(wb.reviewer)) == [
        "mpp-wb-uji/akta-kelahiran",
        "mpp-wb-uji/ktp-el",
        "mpp-wb-uji/stnk",
    ]
    everything = keys(editable_services(wb.admin))
    assert {"mpp-wb-uji/stnk", "mpp-wb-lain/akta-kelahiran"} <= set(everything)
    assert keys(editable_services(wb.admin, mpp="mpp-wb-lain")) == ["mpp-wb-lain/akta-kelahiran"]
    assert keys(editable_services(wb.admin, mpp="mpp-wb-uji", agency="samsat")) == ["mpp-wb-uji/stnk"]


def test_a_service_is_its_rows_in_both_languages(wb):
    tables = tables_of(wb.editor)
    akta = next(row for row in tables["Layanan"] if row["kunci"] == "akta-kelahiran")
    assert akta["mpp"] == "mpp-wb-uji" and akta["instansi"] == "dukcapil"
    assert (akta["nama_id"], akta["nama_en"]) == ("Akta Kelahiran", "Birth certificate")
    assert (akta["lama"], akta["satuan_lama"], akta["biaya"]) == ("1", "hari_kerja", "gratis")
    assert akta["loket"] == "1 2" and akta["status"] == "terbit"
    steps = [
        (r["urutan"], r["langkah_id"], r["langkah_en"]) for r in tables["Prosedur"] if r["layanan"] == "akta-kelahiran"
    ]
    assert steps == [
        ("1", "Ambil nomor antrean.", "Take a queue number."),
        ("2", "Serahkan berkas.", "Hand in the papers."),
    ]
    requirement = next(r for r in tables["Persyaratan"] if r["layanan"] == "akta-kelahiran")
    assert (requirement["dokumen"], requirement["jumlah"], requirement["bentuk"]) == (
        "Kartu Keluarga (KK) Uji Buku Kerja",
        "2",
        "fotokopi",
    )
    names = [(r["bahasa"], r["nama"]) for r in tables["NamaLain"] if r["layanan"] == "akta-kelahiran"]
    assert names == [("id", "akte lahir"), ("id", "akta lahir"), ("en", "birth cert")]
    fees = [r for r in tables_of(wb.samsat_editor)["Biaya"]]
    assert [(r["jumlah_rupiah"], r["untuk_id"], r["dasar_hukum_id"]) for r in fees] == [("50000", "PNBP", "PP 76/2020")]


def test_the_xlsx_has_two_header_rows_and_a_guide_to_every_column(wb):
    book = load_workbook(io.BytesIO(xlsx(tables_of(wb.editor))))
    assert book.sheetnames == [fmt.GUIDE, *(sheet.name for sheet in fmt.SHEETS)]
    for sheet in fmt.SHEETS:
        rows = list(book[sheet.name].iter_rows(max_row=2, values_only=True))
        assert list(rows[0]) == [column.name for column in sheet.columns]
        assert list(rows[1]) == [column.english for column in sheet.columns]
    guide = {(row[0], row[1]) for row in book[fmt.GUIDE].iter_rows(min_row=2, values_only=True)}
    assert all((sheet.name, column.name) in guide for sheet in fmt.SHEETS for column in sheet.columns)


def test_text_that_looks_like_a_formula_stays_text(wb):
    tables = tables_of(wb.editor)
    tables["Layanan"][0]["ringkasan_id"] = '=HYPERLINK("http://x.invalid")'
    book = load_workbook(io.BytesIO(xlsx(tables)))
    cell = book["Layanan"]["F3"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_the_docs_describe_every_column():
    with open("docs/workbook.md", encoding="utf-8") as handle:
        docs = handle.read()
    for sheet in fmt.SHEETS:
        assert f"### {sheet.name} " in docs
        assert all(f"| `{column.name}` |" in docs for column in sheet.columns), sheet.name


def test_command_writes_xlsx_and_csv_folder_with_the_same_cells(wb, tmp_path):
    call_command(
        "export_workbook",
        str(tmp_path / "out.xlsx"),
        "--user",
        "wb-editor-dukcapil",
        "--no-progress",
        stdout=io.StringIO(),
    )
    call_command(
        "export_workbook", str(tmp_path / "csv"), "--user", "wb-editor-dukcapil", "--no-progress", stdout=io.StringIO()
    )
    from_xlsx = files.read(tmp_path / "out.xlsx")
    from_csv = files.read(tmp_path / "csv")
    assert {name: [row.cells for row in rows] for name, rows in from_xlsx.items()} == {
        name: [row.cells for row in rows] for name, rows in from_csv.items()
    }
    assert len(from_csv["Layanan"]) == 2


def test_command_refuses_an_unknown_mpp_or_user(wb, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="mpp-tidak-ada"):
        call_command("export_workbook", str(tmp_path / "x.xlsx"), "--mpp", "mpp-tidak-ada", "--no-progress")
    with pytest.raises(CommandError, match="siapa"):
        call_command("export_workbook", str(tmp_path / "x.xlsx"), "--user", "siapa", "--no-progress")


def test_admin_listing_offers_the_download_of_ones_own_services(wb, client):
    client.force_login(wb.editor)
    listing = client.get("/admin/services/")
    assert "/admin/workbook/export/" in listing.content.decode()
    response = client.get("/admin/workbook/export/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="layanan-')
    rows = files.read(io.BytesIO(response.content))["Layanan"]
    assert sorted(row.cells["kunci"] for row in rows) == ["akta-kelahiran", "ktp-el"]
