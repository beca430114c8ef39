"""Generate a large synthetic catalogue for benchmarks: many MPPs, each with the demo's services.

The services are real Wagtail pages (so every engine, and Wagtail's built-in
search, sees the same data), made from the demo services with varied titles,
names and summaries. Use a separate database: ``make bench`` does.
"""

import random

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Locale

from tqdm import tqdm

from catalogue.models import AgencyPage, Counter, Floor, MPPLocationPage, OpeningHours, ServicePage
from portal.models import HomePage
from search import signals

REGENCIES = [
    "Aceh Besar", "Agam", "Badung", "Bangli", "Banyumas", "Batang", "Bima", "Blitar", "Bogor", "Bone",
    "Boyolali", "Ciamis", "Cianjur", "Demak", "Dompu", "Ende", "Garut", "Gianyar", "Gowa", "Gresik",
    "Indramayu", "Jepara", "Jombang", "Karanganyar", "Kebumen", "Kediri", "Kendal", "Klaten", "Klungkung",
    "Kupang", "Lamongan", "Lombok Barat", "Lumajang", "Madiun", "Magelang", "Malang", "Maros", "Ngawi",
    "Pati", "Pekalongan", "Pemalang", "Ponorogo", "Purbalingga", "Rembang", "Sambas", "Semarang", "Sidoarjo",
    "Sleman", "Sragen", "Subang", "Sukabumi", "Sumedang", "Tabanan", "Tegal", "Temanggung", "Trenggalek",
    "Tuban", "Wonogiri", "Wonosobo",
]  # fmt: skip
VARIANTS = ["", "Terpadu", "Keliling", "Mandiri", "Daring", "Prioritas", "Reguler", "Kilat"]


class Command(BaseCommand):
    help = "Generate a synthetic catalogue of N services (default 20,000) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--services", type=int, default=20_000)
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, services, seed, **options):
        if services < 1:
            raise CommandError("--services must be at least 1.")
        locale = Locale.get_default()
        home = HomePage.objects.filter(locale=locale).first()
        templates = list(ServicePage.objects.live().filter(locale=locale).specific().order_by("path"))
        if home is None or not templates:
            raise CommandError("Load the demo catalogue first (manage.py load_demo).")
        by_agency = {}
        for template in templates:  # one template per service slug, grouped by agency
            by_agency.setdefault(template.get_parent().slug, {}).setdefault(template.slug, template)
        by_agency = {agency: list(services.values()) for agency, services in by_agency.items()}
        rng = random.Random(seed)
        # Index once at the end (search_index), not page by page.
        signals.disconnect()
        made = 0
        try:
            with tqdm(total=services, desc="Generated services", file=self.stderr) as bar:
                number = 0
                while made < services:
                    number += 1
                    made += self.make_mpp(home, number, by_agency, rng, services - made, bar)
        finally:
            signals.connect()
        self.stdout.write(f"Generated {made} services. Now run: manage.py search_index")

    @transaction.atomic
    def make_mpp(self, home, number, by_agency, rng, remaining, bar):
        regency = f"{REGENCIES[number % len(REGENCIES)]} {number // len(REGENCIES) + 1}"
        location = MPPLocationPage(
            title=f"MPP Kabupaten {regency}",
            slug=f"mpp-gen-{number:04d}",
            regency=f"Kabupaten {regency}",
            province="Provinsi Contoh",
            operator_name=f"DPMPTSP Kabupaten {regency}",
            intro="MPP buatan untuk uji kinerja.",
            address=f"Jalan Contoh {number}",
            latitude="-7.000000",
            longitude="110.000000",
            time_zone="Asia/Jakarta",
        )
        location.floors = [Floor(level=1)]
        location.opening_hours = [OpeningHours(weekday=d, opens="08:00", closes="15:00") for d in range(5)]
        home.add_child(instance=location)
        made = 0
        counters = []
        for index, (agency_slug, services) in enumerate(sorted(by_agency.items()), 1):
            if made >= remaining:
                break
            source_agency = services[0].get_parent().specific
            agency = AgencyPage(
                title=f"{source_agency.acronym} Kabupaten {regency}",
                slug=agency_slug,
                acronym=source_agency.acronym,
                kind=source_agency.kind,
                description=source_agency.description,
                live=True,
            )
            location.add_child(instance=agency)
            counter = Counter(page=location, number=index, floor_level=1, agency=agency)
            counter.save()
            counters.append(counter)
            for template in services:
                if made >= remaining:
                    break
                variant = rng.choice(VARIANTS)
                service = ServicePage(
                    title=f"{template.title} {variant}".strip(),
                    slug=template.slug,
                    summary=f"{template.summary} Layanan di {location.title}.",
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
                    reviewed_by=location.operator_name,
                    live=True,
                )
                service.counters = [counter]
                service.life_events = list(template.life_events.all())
                agency.add_child(instance=service)
                made += 1
                bar.update(1)
        return made
