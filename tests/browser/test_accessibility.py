"""WCAG 2.2 AA on every key page, in both languages: axe-core finds nothing, 320 px needs no sideways scrolling."""

import pytest

from tooling.pages import key_pages

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def describe(violations):
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}" for v in violations
    )


@pytest.mark.parametrize("language", ["id", "en"])
def test_key_pages_have_no_axe_violations_and_fit_320px(browser_page, language):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    page = browser_page
    for name, url in key_pages(language).items():
        response = page.goto(url)
        assert response.status == (404 if name == "404" else 200), url
        assert page.locator("html").get_attribute("lang") == language
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
        violations = results.response["violations"]
        assert violations == [], f"{name} {url}:\n{describe(violations)}"
        page.set_viewport_size({"width": 320, "height": 720})
        overflow = page.evaluate("document.documentElement.scrollWidth")
        page.set_viewport_size({"width": 360, "height": 800})
        assert overflow <= 320, f"{name} {url} is {overflow}px wide at 320px"


def test_axe_reports_a_violation_when_there_is_one(browser_page):
    """The check above is not vacuous: the same axe run catches an image without text."""
    from axe_playwright_python.sync_playwright import Axe

    page = browser_page
    page.goto("/en/")
    page.evaluate("document.querySelector('main').append(Object.assign(document.createElement('img'), {src: '/x'}))")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert "image-alt" in [v["id"] for v in results.response["violations"]]
    assert len(results.response["passes"]) > 20
