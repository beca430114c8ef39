"""Screenshots of the key pages at 360 px and 1280 px wide into ``docs/screenshots/`` (``make screenshots``).

The portal runs under gunicorn (``tooling.liveserver``) on this command's database with the demo
catalogue; Playwright drives Debian's Chromium (``CHROMIUM_PATH``, never a downloaded browser).
Viewport-only PNGs reduced to a 64-colour palette (Pillow, which Wagtail already needs) keep
the files small.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import translation

from PIL import Image

from catalogue.models import AgencyPage, MPPLocationPage, ServicePage
from tooling.liveserver import CHROMIUM, CHROMIUM_ARGS, Server

WIDTHS = {360: 740, 1280: 800}


def key_pages():
    service = ServicePage.objects.live().get(
        slug="kartu-identitas-anak", locale__language_code="en", url_path__contains="mpp-karangasem"
    )
    with translation.override("id"):
        search = reverse("search")
    with translation.override("en"):
        plan = reverse("visit_plan", kwargs={"mpp": "mpp-karangasem"})
    return {
        "home": "/id/",
        "search": f"{search}?q=ktp",
        "service": service.url,
        "plan": f"{plan}?s=kartu-keluarga&s=kartu-identitas-anak&s=pendaftaran-bpjs-kesehatan",
        "mpp": MPPLocationPage.objects.live().get(slug="mpp-karangasem", locale__language_code="id").url
        + "?highlight=2,3,4#counter-map",
        "agency": AgencyPage.objects.live()
        .get(slug="dukcapil", locale__language_code="id", url_path__contains="mpp-karangasem")
        .url,
        "404": "/en/no-such-page/",
    }


class Command(BaseCommand):
    help = "Screenshots of the key pages at 360 px and 1280 px into docs/screenshots/."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(Path(settings.BASE_DIR) / "docs" / "screenshots"))

    def handle(self, *args, output, **options):
        from playwright.sync_api import sync_playwright

        chromium = CHROMIUM
        if not Path(chromium).exists():
            raise CommandError(f"Chromium not found at {chromium}; install Debian's chromium or set CHROMIUM_PATH.")
        try:
            pages = key_pages()
        except ServicePage.DoesNotExist as error:
            raise CommandError("Load the demo catalogue first (manage.py load_demo).") from error
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        with Server(workers=2) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            for width, height in WIDTHS.items():
                context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
                page = context.new_page()
                for name, path in pages.items():
                    page.goto(server.url + path)
                    self.save(page, folder / f"{name}-{width}.png")
                if width == 360:
                    page.goto(server.url + pages["plan"])
                    page.emulate_media(media="print")
                    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
                    self.save(page, folder / "plan-print.png")
                context.close()
            browser.close()

    def save(self, page, target):
        page.screenshot(path=target)
        with Image.open(target) as image:
            image.convert("RGB").quantize(colors=64).save(target, optimize=True)
        self.stdout.write(f"{target.relative_to(settings.BASE_DIR)}: {target.stat().st_size // 1024} KB")
