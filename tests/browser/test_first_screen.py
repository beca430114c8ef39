"""On a 360×740 phone, every demo service page answers first, in both languages, without scrolling:
where (counter and floor), what it costs, how long it takes, whether the MPP is open now, and the
first document to bring.

The whole demo (150 pages per language) takes a minute and a half per language, so ``make test`` checks
the pages most likely to fail (the longest titles and summaries) and a seeded sample of the others;
``make browser-sweep`` (``FIRST_SCREEN_PAGES=all``) checks every page.
"""

import os
import random

import pytest

from catalogue.models import ServicePage

WIDTH, HEIGHT = 360, 740
PAGES = os.environ.get("FIRST_SCREEN_PAGES", "40")
# The answer's parts, each fully inside the first screen; "open" only where the service has counters.
PARTS = {
    "where": ".fact--where",
    "cost": ".fact--cost",
    "duration": ".fact--duration",
    "open": ".fact--open",
    "first document": ".answer .checklist > li:first-child > strong",
}
MEASURE = """(parts) => Object.fromEntries(Object.entries(parts).map(([name, selector]) => {
    const element = document.querySelector(selector);
    return [name, element ? element.getBoundingClientRect().bottom : null];
}))"""


def below_the_fold(page, url=None):
    """The parts of the answer that end below the first screen (or are missing where required)."""
    if url:
        page.goto(url)  # "load": the stylesheet is applied before measuring
    bottoms = page.evaluate(MEASURE, PARTS)
    missing = [name for name, bottom in bottoms.items() if bottom is None and name != "open"]
    if bottoms["open"] is None and page.locator(".fact--where .counter-number").count():
        missing.append("open")
    late = [f"{name} ends at {bottom:.0f}px" for name, bottom in bottoms.items() if bottom and bottom > HEIGHT]
    return missing + late


def chosen(services):
    """Every page, or the longest ones (most likely to push the answer down) and a seeded sample."""
    if PAGES == "all":
        return services
    count = int(PAGES)
    longest = sorted(services, key=lambda s: len(s.title) + len(s.summary), reverse=True)
    longest = longest[: count // 2]
    others = [service for service in services if service not in longest]
    return longest + random.Random(20261128).sample(others, min(count - len(longest), len(others)))


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_service_page_answers_on_the_first_phone_screen(browser_page, language):
    page = browser_page
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
    services = list(ServicePage.objects.live().filter(locale__language_code=language).order_by("path"))
    assert len(services) > 100  # the demo has 150 services per language
    urls = [service.url for service in chosen(services)]
    failures = {url: problems for url in urls if (problems := below_the_fold(page, url))}
    assert not failures, "\n".join(f"{url}: {', '.join(problems)}" for url, problems in list(failures.items())[:20])


def test_the_check_fails_when_the_answer_is_pushed_down(browser_page):
    """Not vacuous: the same measure reports a page whose answer starts below the first screen."""
    page = browser_page
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
    assert below_the_fold(page, ServicePage.objects.live().filter(locale__language_code="en").first().url) == []
    page.evaluate("document.querySelector('.service h1').style.marginBottom = '800px'")
    assert any(problem.startswith("where ends at") for problem in below_the_fold(page))
