"""Importing a workbook: check every cell, compare with the catalogue, then write it all or nothing.

``WorkbookImport(source, user).preview()`` reads and checks the workbook and compares it with the
services as their editors see them (drafts included): per service, new, changed (cell by cell,
old → new) or unchanged, with every problem found. It then writes the changes inside a
transaction that is always rolled back, so the page rules (a paid service lists its fees, a
summary does not call a paid service free...) are checked exactly as the confirmation will.

``commit()`` writes the changes in one transaction: each changed service becomes a draft
revision (Indonesian, and English through wagtail-localize, as the translation editor saves
it) submitted to its MPP's DPMPTSP review, as "Submit for review" in the page editor does. An
import never publishes; a service that lacks a component of the service standard is saved as
a draft and not sent (the completeness gate). Any problem, found in a cell or when a page is
written, rolls back everything.

The user's page permissions apply per row: a row naming a service the user may not change (or
may not add under its agency) makes the whole import fail, with the row named.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from catalogue.models import AgencyPage, Condition, LifeEvent, MPPLocationPage, RequirementDocument, ServicePage
from catalogue.models.service import component_label
from catalogue.review import latest_version
from catalogue.translations import save_draft

from . import files
from . import format as fmt
from .files import Problem, WorkbookError
from .records import comparable_cells, english_locale, service_rows

KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Markup or script in a cell: an opening tag, a comment, or a javascript: link. Plain "<" in prose
# ("< 17 tahun") is fine; the portal escapes everything it shows, but an import should not carry
# markup into content that other tools (exports, feeds) may not escape.
MARKUP = re.compile(r"<\s*[a-zA-Z/!?]|javascript\s*:|\bon[a-z]+\s*=", re.IGNORECASE)
MAX_KEY = 100
# The Indonesian text columns of the Layanan sheet and the page field each fills.
SERVICE_TEXT = {
    "nama": "title",
    "ringkasan": "summary",
    "penerima": "eligibility",
    "bukan_penerima": "not_eligible",
    "hasil": "output",
}


@dataclass
class Setup:
    """How a from-scratch build (``load_demo``) writes new services: ``prepare(plan, page)`` may set
    what a workbook does not carry (a stable translation key, the date of the last review) before
    the page is first saved. Every written page is then published instead of sent for review."""

    prepare: object = lambda plan, page: None


class Rollback(Exception):
    """Leaves the import's transaction without writing anything."""


@dataclass
class Change:
    sheet: str
    row: int
    column: str
    old: str
    new: str

    @property
    def cell(self):
        return Problem("", self.sheet, self.row, self.column).cell


@dataclass
class ServicePlan:
    """One service of the workbook: what it is now, what the workbook makes of it."""

    mpp: str
    key: str
    row: int
    location: object = None
    agency: object = None
    page: object = None
    """The existing Indonesian page, or None for a new service."""
    rows: dict = field(default_factory=lambda: defaultdict(list))
    """{sheet name: [files.Row]} of this service, in the workbook's order."""
    changes: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def status(self):
        if self.page is None:
            return "new"
        return "changed" if self.changes else "unchanged"

    @property
    def title(self):
        return self.rows[fmt.SERVICES.name][0].cells.get("nama_id", "") if self.rows[fmt.SERVICES.name] else self.key


@dataclass
class Result:
    plans: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    written: bool = False

    @property
    def ok(self):
        return not self.problems

    def count(self, status):
        return sum(1 for plan in self.plans if plan.status == status)


class WorkbookImport:
    def __init__(self, source, user, *, setup=None):
        """``source``: a path (.xlsx or CSV folder), an open binary file, or sheets already read
        (``files.read``). ``setup`` is only for building a catalogue from scratch where there is no
        reviewer yet (``load_demo``): a ``Setup``; rows are then written without a user and published."""
        if user is None and setup is None:
            raise ValueError("An import is made by a user, whose permissions apply.")
        self.source = source
        self.user = user
        self.setup = setup
        self.default = Locale.get_default()
        self.english = english_locale()
        self.result = Result()
        self._documents = None

    # --- Public ----------------------------------------------------------------------------

    def preview(self, progress=None):
        """Check and compare; write nothing."""
        if self.check():
            self.write(progress, dry_run=True)
        return self.result

    def commit(self, progress=None):
        """Check, compare and, when nothing is wrong, write everything in one transaction."""
        if self.check():
            self.write(progress, dry_run=False)
        return self.result

    # --- Reading and checking ------------------------------------------------------------------

    def problem(self, message, sheet="", row=0, column=""):
        self.result.problems.append(Problem(message, sheet, row, column))

    def check(self):
        try:
            sheets = self.source if isinstance(self.source, dict) else files.read(self.source)
        except WorkbookError as error:
            self.result.problems.extend(error.problems)
            return False
        for rows in sheets.values():
            for row in rows:
                self.check_cells(row)
        plans = self.plan_services(sheets[fmt.SERVICES.name])
        for sheet in fmt.CHILD_SHEETS:
            for row in sheets[sheet.name]:
                plan = plans.get((row.cells["mpp"], row.cells["layanan"]))
                if plan is None:
                    if row.cells["mpp"] and row.cells["layanan"]:
                        self.problem(
                            _("The service '%(key)s' of %(mpp)s has no row in the Layanan sheet. Add it there first.")
                            % {"key": row.cells["layanan"], "mpp": row.cells["mpp"]},
                            sheet.name,
                            row.number,
                            "layanan",
                        )
                    else:
                        self.problem(_("Fill in the MPP and the service key."), sheet.name, row.number, "layanan")
                    continue
                plan.rows[sheet.name].append(row)
        self.result.plans = list(plans.values())
        for plan in self.result.plans:
            self.check_children(plan)
        if self.result.problems:
            return False
        for plan in self.result.plans:
            self.compare(plan)
        return True

    def check_cells(self, row):
        sheet = fmt.BY_NAME[row.sheet]
        for column in sheet.columns:
            value = row.cells.get(column.name, "")
            if column.export_only:
                continue
            if len(value) > fmt.MAX_CELL_CHARS:
                self.problem(
                    _("The text is longer than %(max)s characters.") % {"max": fmt.MAX_CELL_CHARS},
                    row.sheet,
                    row.number,
                    column.name,
                )
            elif MARKUP.search(value):
                self.problem(
                    _("The cell holds HTML or script. Write plain text only."), row.sheet, row.number, column.name
                )
            if column.required and not value:
                self.problem(_("This cell must be filled in."), row.sheet, row.number, column.name)
            elif value and column.codes and value not in column.codes:
                self.problem(
                    _("'%(value)s' is not one of: %(codes)s.") % {"value": value, "codes": ", ".join(column.codes)},
                    row.sheet,
                    row.number,
                    column.name,
                )

    def whole_number(self, row, column, minimum):
        """The cell as an int >= minimum, or None with a problem (an empty cell is None, no problem)."""
        value = row.cells.get(column, "")
        if not value:
            return None
        if not re.fullmatch(r"\d+", value) or int(value) < minimum:
            self.problem(
                _("'%(value)s' is not a whole number of at least %(min)s.") % {"value": value, "min": minimum},
                row.sheet,
                row.number,
                column,
            )
            return None
        return int(value)

    def plan_services(self, rows):
        """{(mpp, key): ServicePlan} of the Layanan sheet, each row checked against the catalogue
        and the user's permissions."""
        plans = {}
        locations = {page.slug: page for page in MPPLocationPage.objects.filter(locale=self.default).order_by("path")}
        agencies = {}
        for row in rows:
            cells = row.cells
            key, mpp = cells["kunci"], cells["mpp"]
            if key and (len(key) > MAX_KEY or not KEY.match(key)):
                self.problem(
                    _("'%(value)s' is not a valid key: use lowercase letters, digits and single hyphens only.")
                    % {"value": key},
                    row.sheet,
                    row.number,
                    "kunci",
                )
                continue
            if not key or not mpp:
                continue
            if (mpp, key) in plans:
                self.problem(
                    _("The service '%(key)s' of %(mpp)s appears twice (also in row %(row)s).")
                    % {"key": key, "mpp": mpp, "row": plans[(mpp, key)].row},
                    row.sheet,
                    row.number,
                    "kunci",
                )
                continue
            plan = ServicePlan(mpp, key, row.number)
            plan.rows[row.sheet].append(row)
            plans[(mpp, key)] = plan
            location = locations.get(mpp)
            if location is None:
                self.problem(
                    _("There is no MPP with the key '%(value)s'. Known MPPs: %(known)s.")
                    % {"value": mpp, "known": ", ".join(locations) or "-"},
                    row.sheet,
                    row.number,
                    "mpp",
                )
                continue
            plan.location = location
            if location.pk not in agencies:
                agencies[location.pk] = {page.slug: page for page in AgencyPage.objects.child_of(location)}
            agency = agencies[location.pk].get(cells["instansi"])
            if agency is None and cells["instansi"]:
                self.problem(
                    _("%(mpp)s has no agency with the key '%(value)s'.")
                    % {"mpp": location.title, "value": cells["instansi"]},
                    row.sheet,
                    row.number,
                    "instansi",
                )
                continue
            plan.agency = agency
            page = ServicePage.objects.descendant_of(location).filter(slug=key, locale=self.default).first()
            if page is not None and not page.path.startswith(agency.path):
                owner = page.get_parent()
                self.problem(
                    _(
                        "The service '%(key)s' already exists at %(mpp)s under another agency (%(agency)s). "
                        "An import does not move services; ask the DPMPTSP to move it, or use another key."
                    )
                    % {"key": key, "mpp": location.title, "agency": owner.title},
                    row.sheet,
                    row.number,
                    "kunci",
                )
                continue
            plan.page = page
            self.check_permission(plan, row)
            self.check_service(plan, row)
        return plans

    def check_permission(self, plan, row):
        user = self.user
        if self.setup is not None:
            return
        if plan.page is not None:
            allowed = plan.page.permissions_for_user(user).can_edit()
            task = plan.page.current_workflow_task
            if allowed and task is not None and task.specific.locked_for_user(plan.page, user):
                self.problem(
                    _("The service '%(key)s' is waiting for review: it cannot be changed until the review ends.")
                    % {"key": plan.key},
                    row.sheet,
                    row.number,
                    "kunci",
                )
                return
        else:
            allowed = plan.agency.permissions_for_user(user).can_add_subpage()
        if not allowed:
            self.problem(
                _(
                    "You may not create or change services of %(agency)s at %(mpp)s. "
                    "Remove this row, or ask its agency or the DPMPTSP to import it."
                )
                % {"agency": plan.agency.title, "mpp": plan.location.title},
                row.sheet,
                row.number,
                "instansi",
            )

    def check_service(self, plan, row):
        cells = row.cells
        lengths = {"nama": 255, "ringkasan": 400, "penerima": 800, "bukan_penerima": 800, "hasil": 600}
        for name, limit in lengths.items():
            for language in ("id", "en"):
                column = f"{name}_{language}"
                if len(cells[column]) > limit:
                    self.problem(
                        _("The text is longer than %(max)s characters.") % {"max": limit}, row.sheet, row.number, column
                    )
        value = self.whole_number(row, "lama", 1)
        if (value is None) != (not cells["satuan_lama"]) and not (cells["lama"] and value is None):
            column = "satuan_lama" if value else "lama"
            self.problem(
                _("Give the duration as a number and its unit together, or leave both empty."),
                row.sheet,
                row.number,
                column,
            )
        numbers = set(plan.location.counters.values_list("number", flat=True))
        for number in cells["loket"].replace(",", " ").split():
            if not number.isdigit() or int(number) not in numbers:
                self.problem(
                    _("%(mpp)s has no counter '%(value)s'. Its counters: %(known)s.")
                    % {
                        "mpp": plan.location.title,
                        "value": number,
                        "known": " ".join(str(n) for n in sorted(numbers)) or "-",
                    },
                    row.sheet,
                    row.number,
                    "loket",
                )

    def documents(self):
        if self._documents is None:
            self._documents = defaultdict(list)
            for document in RequirementDocument.objects.filter(locale=self.default):
                self._documents[document.name.strip().casefold()].append(document)
        return self._documents

    def check_children(self, plan):
        """Check the child rows of a service (references, numbers, groups) and build its values."""
        if plan.location is None or plan.agency is None:
            return
        orders = {}
        for sheet in fmt.CHILD_SHEETS:
            rows = plan.rows[sheet.name]
            for row in rows:
                row.order = self.whole_number(row, "urutan", 1) or 0
            rows.sort(key=lambda row: (row.order, row.number))
            seen = {}
            grouped = sheet in (fmt.REQUIREMENTS, fmt.FEES)
            for row in rows:
                place = (row.order, row.cells.get("bahasa", ""))
                if not grouped and place in seen and row.order:
                    self.problem(
                        _("The order %(order)s of this service is used twice (also in row %(row)s).")
                        % {"order": row.order, "row": seen[place]},
                        sheet.name,
                        row.number,
                        "urutan",
                    )
                seen.setdefault(place, row.number)
            orders[sheet.name] = rows
        conditions = {c.slug: c for c in Condition.objects.filter(locale=self.default)}
        events = {e.slug: e for e in LifeEvent.objects.filter(locale=self.default)}
        for row in plan.rows[fmt.REQUIREMENTS.name]:
            self.whole_number(row, "jumlah", 1)
            name = row.cells["dokumen"]
            found = self.documents().get(name.strip().casefold(), [])
            if name and not found:
                self.problem(
                    _(
                        "Unknown document type '%(value)s'. Write its name as in the list of requirement "
                        "documents, or ask the national catalogue team to add it."
                    )
                    % {"value": name},
                    row.sheet,
                    row.number,
                    "dokumen",
                )
            elif len(found) > 1:
                self.problem(
                    _(
                        "Several document types are called '%(value)s'. Ask the national catalogue team to give "
                        "them distinct names."
                    )
                    % {"value": name},
                    row.sheet,
                    row.number,
                    "dokumen",
                )
            if row.cells["keadaan"] and row.cells["keadaan"] not in conditions:
                self.problem(
                    _("Unknown condition '%(value)s'.") % {"value": row.cells["keadaan"]},
                    row.sheet,
                    row.number,
                    "keadaan",
                )
            issuer = row.cells["diterbitkan_oleh"]
            if (
                issuer
                and not ServicePage.objects.descendant_of(plan.location)
                .filter(slug=issuer, locale=self.default)
                .exists()
            ):
                self.problem(
                    _("%(mpp)s has no service with the key '%(value)s' yet.")
                    % {"mpp": plan.location.title, "value": issuer},
                    row.sheet,
                    row.number,
                    "diterbitkan_oleh",
                )
        for group in groups(plan.rows[fmt.REQUIREMENTS.name]):
            if len({row.cells["keadaan"] for row in group}) > 1:
                self.problem(
                    _("The documents to choose from (order %(order)s) must have the same condition.")
                    % {"order": group[0].order},
                    group[-1].sheet,
                    group[-1].number,
                    "keadaan",
                )
        for row in plan.rows[fmt.FEES.name]:
            amount = row.cells["jumlah_rupiah"]
            if amount and not re.fullmatch(r"\d+", amount):
                self.problem(
                    _("'%(value)s' is not an amount in rupiah; write it as a number, for example 50000.")
                    % {"value": amount},
                    row.sheet,
                    row.number,
                    "jumlah_rupiah",
                )
        for group in groups(plan.rows[fmt.FEES.name]):
            if len(group) > 1 and not group[0].cells["pilihan_id"]:
                self.problem(
                    _("Several fees share the order %(order)s: give the choice a label in pilihan_id.")
                    % {"order": group[0].order},
                    group[0].sheet,
                    group[0].number,
                    "pilihan_id",
                )
            if len(group) == 1 and group[0].cells["pilihan_id"]:
                self.problem(
                    _("A choice needs at least two fees with the same order; otherwise leave pilihan_id empty."),
                    group[0].sheet,
                    group[0].number,
                    "pilihan_id",
                )
        for row in plan.rows[fmt.LIFE_EVENTS.name]:
            if row.cells["peristiwa"] not in events:
                self.problem(
                    _("Unknown life event '%(value)s'.") % {"value": row.cells["peristiwa"]},
                    row.sheet,
                    row.number,
                    "peristiwa",
                )
        validate_url = URLValidator(schemes=["http", "https"])
        for sheet_name in (fmt.LEGAL_BASIS.name, fmt.CHANNELS.name):
            for row in plan.rows[sheet_name]:
                if row.cells["tautan"]:
                    try:
                        validate_url(row.cells["tautan"])
                    except ValidationError:
                        self.problem(
                            _("'%(value)s' is not a web address; it starts with https://.")
                            % {"value": row.cells["tautan"]},
                            row.sheet,
                            row.number,
                            "tautan",
                        )

    # --- Comparing -------------------------------------------------------------------------------

    def imported_cells(self, plan):
        """{sheet: [cells]} of the workbook for this service, as ``service_rows`` gives them."""
        cells = {}
        for sheet in fmt.SHEETS:
            rows = plan.rows[sheet.name]
            ranks = {}
            for row in rows:
                ranks.setdefault(getattr(row, "order", 0), len(ranks) + 1)
            if sheet is fmt.OTHER_NAMES:
                rows = sorted(rows, key=lambda row: (row.cells["bahasa"] != "id", row.order, row.number))
            cells[sheet.name] = [
                (row, self.normal(sheet, row.cells, ranks.get(getattr(row, "order", 0)))) for row in rows
            ]
        return cells

    @staticmethod
    def normal(sheet, cells, rank):
        cells = comparable_cells(sheet, cells)
        if "urutan" in cells:
            cells["urutan"] = str(rank)
        if sheet is fmt.SERVICES:
            cells["loket"] = " ".join(sorted(cells["loket"].replace(",", " ").split(), key=int))
        return cells

    def compare(self, plan):
        imported = self.imported_cells(plan)
        if plan.page is None:
            return
        current = service_rows(plan.page, plan.location, plan.agency, self.english)
        for sheet in fmt.SHEETS:
            old_rows = [
                self.normal(sheet, cells, None) | ({"urutan": cells["urutan"]} if "urutan" in cells else {})
                for cells in current[sheet.name]
            ]
            new_rows = imported[sheet.name]
            if sheet is fmt.OTHER_NAMES:
                # Numbered per language: renumber each language from 1 for the comparison.
                for rows in (old_rows, [cells for _row, cells in new_rows]):
                    counters = defaultdict(int)
                    for cells in rows:
                        counters[cells["bahasa"]] += 1
                        cells["urutan"] = str(counters[cells["bahasa"]])
            if sheet is fmt.LIFE_EVENTS:
                # A set: the order of life events is theirs, not the service's.
                if {c["peristiwa"] for c in old_rows} == {c["peristiwa"] for _r, c in new_rows}:
                    continue
            for index in range(max(len(old_rows), len(new_rows))):
                old = old_rows[index] if index < len(old_rows) else {}
                row, new = new_rows[index] if index < len(new_rows) else (None, {})
                number = row.number if row is not None else 0
                for column in sheet.columns:
                    name = column.name
                    if column.export_only or name in ("mpp", "layanan"):
                        continue
                    if old.get(name, "") != new.get(name, ""):
                        plan.changes.append(Change(sheet.name, number, name, old.get(name, ""), new.get(name, "")))

    # --- Writing -------------------------------------------------------------------------------

    def write(self, progress, dry_run):
        """Write every new or changed service; roll back on any problem, and always on a dry run."""
        todo = [plan for plan in self.result.plans if plan.status != "unchanged"]
        try:
            with transaction.atomic():
                pages = []
                for plan in todo:
                    written = self.write_service(plan)
                    if written:
                        pages.append((plan, written))
                    if progress:
                        progress(1)
                if self.result.problems or dry_run:
                    raise Rollback
                for plan, written in pages:
                    for page in written:
                        if self.setup is not None:
                            Page.objects.get(pk=page.pk).get_latest_revision().publish()
                        else:
                            self.submit(plan, page)
        except Rollback:
            return
        self.result.written = True

    def write_service(self, plan):
        """Save the service's draft revisions (Indonesian, then English); returns the pages written."""
        glossary = {}
        english_only = plan.page is not None and all(change.column.endswith("_en") for change in plan.changes)
        written = []
        try:
            values = self.page_values(plan, glossary)
            with transaction.atomic():
                if plan.page is None:
                    page = ServicePage(locale=self.default, slug=plan.key, live=False, **values["fields"])
                    page.counters = values["counters"]
                    page.life_events = values["life_events"]
                    if self.setup is not None:
                        self.setup.prepare(plan, page)
                    plan.agency.add_child(instance=page)
                    page.save_revision(user=self.user, log_action=False)
                    log(instance=page, action="wagtail.create", user=self.user)
                    written.append(page)
                else:
                    page = latest_version(ServicePage.objects.get(pk=plan.page.pk))
                    if not english_only:
                        for name, value in values["fields"].items():
                            setattr(page, name, value)
                        page.counters = values["counters"]
                        page.life_events = values["life_events"]
                        page.save_revision(user=self.user, log_action=True)
                        written.append(page)
                english = self.write_english(plan, page, glossary)
                if english is not None:
                    written.append(english)
        except ValidationError as error:
            for message in error_messages(error):
                self.problem(message, fmt.SERVICES.name, plan.row, "kunci")
            return []
        except PermissionDenied as refusal:
            self.problem(str(refusal), fmt.SERVICES.name, plan.row, "kunci")
            return []
        return written

    def write_english(self, plan, page, glossary):
        """The English draft of a written service, through wagtail-localize: the workbook's English
        texts as the translations of the Indonesian ones, the facts synchronized."""
        if self.english is None or plan.agency.get_translation_or_none(self.english) is None:
            plan.notes.append(_("No English page: the agency has no English page yet."))
            return None
        source, _created = TranslationSource.update_or_create_from_instance(page)
        for segment in source.stringsegment_set.select_related("string", "context"):
            english = glossary.get(segment.string.data)
            if english is None:
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.english,
                context=segment.context,
                defaults={"data": english, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=self.english, defaults={"enabled": True}
        )
        return save_draft(translation, self.user)

    def submit(self, plan, page):
        """Send a written page to its MPP's review, as the editor's "Submit for review" does."""
        page = Page.objects.get(pk=page.pk).specific
        draft = page.get_latest_revision_as_object()
        missing = draft.missing_components()
        if missing:
            plan.notes.append(
                _("%(language)s saved as a draft, not sent for review: missing %(missing)s.")
                % {
                    "language": page.locale.get_display_name(),
                    "missing": ", ".join(str(component_label(component)) for component in missing),
                }
            )
            return
        state = page.current_workflow_state
        workflow = page.get_workflow()
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(self.user)
        elif state is None and workflow is not None:
            workflow.start(page, self.user)

    # --- Building page values ---------------------------------------------------------------------

    def page_values(self, plan, glossary):
        """{"fields", "counters", "life_events"} of the service, and its English texts into
        ``glossary`` ({Indonesian string data: English string data})."""

        def text(cells, name):
            indonesian, english = cells.get(f"{name}_id", ""), cells.get(f"{name}_en", "")
            if indonesian and english:
                glossary[StringValue.from_plaintext(indonesian).data] = StringValue.from_plaintext(english).data
            return indonesian

        cells = plan.rows[fmt.SERVICES.name][0].cells
        fields = {field_name: text(cells, column) for column, field_name in SERVICE_TEXT.items()}
        fields["duration_value"] = int(cells["lama"]) if cells["lama"] else None
        fields["duration_unit"] = fmt.DURATION_UNITS.get(cells["satuan_lama"], "")
        fields["fee_kind"] = fmt.FEE_KINDS.get(cells["biaya"], "")
        names = {"id": [], "en": []}
        for row in plan.rows[fmt.OTHER_NAMES.name]:
            names[row.cells["bahasa"]].append(row.cells["nama"])
        fields["alternative_names"] = text(
            {"alternative_names_id": "\n".join(names["id"]), "alternative_names_en": "\n".join(names["en"])},
            "alternative_names",
        )
        documents = self.documents()
        conditions = {c.slug: c for c in Condition.objects.filter(locale=self.default)}
        issuer_keys = {row.cells["diterbitkan_oleh"] for row in plan.rows[fmt.REQUIREMENTS.name]} - {""}
        issuers = {
            page.slug: page
            for page in ServicePage.objects.descendant_of(plan.location).filter(
                locale=self.default, slug__in=issuer_keys
            )
        }

        def document(cells):
            return {
                "document": documents[cells["dokumen"].strip().casefold()][0],
                "quantity": int(cells["jumlah"]),
                "form": fmt.DOCUMENT_FORMS[cells["bentuk"]],
                "note": text(cells, "catatan"),
                "produced_by": issuers.get(cells["diterbitkan_oleh"]),
            }

        requirements = []
        for group in groups(plan.rows[fmt.REQUIREMENTS.name]):
            condition = conditions.get(group[0].cells["keadaan"])
            if len(group) == 1:
                requirements.append(("requirement", {**document(group[0].cells), "condition": condition}))
            else:
                requirements.append(
                    ("one_of", {"condition": condition, "options": [document(row.cells) for row in group]})
                )
        fields["requirements"] = requirements
        fields["procedure"] = [("step", {"text": text(row.cells, "langkah")}) for row in plan.rows[fmt.STEPS.name]]

        def fee(cells):
            return {
                "amount": int(cells["jumlah_rupiah"]),
                "purpose": text(cells, "untuk"),
                "legal_basis": text(cells, "dasar_hukum"),
            }

        fees = []
        for group in groups(plan.rows[fmt.FEES.name]):
            if len(group) == 1:
                fees.append(("fee", fee(group[0].cells)))
            else:
                fees.append(
                    ("choice", {"label": text(group[0].cells, "pilihan"), "options": [fee(row.cells) for row in group]})
                )
        fields["fees"] = fees
        fields["legal_basis"] = [
            ("regulation", {"title": text(row.cells, "peraturan"), "url": row.cells["tautan"]})
            for row in plan.rows[fmt.LEGAL_BASIS.name]
        ]
        fields["complaint_channels"] = [
            (
                "channel",
                {
                    "kind": fmt.COMPLAINT_KINDS[row.cells["jenis"]],
                    "value": row.cells["kontak"],
                    "place": text(row.cells, "tempat"),
                    "note": text(row.cells, "catatan"),
                },
            )
            for row in plan.rows[fmt.COMPLAINTS.name]
        ]
        channels = []
        for row in plan.rows[fmt.CHANNELS.name]:
            kind = fmt.CHANNEL_KINDS[row.cells["jenis"]]
            if kind == "online":
                value = {
                    "name": text(row.cells, "nama"),
                    "url": row.cells["tautan"],
                    "note": text(row.cells, "catatan"),
                }
            else:
                value = {"note": text(row.cells, "catatan")}
            channels.append((kind, value))
        fields["other_channels"] = channels
        self.check_blocks(fields)
        numbers = {int(n) for n in cells["loket"].replace(",", " ").split()}
        counters = [counter for counter in plan.location.counters.all() if counter.number in numbers]
        events = {e.slug: e for e in LifeEvent.objects.filter(locale=self.default)}
        life_events = [events[row.cells["peristiwa"]] for row in plan.rows[fmt.LIFE_EVENTS.name]]
        return {"fields": fields, "counters": counters, "life_events": life_events}

    @staticmethod
    def check_blocks(fields):
        """The StreamField rules of the page editor (an in-person channel says where, a link is a
        link...), which a model's ``full_clean`` does not run: raised as a ``ValidationError``."""
        sheets = {
            "requirements": fmt.REQUIREMENTS,
            "procedure": fmt.STEPS,
            "fees": fmt.FEES,
            "legal_basis": fmt.LEGAL_BASIS,
            "complaint_channels": fmt.COMPLAINTS,
            "other_channels": fmt.CHANNELS,
        }
        messages = []
        for name, sheet in sheets.items():
            stream = ServicePage._meta.get_field(name).stream_block
            try:
                value = stream.normalize(fields[name])
                stream.clean(value)
            except ValidationError as error:
                messages.append(f"{sheet.name}: {'; '.join(error_messages(error))}")
        if messages:
            raise ValidationError(messages)


def groups(rows):
    """Rows (sorted by order) grouped by their order: one requirement or fee, or the options of one."""
    grouped = []
    for row in rows:
        if grouped and grouped[-1][0].order == row.order:
            grouped[-1].append(row)
        else:
            grouped.append([row])
    return grouped


def error_messages(error):
    """The plain messages of a (possibly nested, block-level) ValidationError."""
    if hasattr(error, "block_errors"):
        found = []
        errors = error.block_errors
        items = errors.items() if isinstance(errors, dict) else enumerate(errors)
        for _key, child in items:
            if child is not None:
                found.extend(error_messages(child))
        if getattr(error, "non_block_errors", None):
            found.extend(error_messages(ValidationError(list(error.non_block_errors))))
        return found
    if hasattr(error, "error_dict"):
        return [message for messages in error.message_dict.values() for message in messages]
    return list(error.messages)
