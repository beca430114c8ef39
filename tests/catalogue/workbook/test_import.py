"""Importing a workbook: preview, confirm through review, all or nothing, permissions, languages."""

import copy
import io

from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from wagtail.models import Locale, PageLogEntry, Revision, WorkflowState
from wagtail.search.models import IndexEntry
from wagtail_localize.models import StringTranslation, TranslationSource

import pytest

from catalogue.models import ServicePage
from catalogue.workbook.importer import WorkbookImport
from tests.helpers import workflow_action

from .conftest import fresh, tables_of, xlsx


def run(tables, user, dry_run=False):
    job = WorkbookImport(io.BytesIO(xlsx(tables)), user)
    return job.preview() if dry_run else job.commit()


def row(tables, sheet, key, **match):
    return next(
        r for r in tables[sheet] if r.get("kunci", r.get("layanan")) == key and all(r[k] == v for k, v in match.items())
    )


def footprint():
    """Everything an import could leave behind."""
    return {
        "pages": ServicePage.objects.count(),
        "revisions": Revision.objects.count(),
        "sources": TranslationSource.objects.count(),
        "strings": StringTranslation.objects.count(),
        "workflows": WorkflowState.objects.count(),
        "log": PageLogEntry.objects.count(),
        "index": IndexEntry.objects.count(),
    }


def test_an_unchanged_workbook_changes_nothing(wb):
    before = footprint()
    for user in (wb.editor, wb.reviewer, wb.admin):
        result = run(tables_of(user), user)
        assert result.ok, result.problems
        assert result.count("changed") == result.count("new") == 0
        assert result.count("unchanged") == len(result.plans) > 0
    assert footprint() == before


def test_preview_lists_each_changed_cell_and_writes_nothing(wb):
    tables = tables_of(wb.editor)
    row(tables, "Layanan", "akta-kelahiran")["ringkasan_en"] = "A birth certificate for your child."
    row(tables, "Prosedur", "akta-kelahiran", urutan="2")["langkah_id"] = "Serahkan berkas ke petugas."
    row(tables, "Layanan", "ktp-el")["lama"] = "3"
    before = footprint()
    result = run(tables, wb.editor, dry_run=True)
    assert result.ok, result.problems
    changes = {
        plan.key: [(c.cell, c.column, c.old, c.new) for c in plan.changes] for plan in result.plans if plan.changes
    }
    assert changes == {
        "akta-kelahiran": [
            ("Layanan!G3", "ringkasan_en", "A birth certificate for a child.", "A birth certificate for your child."),
            ("Prosedur!D4", "langkah_id", "Serahkan berkas.", "Serahkan berkas ke petugas."),
        ],
        "ktp-el": [("Layanan!L4", "lama", "1", "3")],
    }
    assert footprint() == before


def test_confirm_makes_drafts_in_review_in_both_languages_and_publishes_nothing(wb):
    tables = tables_of(wb.editor)
    row(tables, "Layanan", "akta-kelahiran")["hasil_id"] = "Kutipan akta kelahiran dan KK baru."
    row(tables, "Layanan", "akta-kelahiran")["hasil_en"] = "A birth certificate and a new family card."
    result = run(tables, wb.editor)
    assert result.ok and result.written, result.problems
    page = fresh(wb.akta)
    assert page.output == "Kutipan akta kelahiran."  # live content unchanged until approved
    assert page.get_latest_revision_as_object().output == "Kutipan akta kelahiran dan KK baru."
    assert page.workflow_in_progress and page.get_latest_revision().user == wb.editor
    english = ServicePage.objects.get(pk=page.get_translation(Locale.objects.get(language_code="en")).pk)
    assert english.output == "A birth certificate."
    assert english.get_latest_revision_as_object().output == "A birth certificate and a new family card."
    assert english.workflow_in_progress
    # An export now shows the drafts: importing it again changes nothing more.
    again = run(tables_of(wb.editor), wb.reviewer)
    assert again.ok and again.count("changed") == 0, [p.changes for p in again.plans]


def test_a_reviewer_approves_the_imported_change_and_it_goes_live(wb, client):
    tables = tables_of(wb.editor)
    row(tables, "Layanan", "ktp-el")["lama"] = "5"
    assert run(tables, wb.editor).ok
    client.force_login(wb.reviewer)
    assert workflow_action(client, fresh(wb.ktp_service), "approve").status_code == 302
    page = fresh(wb.ktp_service)
    assert page.duration_value == 5 and not page.workflow_in_progress
    assert page.last_reviewed is not None


def test_a_new_service_is_created_as_a_draft_in_review(wb):
    tables = tables_of(wb.editor)
    for sheet in tables:
        for source in [r for r in tables[sheet] if r.get("kunci", r.get("layanan")) == "akta-kelahiran"]:
            copied = copy.deepcopy(source)
            copied["kunci" if "kunci" in copied else "layanan"] = "akta-kematian"
            tables[sheet].append(copied)
    row(tables, "Layanan", "akta-kematian").update(nama_id="Akta Kematian", nama_en="Death certificate")
    result = run(tables, wb.editor)
    assert result.ok, result.problems
    assert [plan.key for plan in result.plans if plan.status == "new"] == ["akta-kematian"]
    page = ServicePage.objects.child_of(wb.dukcapil).get(slug="akta-kematian")  # the demo has its own elsewhere
    assert not page.live and page.workflow_in_progress
    english = ServicePage.objects.get(translation_key=page.translation_key, locale__language_code="en")
    assert english.title == "Death certificate" and not english.live


def test_an_incomplete_service_is_saved_but_not_sent_for_review(wb, in_english):
    tables = tables_of(wb.editor)
    row(tables, "Layanan", "ktp-el").update(lama="", satuan_lama="")
    result = run(tables, wb.editor)
    assert result.ok, result.problems
    plan = next(plan for plan in result.plans if plan.key == "ktp-el")
    assert any("not sent for review" in note for note in plan.notes)
    page = fresh(wb.ktp_service)
    assert page.has_unpublished_changes and not page.workflow_in_progress


def test_a_late_failure_rolls_everything_back(wb):
    """The last service breaks a page rule that only writing finds (paid without a fee): the
    services written before it leave no trace."""
    tables = tables_of(wb.reviewer)
    row(tables, "Layanan", "akta-kelahiran")["ringkasan_id"] = "Akta kelahiran untuk anak Anda."
    row(tables, "Layanan", "ktp-el")["lama"] = "2"
    tables["Biaya"] = [r for r in tables["Biaya"] if r["layanan"] != "stnk"]  # stnk is the last row: paid
    before = footprint()
    result = run(tables, wb.reviewer)
    assert not result.ok and not result.written
    assert [problem.cell for problem in result.problems] == ["Layanan!A5"]
    assert footprint() == before
    assert not fresh(wb.akta).has_unpublished_changes


def test_an_editor_cannot_import_another_agencys_row(wb, in_english):
    tables = tables_of(wb.reviewer)  # both agencies
    row(tables, "Layanan", "akta-kelahiran")["lama"] = "2"
    before = footprint()
    result = run(tables, wb.editor)
    assert not result.ok
    assert [(p.cell, p.column) for p in result.problems] == [("Layanan!C5", "instansi")]
    assert "Samsat" in result.problems[0].message
    assert footprint() == before


def test_an_editor_cannot_create_a_service_at_another_mpp(wb):
    tables = tables_of(wb.editor)
    for r in tables["Layanan"]:
        r["loket"] = ""
    for sheet in tables:
        for r in tables[sheet]:
            r["mpp"] = "mpp-wb-lain"
    result = run(tables, wb.editor)
    assert not result.ok
    assert {p.column for p in result.problems} == {"instansi"}
    assert "MPP Lain" in result.problems[0].message


def test_a_service_in_review_is_refused_to_its_editor(wb, in_english):
    tables = tables_of(wb.editor)
    row(tables, "Layanan", "ktp-el")["lama"] = "4"
    assert run(tables, wb.editor).ok
    row(tables, "Layanan", "ktp-el")["lama"] = "6"
    result = run(tables, wb.editor)
    assert [p.cell for p in result.problems] == ["Layanan!A4"]
    assert "waiting for review" in result.problems[0].message


def test_the_csv_folder_imports_like_the_xlsx(wb, tmp_path):
    call_command(
        "export_workbook", str(tmp_path / "csv"), "--user", "wb-editor-dukcapil", "--no-progress", stdout=io.StringIO()
    )
    layanan = (tmp_path / "csv" / "Layanan.csv").read_text(encoding="utf-8")
    (tmp_path / "csv" / "Layanan.csv").write_text(
        layanan.replace(",1,hari_kerja,", ",7,hari_kerja,", 1), encoding="utf-8"
    )
    out = io.StringIO()
    call_command(
        "import_workbook",
        str(tmp_path / "csv"),
        "--user",
        "wb-editor-dukcapil",
        "--dry-run",
        "--no-progress",
        "--language",
        "en",
        stdout=out,
    )
    text = out.getvalue()
    assert "Layanan!L3 lama: '1' → '7'" in text and "Nothing was written (dry run)." in text
    assert not fresh(wb.akta).has_unpublished_changes
    call_command(
        "import_workbook",
        str(tmp_path / "csv"),
        "--user",
        "wb-editor-dukcapil",
        "--no-progress",
        "--language",
        "en",
        stdout=out,
    )
    assert fresh(wb.akta).get_latest_revision_as_object().duration_value == 7


def test_the_command_speaks_indonesian_by_default(wb, tmp_path):
    tables = tables_of(wb.editor)
    row(tables, "Layanan", "ktp-el")["lama"] = "dua"
    path = tmp_path / "salah.xlsx"
    path.write_bytes(xlsx(tables))
    out = io.StringIO()
    with pytest.raises(CommandError) as refusal:
        call_command("import_workbook", str(path), "--user", "wb-editor-dukcapil", "--no-progress", stdout=out)
    assert "Layanan!L4 (lama): 'dua' bukan bilangan bulat" in out.getvalue()
    assert "Tidak ada yang diimpor" in str(refusal.value)
    with translation.override("en"):
        result = run(tables, wb.editor)
    assert "'dua' is not a whole number of at least 1." in result.problems[0].message
    row(tables, "Layanan", "ktp-el")["lama"] = "1"
    tables["Biaya"] = [dict(tables_of(wb.samsat_editor)["Biaya"][0], layanan="ktp-el", jumlah_rupiah="Rp 50rb")]
    row(tables, "Layanan", "ktp-el")["biaya"] = "berbayar"
    assert [str(p) for p in run(tables, wb.editor).problems] == [
        "Biaya!F3 (jumlah_rupiah): 'Rp 50rb' bukan angka rupiah; tulis 50000."
    ]
