"""The visit plan over real HTTP: one merged checklist, counters, fees and hours for one MPP."""

import datetime as dt
import re
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation

import pytest

from catalogue.models import ServicePage
from portal.visit import COOKIE

pytestmark = pytest.mark.usefixtures("demo")


def plan_path(language, mpp, keys, **extra):
    with translation.override(language):
        url = reverse("visit_plan", kwargs={"mpp": mpp})
    return f"{url}?{urlencode([('s', key) for key in keys] + list(extra.items()))}"


def text(html):
    """The visible text of the main element, whitespace collapsed."""
    main = html.split("<main", 1)[-1].split("</main>", 1)[0]
    main = re.sub(r"<svg.*?</svg>", "", main, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", main).replace("&#x27;", "'").split())


def section(html, heading_id):
    match = re.search(rf'<section aria-labelledby="{heading_id}".*?</section>', html, re.S)
    assert match, heading_id
    return match.group(0)


def test_plan_urls_are_translated_and_keep_the_keys():
    assert plan_path("id", "mpp-karangasem", ["kartu-keluarga"]) == "/id/rencana/mpp-karangasem/?s=kartu-keluarga"
    assert plan_path("en", "mpp-karangasem", ["kartu-keluarga"]) == "/en/visit-plan/mpp-karangasem/?s=kartu-keluarga"


def test_three_services_merge_into_one_checklist_with_producers_first(client):
    # KIA needs the family card (KK) that kartu-keluarga issues; NIB needs a BPJS card.
    response = client.get(plan_path("en", "mpp-karangasem", ["kartu-identitas-anak", "nib-oss", "kartu-keluarga"]))
    assert response.status_code == 200
    html = response.content.decode()
    services = section(html, "services-heading")
    kk = ServicePage.objects.get(slug="kartu-keluarga", locale__language_code="en", url_path__contains="karangasem")
    kia = ServicePage.objects.get(
        slug="kartu-identitas-anak", locale__language_code="en", url_path__contains="karangasem"
    )
    # The family card comes before the child identity card that needs it.
    assert services.index(kk.title) < services.index(kia.title)

    checklist = section(html, "bring-heading")
    lines = re.findall(r"<li>.*?</li>", checklist, re.S)
    # The KTP-el is needed by NIB and KIA: one line naming both services.
    ktp = [line for line in lines if "Electronic identity card (KTP-el)" in line]
    assert len(ktp) == 1
    assert "Business identification number" in ktp[0] and kia.title in ktp[0]
    # The family card needed by KIA is issued by a service in this plan, in a working day: get it before.
    family = [line for line in lines if "<strong>Family card (KK)</strong>" in line]
    assert len(family) == 1
    assert "Get this first" not in family[0]
    assert "it takes 1 working day, so get it before your visit." in text(family[0])
    # Every requirement of every service appears exactly once: in the checklist or under its question.
    depends = section(html, "depends-heading") if 'id="depends-heading"' in html else ""
    names = re.findall(r"<strong>(.*?)</strong>", checklist + depends)
    expected = set()
    for page in ServicePage.objects.filter(
        slug__in=["kartu-identitas-anak", "nib-oss", "kartu-keluarga"],
        locale__language_code="en",
        url_path__contains="karangasem",
    ):
        expected |= {d["document"].name for block in page.requirements for d in page.block_documents(block)}
    assert sorted(set(names)) == sorted(n.replace("'", "&#x27;") for n in expected)


def test_the_highest_amount_and_originals_win_when_merging(client):
    # Both need the birth certificate: KIA as original and photocopy, the birth-certificate legalisation ...
    pages = {
        page.slug: page
        for page in ServicePage.objects.filter(locale__language_code="en", url_path__contains="jembrana")
    }
    needs = {}
    for slug, page in pages.items():
        for block in page.requirements:
            if block.block_type == "requirement" and block.value["condition"] is None:
                needs.setdefault(block.value["document"].translation_key, []).append((slug, block.value))
    # Pick a document two services need with different forms or amounts, from the demo data itself.
    shared = next(
        rows
        for rows in needs.values()
        if len(rows) >= 2
        and len({(v["form"], v["quantity"]) for _s, v in rows}) > 1
        and all(pages[s].counters.exists() for s, _v in rows)
    )
    keys = [slug for slug, _value in shared[:3]]
    html = client.get(plan_path("en", "mpp-jembrana", keys)).content.decode()
    name = shared[0][1]["document"].name
    line = next(li for li in re.findall(r"<li>.*?</li>", section(html, "bring-heading"), re.S) if name in li)
    forms = {v["form"] for _s, v in shared[:3]}
    if forms & {"copy", "original_and_copy"}:
        copies = max(v["quantity"] for _s, v in shared[:3] if v["form"] in ("copy", "original_and_copy"))
        assert f"{copies} photocop" in line
    if forms & {"original", "original_and_copy"}:
        assert "original" in line


def test_counters_in_walking_order_with_agencies_fees_and_longest_duration(client):
    keys = ["perpanjangan-sim", "kartu-keluarga", "paspor-baru"]
    html = client.get(plan_path("en", "mpp-jembrana", keys)).content.decode()
    pages = [
        ServicePage.objects.get(slug=key, locale__language_code="en", url_path__contains="jembrana") for key in keys
    ]
    counters = section(html, "counters-heading")
    numbers = [int(n) for n in re.findall(r"Counter (\d+)</span>", counters)]
    expected = sorted({(c.floor_level, c.number) for page in pages for c in page.counters.all()})
    assert numbers == [number for _floor, number in expected]
    assert "Police" in text(counters) or "Kepolisian" in text(counters)
    cost = section(html, "cost-heading")
    low = sum(page.fee_range()[0] for page in pages)
    high = sum(page.fee_range()[1] for page in pages)
    assert "Free of charge" in cost  # the family card
    assert f"Rp {low:,} – Rp {high:,}".replace(",", ".") in cost  # SIM A or C, ordinary or electronic passport
    longest = max(pages, key=lambda p: p.duration_value * {"minutes": 1, "hours": 60}.get(p.duration_unit, 1440))
    assert f"The longest service takes {longest.duration_text} ({longest.title})" in text(html)


def test_a_closed_day_warns_and_a_holiday_gives_its_reason(client):
    keys = ["kartu-keluarga"]
    sunday = dt.date(2027, 3, 7)
    html = text(client.get(plan_path("en", "mpp-jembrana", keys, day=sunday.isoformat())).content.decode())
    assert "The MPP is closed on this day. Choose another day." in html
    html = text(client.get(plan_path("en", "mpp-jembrana", keys, day="2027-08-17")).content.decode())
    assert "closed on this day (Independence Day)" in html


def test_a_short_day_warns_when_the_services_take_longer(client):
    # 31 December closes at 12:00; four hours of same-day services do not fit from 08:00.
    keys = ["ganti-stnk-lima-tahunan", "perpanjangan-sim", "legalisir-dokumen-kependudukan"]
    html = text(client.get(plan_path("en", "mpp-karangasem", keys, day="2026-12-31")).content.decode())
    assert "The MPP closes at 12:00" in html
    html = text(client.get(plan_path("en", "mpp-karangasem", keys, day="2027-03-08")).content.decode())
    assert "The MPP closes at" not in html


def test_services_not_offered_here_say_where_they_are(client):
    html = client.get(plan_path("en", "mpp-jember", ["kartu-keluarga", "paspor-baru"])).content.decode()
    elsewhere = section(html, "elsewhere-heading")
    passports = ServicePage.objects.filter(slug="paspor-baru", locale__language_code="en")
    assert passports.exists()
    for page in passports:
        assert f'href="{page.url}"' in elsewhere


def test_remove_links_and_suggestions_are_plan_urls(client):
    html = client.get(plan_path("en", "mpp-karangasem", ["kartu-identitas-anak", "nib-oss"])).content.decode()
    remove = re.findall(r'class="remove no-print" href="([^"]+)"', html)
    assert [url.replace("&amp;", "&") for url in remove] == [
        "/en/visit-plan/mpp-karangasem/?s=nib-oss",
        "/en/visit-plan/mpp-karangasem/?s=kartu-identitas-anak",
    ]
    # NIB needs a BPJS card, issued at this MPP within half an hour: the plan offers to add it first.
    first = "?s=pendaftaran-bpjs-kesehatan&amp;s=kartu-identitas-anak&amp;s=nib-oss"
    assert f"/en/visit-plan/mpp-karangasem/{first}" in html
    # KIA needs a family card, issued here too but in a working day: get it before the visit, not first.
    assert "?s=kartu-keluarga&amp;s=kartu-identitas-anak" not in html


def test_language_switch_keeps_the_plan(client):
    response = client.get(plan_path("id", "mpp-karangasem", ["kartu-keluarga", "nib-oss"], day="2027-03-08"))
    html = response.content.decode()
    assert '<html lang="id">' in html
    assert (
        'href="/en/visit-plan/mpp-karangasem/?s=kartu-keluarga&amp;s=nib-oss&amp;day=2027-03-08" hreflang="en"' in html
    )


def test_qr_code_is_an_inline_svg_of_the_plan_url(client):
    html = client.get(plan_path("en", "mpp-karangasem", ["kartu-keluarga"])).content.decode()
    share = section(html, "share-heading")
    assert "<svg" in share and "<path" in share
    assert "http://testserver/en/visit-plan/mpp-karangasem/?s=kartu-keluarga" in share
    assert "https://" not in share.split("<svg", 1)[1].split("</svg>", 1)[0].replace("http://www.w3.org", "")


def test_unknown_mpp_is_404_and_bad_keys_or_dates_are_friendly(client):
    assert client.get(plan_path("en", "mpp-atlantis", ["kartu-keluarga"])).status_code == 404
    response = client.get(
        plan_path("en", "mpp-jembrana", ["no-such-service", "<script>", "kartu-keluarga"], day="31-12")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "no-such-service" in html and "&lt;script&gt;" in html and "<script>," not in html
    assert "The date in the address is not valid" in html
    many = ["skck", "perpanjangan-sim", "kartu-keluarga", "paspor-baru", "akta-kelahiran", "akta-kematian"]
    many += ["kartu-identitas-anak", "pendaftaran-npwp", "pbb-p2", "bphtb", "nib-oss", "klaim-jht", "izin-reklame"]
    html = client.get(plan_path("en", "mpp-jembrana", many)).content.decode()
    assert "A plan holds at most 12 services." in html
    assert len(re.findall(r'class="remove no-print"', html)) == 12
    response = client.get(plan_path("en", "mpp-jembrana", ["x"] * 500))
    assert response.status_code == 200
    assert "Your plan is empty" in response.content.decode()


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1999-12-31", "2100-01-01"])
def test_a_day_at_the_ends_of_the_calendar_is_a_friendly_message(client, day):
    response = client.get(plan_path("en", "mpp-jembrana", ["kartu-keluarga", "akta-kelahiran"], day=day))
    assert response.status_code == 200
    assert "The date in the address is not valid" in response.content.decode()


def test_add_to_my_visit_from_a_service_page_extends_the_plan_in_the_browser(client):
    kk = ServicePage.objects.get(slug="kartu-keluarga", locale__language_code="en", url_path__contains="karangasem")
    html = client.get(kk.url).content.decode()
    assert 'href="/en/visit-plan/mpp-karangasem/?s=kartu-keluarga"' in html
    client.get(plan_path("en", "mpp-karangasem", ["kartu-keluarga"]))
    assert client.cookies[COOKIE].value == "mpp-karangasem:kartu-keluarga"
    kia = ServicePage.objects.get(
        slug="kartu-identitas-anak", locale__language_code="en", url_path__contains="karangasem"
    )
    html = client.get(kia.url).content.decode()
    assert 'href="/en/visit-plan/mpp-karangasem/?s=kartu-keluarga&amp;s=kartu-identitas-anak"' in html
    # The plan cookie is for one MPP; a service elsewhere starts its own plan.
    other = ServicePage.objects.get(slug="skck", locale__language_code="en", url_path__contains="jembrana")
    assert 'href="/en/visit-plan/mpp-jembrana/?s=skck"' in client.get(other.url).content.decode()


def test_search_results_offer_add_to_my_visit_for_the_plan_mpp(client):
    with translation.override("id"):
        url = reverse("search") + "?" + urlencode({"q": "kartu keluarga", "mpp": "mpp-karangasem", "plan": "nib-oss"})
    html = client.get(url).content.decode()
    assert "/id/rencana/mpp-karangasem/?s=nib-oss&amp;s=kartu-keluarga" in html
