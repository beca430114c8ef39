"""Generate a large synthetic catalogue for benchmarks: many MPPs, each with the demo's services.

Every MPP, agency and service is a real, live Wagtail page in Indonesian with its
English translation (the same translation key, the English texts of the demo
service it copies, the facts shared), so the portal, every engine and Wagtail's
built-in search see the same data. Titles and summaries vary from MPP to MPP.
Pages are appended level by level in bulk (``tooling.bulk_pages``): 100,000
services in minutes rather than days. Use a separate database: ``make bench``
and ``make bench-national`` do.
"""

import random
import uuid

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Locale

from tqdm import tqdm

from catalogue import languages
from catalogue.models import AgencyPage, Counter, Floor, MPPLocationPage, OpeningHours, ServicePage
from portal.models import HomePage
from search import signals
from tooling.bulk_pages import append_pages

REGENCIES = [
    "Aceh Besar", "Agam", "Badung", "Bangli", "Banyumas", "Batang", "Bima", "Blitar", "Bogor", "Bone",
    "Boyolali", "Ciamis", "Cianjur", "Demak", "Dompu", "Ende", "Garut", "Gianyar", "Gowa", "Gresik",
    "Indramayu", "Jepara", "Jombang", "Karanganyar", "Kebumen", "Kediri", "Kendal", "Klaten", "Klungkung",
    "Kupang", "Lamongan", "Lombok Barat", "Lumajang", "Madiun", "Magelang", "Malang", "Maros", "Ngawi",
    "Pati", "Pekalongan", "Pemalang", "Ponorogo", "Purbalingga", "Rembang", "Sambas", "Semarang", "Sidoarjo",
    "Sleman", "Sragen", "Subang", "Sukabumi", "Sumedang", "Tabanan", "Tegal", "Temanggung", "Trenggalek",
    "Tuban", "Wonogiri", "Wonosobo",
]  # fmt: skip
GENERATED = "mpp-gen-"  # the slugs of generated MPPs start so; the demo's services are the templates
VARIANTS = ["", "Terpadu", "Keliling", "Mandiri", "Daring", "Prioritas", "Reguler", "Kilat"]


class Command(BaseCommand):
    help = "Generate a synthetic catalogue of N services (default 20,000) in both languages, for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--services", type=int, default=20_000, help="Services (per language) to add.")
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument(
            "--mpps-per-transaction", type=int, default=10, help="MPPs written together (bulk inserts)."
        )
        parser.add_argument(
            "--no-wagtail-index",
            action="store_true",
            help="Skip Wagtail's own search index (the benchmark's baseline); the portal's search is built "
            "afterwards by search_index either way.",
        )

    def handle(self, *args, services, seed, mpps_per_transaction, no_wagtail_index, **options):
        if services < 1 or mpps_per_transaction < 1:
            raise CommandError("--services and --mpps-per-transaction must be at least 1.")
        source, english = Locale.get_default(), Locale.objects.get(language_code=languages.other(languages.source()))
        homes = {locale.pk: HomePage.objects.filter(locale=locale).first() for locale in (source, english)}
        templates = ServicePage.objects.live().filter(locale=source).exclude(url_path__contains=f"/{GENERATED}")
        templates = list(templates.order_by("path"))
        if None in homes.values() or not templates:
            raise CommandError("Load the demo catalogue first (manage.py load_demo).")
        self.source, self.english, self.homes = source, english, homes
        self.wagtail_index = not no_wagtail_index
        self.by_agency = self.templates_by_agency(templates)
        rng = random.Random(seed)
        signals.disconnect()  # index once at the end (search_index), not page by page
        made, number = 0, MPPLocationPage.objects.filter(slug__startswith=GENERATED, locale=source).count()
        try:
            with tqdm(total=services, desc="Generated services", file=self.stderr) as bar:
                while made < services:
                    with transaction.atomic():
                        plans = []
                        while made < services and len(plans) < mpps_per_transaction:
                            number += 1
                            plan = self.plan_mpp(number, rng, services - made)
                            plans.append(plan)
                            made += len(plan["services"])
                        self.write(plans)
                    bar.update(sum(len(plan["services"]) for plan in plans))
        finally:
            signals.connect()
        self.stdout.write(f"Generated {made} services in both languages. Now run: manage.py search_index")

    def templates_by_agency(self, templates):
        """``{agency slug: (agency, English agency, [(service, English service)])}``, one template per service slug."""
        by_agency = {}
        for template in templates:
            agency = template.get_parent().specific
            entry = by_agency.setdefault(agency.slug, (agency, agency.get_translation(self.english).specific, {}))
            entry[2].setdefault(template.slug, (template, template.get_translation(self.english).specific))
        return {slug: (agency, en, list(pairs.values())) for slug, (agency, en, pairs) in sorted(by_agency.items())}

    def plan_mpp(self, number, rng, remaining):
        """One MPP, its agencies and services as unsaved pages (both languages), at most ``remaining`` services."""
        regency = f"{REGENCIES[number % len(REGENCIES)]} {number // len(REGENCIES) + 1}"
        key = uuid.uuid4()
        mpp = {
            self.source.pk: self.mpp_page(
                key,
                self.source,
                title=f"MPP Kabupaten {regency}",
                slug=f"{GENERATED}{number:05d}",
                regency=f"Kabupaten {regency}",
                operator_name=f"DPMPTSP Kabupaten {regency}",
                intro="MPP buatan untuk uji kinerja.",
            ),
            self.english.pk: self.mpp_page(
                key,
                self.english,
                title=f"{regency} Regency Public Service Mall (MPP)",
                slug=f"{GENERATED}{number:05d}",
                regency=f"{regency} Regency",
                operator_name=f"DPMPTSP of {regency} Regency",
                intro="A generated MPP for performance tests.",
            ),
        }
        agencies, services = [], []
        for index, (agency_slug, (agency, agency_en, templates)) in enumerate(self.by_agency.items(), 1):
            if len(services) >= remaining:
                break
            agency_key = uuid.uuid4()
            pair = {
                locale.pk: AgencyPage(
                    title=f"{template.acronym} {mpp[locale.pk].regency}",
                    slug=agency_slug,
                    acronym=template.acronym,
                    kind=template.kind,
                    description=template.description,
                    locale=locale,
                    translation_key=agency_key,
                )
                for locale, template in ((self.source, agency), (self.english, agency_en))
            }
            agencies.append((index, pair))
            for template, template_en in templates[: remaining - len(services)]:
                variant = rng.choice(VARIANTS)
                service_key = uuid.uuid4()
                services.append(
                    (
                        pair,
                        template,
                        {
                            self.source.pk: self.service_page(template, service_key, self.source, variant, mpp),
                            self.english.pk: self.service_page(template_en, service_key, self.english, variant, mpp),
                        },
                    )
                )
        return {"mpp": mpp, "agencies": agencies, "services": services}

    @staticmethod
    def mpp_page(key, locale, **texts):
        return MPPLocationPage(
            **texts,
            province="Provinsi Contoh",
            address="Jalan Contoh 1",
            latitude="-7.000000",
            longitude="110.000000",
            time_zone="Asia/Jakarta",
            locale=locale,
            translation_key=key,
        )

    @staticmethod
    def service_page(template, key, locale, variant, mpp):
        where = mpp[locale.pk].title
        summary = f"{template.summary} {'Layanan di' if locale.language_code == 'id' else 'Offered at'} {where}."
        return ServicePage(
            title=f"{template.title} {variant}".strip(),
            slug=template.slug,
            summary=summary[:400],
            alternative_names=template.alternative_names,
            eligibility=template.eligibility,
            not_eligible=template.not_eligible,
            requirements=template.requirements.raw_data,
            procedure=template.procedure.raw_data,
            duration_value=template.duration_value,
            duration_unit=template.duration_unit,
            fee_kind=template.fee_kind,
            fees=template.fees.raw_data,
            output=template.output,
            complaint_channels=template.complaint_channels.raw_data,
            legal_basis=template.legal_basis.raw_data,
            other_channels=template.other_channels.raw_data,
            last_reviewed=template.last_reviewed,
            reviewed_by=mpp[locale.pk].operator_name,
            locale=locale,
            translation_key=key,
        )

    def write(self, plans):
        """Insert the planned MPPs level by level: MPPs, their rows, agencies, counters, services, links."""
        index = self.wagtail_index
        append_pages([(self.homes[lang], plan["mpp"][lang]) for plan in plans for lang in plan["mpp"]], index)
        floors, hours = [], []
        for plan in plans:
            floor_key = uuid.uuid4()
            for page in plan["mpp"].values():
                floors.append(
                    Floor(page=page, level=1, sort_order=0, locale_id=page.locale_id, translation_key=floor_key)
                )
                hours += [
                    OpeningHours(page=page, weekday=day, opens="08:00", closes="15:00", sort_order=day)
                    for day in range(5)
                ]
        Floor.objects.bulk_create(floors)
        OpeningHours.objects.bulk_create(hours)
        append_pages(
            [(plan["mpp"][lang], pair[lang]) for plan in plans for _n, pair in plan["agencies"] for lang in pair], index
        )
        counters = {}  # (MPP page id, agency translation key) → the Indonesian MPP's counter
        rows = []
        for plan in plans:
            for number, pair in plan["agencies"]:
                source_agency = pair[self.source.pk]
                for page in plan["mpp"].values():  # the English MPP's rows copy the source's (synchronized)
                    row = Counter(page=page, number=number, floor_level=1, agency=source_agency, sort_order=number)
                    rows.append(row)
                    if page.locale_id == self.source.pk:
                        counters[source_agency.pk] = row
        Counter.objects.bulk_create(rows)
        append_pages(
            [(pair[lang], pages[lang]) for plan in plans for pair, _t, pages in plan["services"] for lang in pages],
            index,
        )
        links, events = ServicePage.counters.through, ServicePage.life_events.through
        life_events = {}
        link_rows, event_rows = [], []
        for plan in plans:
            for pair, template, pages in plan["services"]:
                if template.pk not in life_events:
                    life_events[template.pk] = list(template.life_events.values_list("pk", flat=True))
                counter = counters[pair[self.source.pk].pk]
                for page in pages.values():  # both languages point at the Indonesian MPP's counter
                    link_rows.append(links(servicepage_id=page.pk, counter_id=counter.pk))
                    event_rows += [events(servicepage_id=page.pk, lifeevent_id=pk) for pk in life_events[template.pk]]
        links.objects.bulk_create(link_rows, batch_size=1000)
        events.objects.bulk_create(event_rows, batch_size=1000)
