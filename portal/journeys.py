"""A life event as a step-by-step journey: ordered steps, each done by one or more services, shown at
the MPP the citizen chooses, with "add all to my visit".

The steps and their service keys are data on the life event (``LifeEvent.steps``); the order is the
same in every language because keys are synchronized and only the step texts are translated.
"""

from dataclasses import dataclass, field

from catalogue.models import MPPLocationPage, ServicePage, attach_places
from catalogue.models.base import source_keys
from portal.visit import plan_url


@dataclass
class StepService:
    key: str
    offers: list  # live service pages in the reader's language, one per MPP offering it
    here: object = None  # the page at the chosen MPP, or None
    counters: list = field(default_factory=list)  # described counters at the chosen MPP

    @property
    def title(self):
        return (self.here or self.offers[0]).title if (self.here or self.offers) else self.key


@dataclass
class Step:
    number: int
    title: str
    note: str
    services: list


class Journey:
    """The journey of ``event`` under ``home`` (both in the reader's language), at ``mpp`` if chosen."""

    def __init__(self, home, event, mpp=None):
        self.home, self.event, self.mpp = home, event, mpp
        self.mpps = list(MPPLocationPage.objects.child_of(home).live().public().order_by("title"))
        self.mpp_keys = source_keys(self.mpps)
        blocks = [block.value for block in event.steps]
        keys = list(dict.fromkeys(key for step in blocks for key in step["services"]))
        offers = self._offers(keys)
        self.steps = [
            Step(number, step["title"], step["note"], [self._service(key, offers) for key in step["services"]])
            for number, step in enumerate(blocks, start=1)
        ]
        self.keys = keys

    def _offers(self, keys):
        pages = ServicePage.objects.live().public().descendant_of(self.home).filter(slug__in=keys).order_by("path")
        offers = {}
        for page in attach_places(list(pages.prefetch_related("counters"))):
            offers.setdefault(page.slug, []).append(page)
        return offers

    def _service(self, key, offers):
        service = StepService(key, offers.get(key, []))
        if self.mpp is not None:
            service.here = next((page for page in service.offers if page.location.pk == self.mpp.pk), None)
            if service.here is not None:
                service.counters = self.mpp.describe_counters(service.here.counters.all())
        return service

    @property
    def mpp_key(self):
        return self.mpp_keys.get(self.mpp.pk) if self.mpp else None

    def mpp_choices(self):
        return [(self.mpp_keys[page.pk], page.title) for page in self.mpps]

    def at_counters(self):
        """Keys of the steps' services handled at the chosen MPP's counters, in step order."""
        return [s.key for step in self.steps for s in step.services if s.here is not None and s.counters]

    def add_all_url(self):
        keys = list(dict.fromkeys(self.at_counters()))
        return plan_url(self.mpp_key, keys) if self.mpp is not None and keys else None


def chosen_mpp(home, key):
    """The live MPP under ``home`` (reader's language) whose key is ``key``, or None."""
    if not key:
        return None
    pages = list(MPPLocationPage.objects.child_of(home).live().public())
    keys = source_keys(pages)
    return next((page for page in pages if keys[page.pk] == key), None)
