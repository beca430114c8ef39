"""The demo's key pages, in one place: what ``bench_pages`` weighs and times, what ``screenshots``
photographs, and what the page-weight and accessibility tests check.

Mostly at MPP Karangasem of the demo catalogue (``load_demo``). The plan asks for four services
offered there, from three agencies (a producer first: the family card before the child's
identity card), and one offered only at other MPPs, so every section of the plan page shows.
Two more show what depends on the citizen: a plan at MPP Jembrana whose documents depend on
questions (divorce, a lost family card, moving in), and a service at MPP Kudus whose fee is
one of two alternatives (ordinary or electronic passport).
And a "not here" search: SIM renewal searched at MPP Jember, which lacks it.
"""

from django.urls import reverse
from django.utils import translation

from catalogue.models import AgencyPage, MPPLocationPage, ServicePage

MPP = "mpp-karangasem"
SERVICE = "kartu-identitas-anak"
AGENCY = "dukcapil"
PLAN = ["kartu-keluarga", "kartu-identitas-anak", "nib-oss", "pendaftaran-bpjs-kesehatan", "paspor-baru"]
HIGHLIGHT = "2,3,4"
SEARCH = "ktp"
QUESTIONS_MPP = "mpp-jembrana"
QUESTIONS_PLAN = ["kartu-keluarga", "akta-kelahiran", "perekaman-ktp-el"]
ALTERNATIVES_MPP = "mpp-kudus"
ALTERNATIVES_SERVICE = "paspor-baru"
# A search that names a place whose MPP lacks the service: "not at MPP Jember", then where to go.
NOT_HERE = "perpanjang sim jember"
# The pages a phone must be able to load within the page-weight budget (tooling.weight).
BUDGET = ("service", "plan", "mpp")


def key_pages(language):
    """{name: URL} of the key pages in one language; a missing demo raises ``ObjectDoesNotExist``."""
    live = {"live": True, "locale__language_code": language}
    mpp = MPPLocationPage.objects.get(slug=MPP, **live)
    service = ServicePage.objects.descendant_of(mpp).get(slug=SERVICE, **live)
    agency = AgencyPage.objects.child_of(mpp).get(slug=AGENCY, **live)
    kudus = MPPLocationPage.objects.get(slug=ALTERNATIVES_MPP, **live)
    alternatives = ServicePage.objects.descendant_of(kudus).get(slug=ALTERNATIVES_SERVICE, **live)
    with translation.override(language):
        search = reverse("search")
        plan = reverse("visit_plan", kwargs={"mpp": MPP})
        questions = reverse("visit_plan", kwargs={"mpp": QUESTIONS_MPP})
    return {
        "home": f"/{language}/",
        "search": f"{search}?q={SEARCH}",
        "not-here": f"{search}?q={NOT_HERE.replace(' ', '+')}",
        "service": service.url,
        "plan": plan + "?" + "&".join(f"s={key}" for key in PLAN),
        "mpp": f"{mpp.url}?highlight={HIGHLIGHT}",
        "agency": agency.url,
        "404": f"/{language}/no-such-page/",
        "plan-questions": questions + "?" + "&".join(f"s={key}" for key in QUESTIONS_PLAN),
        "service-alternatives": alternatives.url,
    }
