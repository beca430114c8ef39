"""English pages never show Indonesian prose, and floors are named by one rule at every MPP.

The walk covers every English page of the demo a citizen can reach: each service, agency, MPP and
life event, a plan with every service of each MPP, and the search. Indonesian names that English
readers meet at the counter (agency names, document names, "MPP", "KTP-el") may appear; a sentence
of Indonesian may not. A text block fails when it holds two or more Indonesian function words
(words no English sentence uses), outside parentheses (where a page glosses a local name) and
outside elements marked ``lang="id"`` (content honestly labelled as Indonesian).
"""

import datetime as dt
import re
from html.parser import HTMLParser

from wagtail.models import Site

import pytest

from catalogue.models import AgencyPage, MPPLocationPage, ServicePage
from tests.helpers import english_locale, mpp

pytestmark = pytest.mark.django_db

INDONESIAN = set(
    """yang untuk dengan dari atau tidak ini itu pada akan bisa anda harus sudah belum jika bila oleh
    dalam sebagai juga karena bawa agar supaya hanya setelah sebelum sampai serta tersebut adalah
    di ke kami silakan mohon sementara tutup buka pemohon berlaku meja loket lantai pengaduan
    ambil serahkan tunggu nomor antrean berkas bagian""".split()
)
# Words of Indonesian proper names that English pages keep (Dinas Kependudukan dan Pencatatan Sipil).
NAME_WORDS = {"dan"}
BLOCKS = {"p", "li", "dd", "dt", "h1", "h2", "h3", "td", "th", "caption", "figcaption", "label", "a", "button"}


class TextBlocks(HTMLParser):
    """The visible text of ``<main>``, block by block, without ``lang="id"`` elements, scripts or SVG."""

    SKIP = {"script", "style", "svg", "template"}
    VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack, self.blocks, self.current, self.in_main = [], [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.in_main = True
        if tag in self.VOID:
            return
        hidden = tag in self.SKIP or attrs.get("lang", "").startswith("id") or "hidden" in attrs
        self.stack.append((tag, hidden))
        if tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            open_tag, _hidden = self.stack.pop()
            if open_tag == tag:
                break
        if tag in BLOCKS or tag == "main":
            self.flush()
        if tag == "main":
            self.in_main = False

    def handle_data(self, data):
        if self.in_main and not any(hidden for _tag, hidden in self.stack):
            self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []


def indonesian_prose(html):
    """The text blocks of a page that read as Indonesian sentences."""
    parser = TextBlocks()
    parser.feed(html)
    parser.flush()
    found = []
    for block in parser.blocks:
        plain = re.sub(r"\([^)]*\)", " ", block)
        words = re.findall(r"[a-z]+", plain.lower())
        if len([word for word in words if word in INDONESIAN]) >= 2:
            found.append(block)
    return found


def test_the_detector_finds_indonesian_sentences_and_allows_names_and_glosses():
    assert indonesian_prose("<main><p>In person: Meja pengaduan DPMPTSP</p></main>")
    assert indonesian_prose("<main><li>Bawa KTP-el asli untuk diperiksa di loket.</li></main>")
    assert not indonesian_prose(
        "<main><p>Dinas Kependudukan dan Pencatatan Sipil: family card (Kartu Keluarga)</p></main>"
    )
    assert not indonesian_prose('<main><p lang="id">Surat keterangan pindah dari dinas</p></main>')
    assert not indonesian_prose("<p>Ambil nomor antrean di loket.</p>")  # outside <main>


def english_pages():
    """Every English page of the demo a citizen can open, by kind: (label, url)."""
    pages = []
    for model in (MPPLocationPage, AgencyPage, ServicePage):
        pages += [(model.__name__, page.url) for page in model.objects.live().filter(locale__language_code="en")]
    home = Site.objects.get(is_default_site=True).root_page.specific.get_translation(english_locale())
    pages += [("LifeEvent", link["url"]) for link in home.life_event_links()]
    for location in MPPLocationPage.objects.live().filter(locale__language_code="id"):
        keys = list(
            ServicePage.objects.live()
            .descendant_of(location)
            .filter(counters__isnull=False)
            .values_list("slug", flat=True)
        )
        keys = list(dict.fromkeys(keys))
        for start in range(0, len(keys), 12):
            query = "&".join(f"s={key}" for key in keys[start : start + 12])
            pages.append(("Plan", f"/en/visit-plan/{location.slug}/?{query}"))
    for query in ("passport", "family card", "land certificate", "business permit", "tax", "water"):
        pages.append(("Search", f"/en/search/?q={query.replace(' ', '+')}"))
    return pages


def test_no_english_page_of_the_demo_shows_indonesian_prose(client, demo):
    failures = {}
    pages = english_pages()
    assert len(pages) > 240
    for kind, url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        for block in indonesian_prose(response.content.decode()):
            failures.setdefault(block, (kind, url))
    assert not failures, "\n".join(f"{kind} {url}: {block}" for block, (kind, url) in list(failures.items())[:30])


@pytest.mark.parametrize(
    ("slug", "level", "indonesian", "english"),
    [
        ("mpp-kudus", 2, "Lantai 2", "Floor 2"),
        ("mpp-buleleng", 3, "Lantai 3", "Floor 3"),
        ("mpp-jembrana", 1, "Lantai 1", "Floor 1"),
    ],
)
def test_floors_are_named_by_one_rule_at_every_mpp(client, demo, slug, level, indonesian, english):
    for language, name in (("id", indonesian), ("en", english)):
        html = client.get(mpp(slug, language).url).content.decode()
        assert f'<h3 id="floor-{level}">{name}</h3>' in html


def test_the_plan_of_a_closed_day_says_closed_without_a_time_zone(client, demo):
    today = dt.date.today()
    sunday = today + dt.timedelta(days=(6 - today.weekday()) or 7)
    html = client.get(f"/en/visit-plan/mpp-jembrana/?s=akta-kelahiran&day={sunday:%Y-%m-%d}").content.decode()
    assert "Closed WITA" not in html
    assert re.search(rf"Opening hours on Sunday {sunday.day} {sunday:%B %Y}</h2>\s*<p>Closed</p>", html)
