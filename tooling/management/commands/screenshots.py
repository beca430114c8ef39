"""Screenshots of the key pages at 360 px and 1280 px wide into ``docs/screenshots/`` (``make screenshots``).

The pages are the demo's key pages (``tooling.pages``), each in the language chosen below.

The portal runs under gunicorn (``tooling.liveserver``) on this command's database with the demo
catalogue; Playwright drives Debian's Chromium (``CHROMIUM_PATH``, never a downloaded browser).
Viewport-only PNGs reduced to a 64-colour palette (Pillow, which Wagtail already needs) keep
the files small.
"""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.management.base import BaseCommand, CommandError

from PIL import Image

from tooling.liveserver import CHROMIUM, CHROMIUM_ARGS, Server
from tooling.pages import key_pages

WIDTHS = {360: 740, 1280: 800}


# The language each page is photographed in; the MPP page scrolled to its counter map.
LANGUAGES = {
    "home": "id",
    "search": "id",
    "not-here": "id",
    "service": "en",
    "plan": "en",
    "mpp": "id",
    "agency": "id",
    "404": "en",
    "plan-questions": "en",
    "service-alternatives": "id",
}
ANCHORS = {"mpp": "#counter-map", "plan-questions": "#depends-heading"}


def screenshot_pages():
    by_language = {language: key_pages(language) for language in set(LANGUAGES.values())}
    return {name: by_language[language][name] + ANCHORS.get(name, "") for name, language in LANGUAGES.items()}


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
            pages = screenshot_pages()
        except ObjectDoesNotExist as error:
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
        shown = target.relative_to(settings.BASE_DIR) if target.is_relative_to(settings.BASE_DIR) else target
        self.stdout.write(f"{shown}: {target.stat().st_size // 1024} KB")
