"""The visit plan fits the citizen's situation: fees that are alternatives, documents that depend on
a condition, and the day of the visit. Over real HTTP, in both languages, on the demo catalogue."""

import datetime as dt
import re

from django.utils import timezone

import pytest

from catalogue.models import MPPLocationPage
from portal.visit import VisitPlan
from tests.portal.test_visit import plan_path, section, text

pytestmark = pytest.mark.usefixtures("demo")

KUDUS = ["paspor-baru", "perpanjangan-sim", "skck"]
JEMBRANA = ["kartu-keluarga", "akta-kelahiran", "perekaman-ktp-el"]
CONDITIONAL = {
    "id": ["Akta Perceraian", "Surat Keterangan Kehilangan dari Kepolisian", "Surat Keterangan Pindah (SKPWNI)"],
    "en": ["Divorce certificate", "Police report of loss", "Moving certificate (SKPWNI)"],
}


def get(client, language, mpp, keys, query=()):
    path = plan_path(language, mpp, keys)
    extra = "".join(f"&{name}={value}" for name, value in query)
    response = client.get(path + extra)
    assert response.status_code == 200
    return response.content.decode()


def total(html):
    return text(re.search(r'<strong class="plan-total">.*?</strong>', html, re.S).group(0))


@pytest.mark.parametrize("language", ["id", "en"])
def test_alternatives_give_a_range_until_the_citizen_chooses(client, language):
    html = get(client, language, "mpp-kudus", KUDUS)
    # Ordinary or electronic passport (350.000 / 650.000), SIM C or SIM A (75.000 / 80.000), SKCK 30.000.
    assert total(html) == "Rp 455.000 – Rp 760.000"
    assert "Rp 1.185.000" not in html

    chosen = get(client, language, "mpp-kudus", KUDUS, [("v", "paspor-baru.1.2"), ("v", "perpanjangan-sim.1.2")])
    assert total(chosen) == "Rp 755.000"  # electronic passport, SIM C, SKCK
    cheapest = get(client, language, "mpp-kudus", KUDUS, [("v", "paspor-baru.1.1"), ("v", "perpanjangan-sim.1.2")])
    assert total(cheapest) == "Rp 455.000"

    # Half chosen: still a range, with the chosen passport's amount in both ends.
    half = get(client, language, "mpp-kudus", KUDUS, [("v", "paspor-baru.1.2")])
    assert total(half) == "Rp 755.000 – Rp 760.000"


def test_each_option_is_a_link_that_keeps_the_plan(client):
    html = get(client, "en", "mpp-kudus", KUDUS, [("yes", "pemohon-anak"), ("day", "2031-03-04")])
    cost = section(html, "cost-heading")
    links = [link.replace("&amp;", "&") for link in re.findall(r'href="([^"]+v=[^"]+)"', cost)]
    assert len(links) == 4  # two passports, two licences
    for link in links:
        assert "s=paspor-baru" in link and "s=skck" in link and "yes=pemohon-anak" in link and "day=2031-03-04" in link
    electronic = next(link for link in links if "v=paspor-baru.1.2" in link)
    assert total(client.get(electronic).content.decode()) == "Rp 755.000 – Rp 760.000"


def test_invalid_choices_are_named_and_ignored(client):
    html = get(client, "en", "mpp-kudus", KUDUS, [("v", "paspor-baru.1.9"), ("v", "skck.1.1"), ("v", "x")])
    assert total(html) == "Rp 455.000 – Rp 760.000"
    assert "do not fit this plan and were left out: x, paspor-baru.1.9, skck.1.1." in text(html)


@pytest.mark.parametrize("language", ["id", "en"])
def test_documents_that_depend_on_a_condition_are_asked_not_listed(client, language):
    html = get(client, language, "mpp-jembrana", JEMBRANA)
    bring = section(html, "bring-heading")
    depends = section(html, "depends-heading")
    for name in CONDITIONAL[language]:
        assert name not in bring
        assert name in depends
    lines = re.findall(r"<li>", bring.split("</ul>", 1)[0])
    assert f"{len(lines)} " in text(bring.split("</h2>", 1)[0])  # the count matches the list
    # Each question is a GET form that keeps the plan.
    assert '<button type="submit" name="yes" value="bercerai">' in depends
    assert 'name="s" value="kartu-keluarga"' in depends


@pytest.mark.parametrize("language", ["id", "en"])
def test_answering_the_questions_changes_the_list(client, language):
    divorce, police, moving = CONDITIONAL[language]
    html = get(client, language, "mpp-jembrana", JEMBRANA, [("yes", "bercerai"), ("no", "kk-hilang")])
    bring = section(html, "bring-heading")
    assert divorce in bring  # yes: it joins what to bring
    assert police not in html.split('id="cost-heading"')[0]  # no: left out altogether
    assert moving in section(html, "depends-heading")  # not answered yet: still asked
    count = len(re.findall(r'<input type="checkbox"', bring))
    unanswered = section(get(client, language, "mpp-jembrana", JEMBRANA), "bring-heading")
    before = len(re.findall(r'<input type="checkbox"', unanswered))
    assert count == before + 1
    # "Change" makes the question unanswered again.
    change = re.search(r'href="([^"]+)">(?:Change|Ubah)<span class="visually-hidden">[^<]*</span></a>', bring)
    assert change


def test_the_service_page_puts_the_condition_in_the_heading_and_always_items_first(client):
    from tests.helpers import service

    page = service("kartu-keluarga", at="mpp-jembrana")
    html = client.get(page.url).content.decode()
    checklist = html.split('id="bring-heading"', 1)[1].split("</ul>", 1)[0]
    heading = '<strong>Akta Perceraian</strong> <span class="condition">— hanya jika Anda pernah bercerai</span>'
    assert heading in checklist
    items = re.findall(r"<li( class=\"conditional\")?>", checklist)
    conditional = [bool(flag) for flag in items]
    assert conditional == sorted(conditional) and any(conditional) and not all(conditional)


@pytest.mark.parametrize(("language", "word"), [("id", "atau"), ("en", "or")])
def test_the_service_page_says_one_amount_or_the_other(client, language, word):
    from tests.helpers import service

    page = service("paspor-baru", at="mpp-kudus", language=language)
    html = client.get(page.url).content.decode()
    cost = text(html.split('class="fact fact--cost"', 1)[1].split("</div>", 1)[0])
    assert f"Rp 350.000 {word} Rp 650.000" in cost


def test_a_past_day_is_refused_and_the_plan_shows_an_open_day(client):
    html = get(client, "en", "mpp-jembrana", ["kartu-keluarga"], [("day", "2020-01-01")])
    assert "1 January 2020 has already passed. Choose today or a later day." in text(html)
    assert "2020" not in section(html, "day-heading").split("</h2>")[0]
    assert "08:00" in section(html, "day-heading") or "07:30" in section(html, "day-heading")


def test_a_closed_today_defaults_to_the_next_open_day():
    jembrana = MPPLocationPage.objects.get(slug="mpp-jembrana", locale__language_code="id")
    zone = jembrana.schedule.zone
    sunday = dt.datetime(2027, 3, 7, 10, 0, tzinfo=zone)
    plan = VisitPlan(jembrana, ["kartu-keluarga"], now=sunday)
    assert plan.day == dt.date(2027, 3, 8) and plan.day_notes
    evening = dt.datetime(2027, 3, 8, 20, 0, tzinfo=zone)  # Monday, after closing
    assert VisitPlan(jembrana, ["kartu-keluarga"], now=evening).day == dt.date(2027, 3, 9)
    morning = dt.datetime(2027, 3, 8, 6, 0, tzinfo=zone)  # Monday, before opening: today
    plan = VisitPlan(jembrana, ["kartu-keluarga"], now=morning)
    assert plan.day == dt.date(2027, 3, 8) and not plan.day_notes
    assert plan.day_param is None  # the default day is not written into the plan's URL


def test_the_chosen_days_hours_are_shown_never_closed_with_a_time_zone(client):
    today = timezone.now().date()
    saturday = today + dt.timedelta(days=(5 - today.weekday()) % 7 + 7)
    html = get(client, "en", "mpp-jembrana", ["kartu-keluarga"], [("day", saturday.isoformat())])
    hours = text(section(html, "day-heading"))
    assert "Closed WITA" not in hours
    monday = saturday + dt.timedelta(days=2)
    html = get(client, "en", "mpp-jembrana", ["kartu-keluarga"], [("day", monday.isoformat())])
    assert re.search(r"\d\d:\d\d–\d\d:\d\d WITA", text(section(html, "day-heading")))


def line_of(html, name):
    return next(li for li in re.findall(r"<li>.*?</li>", html, re.S) if name in li)


def test_documents_say_where_they_come_from(client):
    html = get(client, "en", "mpp-jembrana", JEMBRANA, [("yes", "pindahan")])
    bring = section(html, "bring-heading")
    # SKPWNI comes from the regency one moves from: never "add it to the plan" at this MPP.
    moving = line_of(bring, "Moving certificate (SKPWNI)")
    assert "Issued by the civil registry (Dukcapil) of the regency you are moving from." in text(moving)
    assert "s=surat-keterangan-pindah" not in html
    # A parent's KTP-el takes a working day: not "get it first", but before the visit.
    ktp = line_of(bring, "Electronic identity card (KTP-el)")
    assert "Get this first" not in ktp and "so get it before your visit" in text(ktp)
    response = client.get(plan_path("en", "mpp-jembrana", ["kartu-identitas-anak"]))
    assert "perekaman-ktp-el" not in [s["service"].key for s in response.context["suggestions"]]


def test_the_marriage_book_comes_from_the_kua_for_a_muslim_marriage(client):
    html = get(client, "en", "mpp-kudus", ["kartu-keluarga"], [("yes", "menikah")])
    line = text(line_of(section(html, "bring-heading"), "Marriage certificate or marriage book"))
    assert "Only if your marriage is Muslim:" in line and "otherwise:" in line
    muslim = get(client, "en", "mpp-kudus", ["kartu-keluarga"], [("yes", "menikah"), ("yes", "beragama-islam")])
    line = line_of(section(muslim, "bring-heading"), "Marriage certificate or marriage book")
    kua = client.get(plan_path("en", "mpp-kudus", ["pendaftaran-nikah"])).context["plan"].services[0]
    assert kua.title in line and "otherwise" not in line
    other = get(client, "en", "mpp-kudus", ["kartu-keluarga"], [("yes", "menikah"), ("no", "beragama-islam")])
    line = line_of(section(other, "bring-heading"), "Marriage certificate or marriage book")
    assert kua.title not in line and "Only if" not in line


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_tax_on_the_citizens_own_bill_is_never_free(client, language):
    from tests.helpers import service

    page = service("pbb-p2", at="mpp-jembrana", language=language)
    cost = text(client.get(page.url).content.decode().split('class="fact fact--cost"', 1)[1].split("</div>", 1)[0])
    free, bill = {"id": ("Gratis", "Tergantung tagihan"), "en": ("Free of charge", "Depends on your bill")}[language]
    assert free not in cost and bill in cost
    html = get(client, language, "mpp-jembrana", ["skck", "pbb-p2"])
    assert total(html) == "Rp 30.000"
    assert free not in section(html, "cost-heading") and page.title in text(section(html, "cost-heading"))


def test_where_the_kua_is_not_at_this_mpp_the_plan_does_not_send_a_muslim_couple_to_the_civil_registry(client):
    html = get(client, "en", "mpp-jembrana", ["kartu-keluarga"], [("yes", "menikah")])
    line = text(line_of(section(html, "bring-heading"), "Marriage certificate or marriage book"))
    assert "Only if your marriage is Muslim: not offered at this MPP; otherwise:" in line
