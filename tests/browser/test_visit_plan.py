"""A citizen on a phone-sized browser: find a service, plan a three-service visit, print it, switch
language, give feedback, and do it all by keyboard."""

import re

import pytest

from catalogue.models import ServicePage
from portal.models import Feedback


def plan_services(page):
    return page.locator(".plan-services > li > a:not(.remove)").all_inner_texts()


def add_from_plan_search(page, query):
    """Use the plan's own "add another service" search and add the first result."""
    page.fill("#q-plan", query)
    with page.expect_navigation():
        page.locator("#q-plan").press("Enter")
    page.locator(".add-visit a").first.click()
    page.wait_for_load_state()


def test_plan_a_three_service_visit_and_print_it(browser_page):
    page = browser_page
    page.goto("/id/")
    page.fill("input[name=q]", "kartu keluarga")
    with page.expect_navigation():
        page.locator("input[name=q]").press("Enter")
    assert "/id/cari/" in page.url
    # Narrow the results to one MPP: each result then offers "add to my visit" there.
    page.locator('form.facets input[name="mpp"][value="mpp-karangasem"]').check()
    page.locator("form.facets button[type=submit]").click()
    page.wait_for_load_state()
    page.locator(".add-visit a").first.click()
    page.wait_for_load_state()
    assert "/id/rencana/mpp-karangasem/" in page.url
    assert plan_services(page) == ["Penerbitan Kartu Keluarga"]

    add_from_plan_search(page, "kartu identitas anak")
    add_from_plan_search(page, "daftar bpjs kesehatan")
    services = plan_services(page)
    assert len(services) == 3, services
    assert set(services) == {
        "Penerbitan Kartu Keluarga",
        "Kartu Identitas Anak (KIA)",
        "Pendaftaran Peserta BPJS Kesehatan (JKN)",
    }
    # The family card that the child identity card needs comes first.
    assert services.index("Penerbitan Kartu Keluarga") < services.index("Kartu Identitas Anak (KIA)")

    # One merged checklist: the KTP-el needed by several services is one line naming them.
    lines = page.locator(".plan-checklist > li").all_inner_texts()
    ktp = [line for line in lines if line.startswith("KTP Elektronik (KTP-el)")]
    assert len(ktp) == 1
    assert ktp[0].count(";") >= 1, ktp[0]
    family = next(line for line in lines if line.startswith("Kartu Keluarga (KK)"))
    # It is issued at counter 2 but takes a working day: get it before the visit, not first.
    assert "(loket 2)" in family and "jadi urus sebelum kunjungan Anda" in family
    # Counters in walking order, with agencies.
    counters = page.locator(".plan-counters > li").all_inner_texts()
    assert [re.match(r"Loket (\d+)", c).group(1) for c in counters] == ["2", "3", "4"]
    assert "BPJS Kesehatan" in counters[2]
    assert page.locator(".qr svg").is_visible()
    # With JavaScript, a Print button appears (the page works without it).
    assert page.locator("[data-plan-print]").is_visible()

    # Print view: the interface goes, the checklist with tick boxes, address and hours stay.
    page.emulate_media(media="print")
    assert page.locator(".site-header form").is_hidden()
    assert page.locator("#add-heading").is_hidden()
    assert page.locator(".remove").first.is_hidden()
    assert page.locator(".plan-checklist input[type=checkbox]").first.is_visible()
    assert page.locator(".print-only .hours").is_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    page.emulate_media(media="screen")

    # The language switch keeps the plan.
    page.get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert "/en/visit-plan/mpp-karangasem/" in page.url
    assert page.locator("html").get_attribute("lang") == "en"
    assert set(plan_services(page)) == {
        "Family card (KK) issue or update",
        "Child identity card (KIA)",
        "National health insurance (JKN) registration",
    }

    # The counters of the plan, highlighted on the MPP's counter map.
    page.get_by_role("link", name="See them on the counter map").click()
    page.wait_for_load_state()
    highlighted = page.locator("svg.map g.hl text.n").all_text_contents()
    assert highlighted == ["2", "3", "4"]


def test_feedback_from_a_service_page(browser_page):
    service = ServicePage.objects.get(slug="skck", locale__language_code="en", url_path__contains="jembrana")
    page = browser_page
    page.goto(service.url)
    page.get_by_label("Yes").check()
    page.fill("#fb-comment", "Clear. Call me on 0812 3456 7890")
    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_text("Thank you for your feedback").is_visible()
    feedback = Feedback.objects.get(page=service)
    assert feedback.kind == "useful"
    assert feedback.comment == "Clear. Call me on [telepon]"

    page.goto(service.url)
    page.get_by_text("Report a problem with this page").click()
    page.get_by_label("The counter has moved").check()
    page.get_by_role("button", name="Send report").click()
    page.wait_for_load_state()
    assert Feedback.objects.filter(page=service, kind="counter_moved").exists()


def focus_by_tab(page, predicate, limit=80):
    """Press Tab until the focused element matches ``predicate`` (a JS function of the element)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"({predicate})(document.activeElement)"):
            outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
            assert outline != "none", "focus must be visible"
            return
    pytest.fail(f"never reached {predicate} by Tab")


def follow(page):
    """Press Enter on the focused link or button and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_keyboard_only_plan_and_feedback(browser_page):
    service = ServicePage.objects.get(
        slug="kartu-identitas-anak", locale__language_code="en", url_path__contains="karangasem"
    )
    page = browser_page
    page.goto(service.url)
    # The skip link comes first and moves focus to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    focus_by_tab(page, "el => el.textContent.trim() === 'Add to my visit'")
    follow(page)
    assert "/en/visit-plan/mpp-karangasem/?s=kartu-identitas-anak" in page.url
    # The family card KIA needs takes a working day, so the plan says to get it before the visit
    # (no "add to the start" link); the citizen changes the day by keyboard instead.
    assert "to the start of the plan" not in page.content()
    focus_by_tab(page, "el => el.id === 'plan-day'")
    focus_by_tab(page, "el => el.closest('.day-form') && el.type === 'submit'")
    follow(page)
    assert "day=" in page.url and plan_services(page) == ["Child identity card (KIA)"]
    # Tick a document on the checklist with the space bar.
    focus_by_tab(page, "el => el.id === 'doc-1'")
    page.keyboard.press("Space")
    assert page.locator("#doc-1").is_checked()

    # Feedback by keyboard on the service page.
    page.goto(service.url)
    focus_by_tab(page, "el => el.name === 'kind' && el.value === 'useful'")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # to the comment (the radio group is one tab stop)
    page.keyboard.type("Helpful")
    focus_by_tab(page, "el => el.textContent.trim() === 'Send'")
    follow(page)
    assert page.get_by_text("Thank you for your feedback").is_visible()
    assert Feedback.objects.get(page=service).comment == "Helpful"
