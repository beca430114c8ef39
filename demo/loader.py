"""Builds the demo catalogue as real Wagtail content.

Indonesian pages are created and published first; English pages are then made
through wagtail-localize (translation source, string translations, target
page), exactly as an editor's translation would be, so synchronized facts are
copied by the same code that protects them in production.

Every object gets a translation key derived from its demo key. The catalogue is built once,
on a database that has none: once its home page exists, the catalogue belongs to the people who
run the portal, and a second run changes nothing at all (no page re-created or re-published
outside the review, no site setting, group, permission or account touched).
"""

import datetime as dt
import functools
import secrets
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from catalogue.models import (
    AgencyPage,
    Condition,
    Counter,
    Floor,
    LifeEvent,
    MPPLocationPage,
    OpeningException,
    OpeningHours,
    RequirementDocument,
    ServiceElsewhere,
    ServicePage,
)
from catalogue.workbook import files
from catalogue.workbook import format as fmt
from catalogue.workbook.importer import Setup, WorkbookImport
from portal.models import HomePage, PortalSettings

from .agencies import AGENCIES
from .conditions import CONDITIONS
from .documents import DOCUMENTS
from .elsewhere import OFFICES
from .life_events import LIFE_EVENTS
from .mpps import HOME, MPPS, NATIONAL_EXCEPTIONS, WEEKDAY_HOURS

PASSWORD_FILE = Path(settings.BASE_DIR) / ".cache" / "demo-password"
DEMO_EMAIL_DOMAIN = "demo.invalid"
NAMESPACE = uuid.UUID("6f1c7a52-4a43-4b8e-9d1e-2f0d6c1b9a10")
WORKBOOK = Path(__file__).parent / "workbook"
"""The demo's services: a workbook as a folder of CSV files (docs/workbook.md)."""


@functools.cache
def workbook():
    """The demo workbook's sheets ({sheet name: [Row]}), read once."""
    return files.read(WORKBOOK)


def catalogue_services():
    """Each service of the demo catalogue once, in the workbook's order: {"slug", "agency",
    "online": [{"name", "url", "note"}]} (its online channels, for the MPPs that lack it)."""
    sheets = workbook()
    online = {}
    for row in sheets[fmt.CHANNELS.name]:
        if row.cells["jenis"] == "daring":
            online.setdefault((row.cells["mpp"], row.cells["layanan"]), []).append(row.cells)
    services = {}
    for row in sheets[fmt.SERVICES.name]:
        cells = row.cells
        services.setdefault(
            cells["kunci"],
            {
                "slug": cells["kunci"],
                "agency": cells["instansi"],
                "online": [
                    {
                        "name": {"id": channel["nama_id"], "en": channel["nama_en"]},
                        "url": channel["tautan"],
                        "note": {"id": channel["catatan_id"], "en": channel["catatan_en"]},
                    }
                    for channel in online.get((cells["mpp"], cells["kunci"]), [])
                ],
            },
        )
    return list(services.values())


def rows_of_mpp(slug):
    """The demo workbook's rows of one MPP."""
    return {name: [row for row in rows if row.cells["mpp"] == slug] for name, rows in workbook().items()}


class DemoBuildError(Exception):
    """The demo workbook does not import: its problems, one per line."""


def demo_key(*parts):
    return uuid.uuid5(NAMESPACE, "/".join(parts))


def demo_password():
    """``DEMO_PASSWORD``, or a password generated once into ``.cache/demo-password`` (git-ignored)."""
    if settings.DEMO_PASSWORD:
        return settings.DEMO_PASSWORD
    if PASSWORD_FILE.exists():
        return PASSWORD_FILE.read_text().strip()
    password = secrets.token_urlsafe(12)
    PASSWORD_FILE.parent.mkdir(exist_ok=True)
    PASSWORD_FILE.write_text(password + "\n")
    PASSWORD_FILE.chmod(0o600)
    return password


class MissingTranslation(Exception):
    pass


class Glossary:
    """Indonesian → English pairs of one object, collected while building it."""

    def __init__(self):
        self.pairs = {}

    def __call__(self, text):
        """Register a ``{"id", "en"}`` pair and return the Indonesian text."""
        if text is None:
            return ""
        self.pairs[StringValue.from_plaintext(text["id"]).data] = StringValue.from_plaintext(text["en"]).data
        return text["id"]

    def lines(self, texts):
        """Register a multi-line pair (one item per line) and return the Indonesian lines."""
        return self({"id": "\n".join(texts["id"]), "en": "\n".join(texts["en"])})


class DemoLoader:
    def __init__(self, progress=None, today=None):
        self.progress = progress or (lambda step: None)
        self.today = today or timezone.localdate()
        self.source_locale = Locale.get_default()
        self.target_locale, _ = Locale.objects.get_or_create(language_code="en")
        self.glossaries = {}
        self.created = 0
        self.accounts = []
        self.conditions = {}

    @classmethod
    def steps(cls):
        """How many progress steps a full run has (for the progress bar)."""
        services = len(workbook()[fmt.SERVICES.name])
        agencies = sum(len({key for _l, _n, keys in mpp["floors"] for key in keys}) for mpp in MPPS)
        return len(DOCUMENTS) + len(CONDITIONS) + len(LIFE_EVENTS) + 1 + len(MPPS) + agencies + services

    def already_built(self):
        """The demo home page exists: the catalogue was built once and is now the operators'."""
        return self.existing(HomePage, ("home",)) is not None

    @staticmethod
    def existing_accounts():
        """The demo accounts made by an earlier run (read only, to remind who may sign in)."""
        from django.contrib.auth import get_user_model

        users = get_user_model().objects.filter(email__endswith=f"@{DEMO_EMAIL_DOMAIN}").order_by("username")
        return list(users.values_list("username", flat=True))

    @transaction.atomic
    def run(self):
        if self.already_built():
            from catalogue.roles import demo_accounts_allowed

            self.accounts = self.existing_accounts() if demo_accounts_allowed() else []
            return 0
        self.conditions = self.load_conditions()  # before the documents: their issuers name conditions
        self.load_documents()  # before the services: their requirements name document types
        self.load_life_events()
        home = self.load_home()
        self.configure_site(home)  # before the tree is built, so page URLs are right from the start
        for mpp in MPPS:
            self.load_mpp(home, mpp)
        for mpp in MPPS:
            # Once every MPP's services exist: a row must name a service of the catalogue.
            self.load_elsewhere(mpp)
        self.set_popular(home)
        self.load_roles()
        return self.created

    # --- Roles and demo accounts ----------------------------------------------

    def load_roles(self):
        """Reviewer group, workflow and editor groups for every demo MPP; then the demo accounts.

        Accounts share one password, so they are only made where settings allow it
        (never under the production settings).
        """
        from catalogue import roles

        make_accounts = roles.demo_accounts_allowed()
        hashed = make_password(demo_password()) if make_accounts else None
        for data in MPPS:
            location = self.existing(MPPLocationPage, (data["slug"],))
            reviewers, _editors = roles.setup_mpp(location)
            if not make_accounts:
                continue
            short = roles.short_name(location)
            names = [(reviewers, f"reviewer-{short}")] + [
                (roles.setup_editors(agency), f"{agency.slug}-{short}")
                for agency in AgencyPage.objects.child_of(location).order_by("slug")
            ]
            self.add_accounts(names, hashed)
        national = roles.setup_national()
        if make_accounts:
            self.add_accounts([(national, "katalog-nasional")], hashed)

    def add_accounts(self, names, hashed):
        from catalogue import roles

        for group, username in names:
            email = f"{username}@{DEMO_EMAIL_DOMAIN}"  # .invalid: reminders print to the console, never leave
            self.accounts.append(roles.add_user(group, username, email=email, hashed_password=hashed)[0].username)

    # --- Snippets ------------------------------------------------------------

    def load_documents(self):
        documents = {}
        for key, data in DOCUMENTS.items():
            glossary = Glossary()
            doc = RequirementDocument.objects.filter(
                translation_key=demo_key("document", key), locale=self.source_locale
            ).first()
            if doc is None:
                doc = RequirementDocument.objects.create(
                    translation_key=demo_key("document", key),
                    locale=self.source_locale,
                    name=glossary(data["name"]),
                    alternative_names=glossary.lines(data["alternative_names"]) if "alternative_names" in data else "",
                    description=glossary(data["description"]),
                    issuers=[self.issuer_block(row, glossary) for row in data.get("issuers", [])],
                )
                self.translate(doc, glossary)
            documents[key] = doc
            self.progress(1)
        return documents

    def load_conditions(self):
        conditions = {}
        for key, data in CONDITIONS.items():
            glossary = Glossary()
            condition = Condition.objects.filter(
                translation_key=demo_key("condition", key), locale=self.source_locale
            ).first()
            if condition is None:
                condition = Condition.objects.create(
                    translation_key=demo_key("condition", key),
                    locale=self.source_locale,
                    slug=key,
                    label=glossary(data["label"]),
                    question=glossary(data["question"]),
                    help_text=glossary(data.get("help_text")),
                )
                self.translate(condition, glossary)
            conditions[key] = condition
            self.progress(1)
        return conditions

    def load_life_events(self):
        events = {}
        for order, (key, data) in enumerate(LIFE_EVENTS.items()):
            glossary = Glossary()
            event = LifeEvent.objects.filter(translation_key=demo_key("event", key), locale=self.source_locale).first()
            if event is None:
                event = LifeEvent.objects.create(
                    translation_key=demo_key("event", key),
                    locale=self.source_locale,
                    slug=key,
                    sort_order=order,
                    name=glossary(data["name"]),
                    description=glossary(data["description"]),
                    steps=[
                        (
                            "step",
                            {
                                "title": glossary(step["title"]),
                                "services": step["services"],
                                "note": glossary(step["note"]),
                            },
                        )
                        for step in data["steps"]
                    ],
                )
                self.translate(event, glossary)
            events[key] = event
            self.progress(1)
        return events

    # --- Pages -----------------------------------------------------------------

    def existing(self, model, key):
        return model.objects.filter(translation_key=demo_key(*key), locale=self.source_locale).first()

    def add(self, parent, page, key, glossary):
        page.translation_key = demo_key(*key)
        page.locale = self.source_locale
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.glossaries[page.pk] = glossary
        self.created += 1
        return page

    def load_home(self):
        home = self.existing(HomePage, ("home",))
        if home is None:
            glossary = Glossary()
            home = HomePage(title=glossary(HOME["title"]), slug="home", intro=glossary(HOME["intro"]))
            root = Page.get_first_root_node()
            welcome = root.get_children().filter(slug="home").exclude(content_type__model="homepage").first()
            if welcome is not None:
                # Wagtail's "Welcome to your new Wagtail site!" placeholder takes the slug.
                Site.objects.filter(root_page=welcome).update(root_page=root)
                welcome.delete()
            self.add(root, home, ("home",), glossary)
            self.translate(home, glossary)
        self.progress(1)
        return home

    def load_mpp(self, home, data):
        agency_keys = list(dict.fromkeys(key for _level, _name, keys in data["floors"] for key in keys))
        location = self.existing(MPPLocationPage, (data["slug"],))
        is_new = location is None
        if is_new:
            glossary = Glossary()
            location = MPPLocationPage(
                title=glossary(data["title"]),
                slug=data["slug"],
                regency=glossary(data["regency"]),
                province=glossary(data["province"]),
                operator_name=glossary(data["operator"]),
                intro=glossary(data["intro"]),
                address=glossary(data["address"]),
                latitude=data["latitude"],
                longitude=data["longitude"],
                time_zone=data["time_zone"],
                getting_there=glossary(data["getting_there"]),
                website=data.get("website", ""),
                facilities=[("facility", {"kind": kind, "note": ""}) for kind in data["facilities"]],
            )
            location.floors = [
                Floor(level=level, name=glossary(name), translation_key=demo_key(data["slug"], "floor", str(level)))
                for level, name, _keys in data["floors"]
            ]
            location.opening_hours = [
                OpeningHours(weekday=day, opens=opens, closes=closes)
                for day, opens, closes in [*WEEKDAY_HOURS, *data.get("extra_hours", [])]
            ]
            location.opening_exceptions = [
                OpeningException(
                    date=row["date"],
                    closed=row["closed"],
                    opens=row.get("opens"),
                    closes=row.get("closes"),
                    reason=glossary(row["reason"]),
                    translation_key=demo_key(data["slug"], "exception", row["date"].isoformat()),
                )
                for row in NATIONAL_EXCEPTIONS
            ]
            self.add(home, location, (data["slug"],), glossary)
        self.progress(1)

        agencies = {key: self.load_agency(location, data, key) for key in agency_keys}

        if is_new:
            # Counters point at agencies, so they are added once the agencies exist.
            number = 0
            counters = []
            for level, _name, keys in data["floors"]:
                for key in keys:
                    number += 1
                    counters.append(Counter(number=number, floor_level=level, agency=agencies[key]))
            location.counters = counters
            location.save()  # store the counter rows, so services can point at them
            location.save_revision().publish()
            self.translate(location, self.glossaries[location.pk])
            for agency in agencies.values():
                self.translate(agency, self.glossaries[agency.pk])

        self.load_services(data)

    def load_elsewhere(self, data):
        """Where citizens go for each catalogue service this MPP lacks: the agency's office, then online."""
        location = self.existing(MPPLocationPage, (data["slug"],))
        if location.elsewhere.exists():
            return
        here = {key for _level, _name, keys in data["floors"] for key in keys}
        glossary = Glossary()
        rows = []
        for service in catalogue_services():
            if service["agency"] in here:
                continue
            offices = [
                row
                for row in OFFICES
                if row["mpp"] == data["slug"]
                and row["agency"] == service["agency"]
                and (row["services"] is None or service["slug"] in row["services"])
            ]
            for row in offices:
                rows.append(
                    ServiceElsewhere(
                        service_key=service["slug"],
                        kind="office",
                        name=glossary(row["name"]),
                        address=glossary(row["address"]),
                        hours=glossary(row["hours"]),
                        phone=row["phone"],
                        note=glossary(row["note"]),
                    )
                )
            for row in service["online"]:
                rows.append(
                    ServiceElsewhere(
                        service_key=service["slug"],
                        kind="online",
                        name=glossary(row["name"]),
                        url=row["url"],
                        note=glossary(row["note"]),
                    )
                )
        if not rows:
            return
        for number, row in enumerate(rows):
            row.translation_key = demo_key(data["slug"], "elsewhere", row.service_key, str(number))
        location.elsewhere = rows
        location.save_revision().publish()
        self.translate(location, glossary)

    def load_agency(self, location, mpp, key):
        agency = self.existing(AgencyPage, (mpp["slug"], key))
        if agency is None:
            data = AGENCIES[key]
            glossary = Glossary()
            regency = mpp["regency"]
            agency = AgencyPage(
                title=glossary(
                    {"id": f"{data['name']['id']} {regency['id']}", "en": f"{data['name']['en']}, {regency['en']}"}
                ),
                slug=key,
                acronym=data["acronym"],
                kind=data["kind"],
                description=glossary(data["description"]),
                office_address=glossary(
                    {
                        "id": f"Kantor {data['acronym']}, {regency['id']}",
                        "en": f"{data['acronym']} office, {regency['en']}",
                    }
                ),
                office_hours=glossary({"id": "Senin–Jumat, 08.00–15.00", "en": "Monday to Friday, 08:00 to 15:00"}),
                phone=data.get("phone", ""),
                website=data.get("website", ""),
            )
            self.add(location, agency, (mpp["slug"], key), glossary)
        self.progress(1)
        return agency

    def load_services(self, mpp):
        """The MPP's services from the demo workbook, through the workbook import (published: a
        one-time setup, before there is any reviewer), each reviewed some weeks ago by the MPP."""

        def prepare(plan, page):
            page.translation_key = demo_key(mpp["slug"], plan.agency.slug, plan.key)
            page.last_reviewed = self.today - dt.timedelta(days=30 + len(plan.key) * 3)
            page.reviewed_by = mpp["operator"]["id"]

        result = WorkbookImport(rows_of_mpp(mpp["slug"]), None, setup=Setup(prepare)).commit(self.progress)
        if not result.ok:
            raise DemoBuildError("\n".join(str(problem) for problem in result.problems))
        self.created += sum(1 for plan in result.plans if plan.status == "new")

    def issuer_block(self, row, glossary):
        if "service" in row:
            condition = self.conditions[row["condition"]] if row.get("condition") else None
            return ("service", {"key": row["service"], "condition": condition})
        if "origin_regency" in row:
            return ("origin_regency", {"note": glossary(row["origin_regency"])})
        return ("institution", {"name": glossary(row["institution"]), "note": glossary(row.get("note"))})

    def set_popular(self, home):
        if home.popular_services:
            return
        services = {
            page.slug: page
            for page in ServicePage.objects.live()
            .descendant_of(home)
            .filter(slug__in=HOME["popular"], locale=self.source_locale)
            .order_by("-path")
        }
        home.popular_services = [("service", services[slug]) for slug in HOME["popular"] if slug in services]
        home.save_revision().publish()
        self.translate(home, Glossary())

    def configure_site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="Portal MPP")
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()
        settings = PortalSettings.for_site(site or Site.objects.get(is_default_site=True))
        if not settings.is_demo:
            settings.is_demo = True
            settings.operator_name = "Demo"
            settings.save()

    # --- Translation through wagtail-localize --------------------------------

    def translate(self, instance, glossary):
        """Create or refresh the English version from the glossary, then publish it."""
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=self.target_locale, defaults={"enabled": True}
        )
        for segment in source.stringsegment_set.select_related("string", "context"):
            if glossary is not None and segment.string.data in glossary.pairs:
                data = glossary.pairs[segment.string.data]
            elif StringTranslation.objects.filter(
                translation_of=segment.string, locale=self.target_locale, context=segment.context
            ).exists():
                continue
            else:
                raise MissingTranslation(
                    f"No English text for {segment.string.data!r} ({instance.__class__.__name__} {instance})"
                )
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.target_locale,
                context=segment.context,
                defaults={"data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
        # Pages are published below, not on commit, so that a run inside a test transaction
        # publishes too; plain snippets have no draft state and must be saved "published".
        translation.save_target(publish=not isinstance(instance, Page))
        target = instance.get_translation(self.target_locale)
        if isinstance(target, Page):
            target.get_latest_revision().publish()
        return target
