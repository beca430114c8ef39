"""The Content-Security-Policy in a real browser (issue 11, item 11): public pages run with no
violation. (The admin's browser check is still to come.)"""

from tests.helpers import mpp, service


def watch_violations(page):
    seen = []
    page.on("console", lambda message: seen.append(message.text) if "Content Security Policy" in message.text else None)
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => "
        "console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));"
    )
    return seen


def test_public_pages_run_without_violations(browser_page):
    page = browser_page
    seen = watch_violations(page)
    for url in [
        "/id/",
        service().url,
        mpp().url + "?highlight=1",
        "/id/cari/?q=akta",
        "/id/rencana/mpp-jembrana/?s=kartu-keluarga&s=akta-kelahiran",
    ]:
        page.goto(url)
        page.wait_for_load_state("networkidle")
    assert seen == []
