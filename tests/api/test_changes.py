"""The change feed: a copy of the catalogue kept in sync through ``/api/v1/changes/`` alone ends
identical to the API's full listing, in both languages, across publishes, edits, unpublishes,
deletes and moves."""

from catalogue.models import AgencyPage, LifeEvent, RequirementDocument, ServicePage
from tests import factories as f

LISTS = {
    "mpp": "/api/v1/mpps/",
    "agency": "/api/v1/agencies/",
    "service": "/api/v1/services/",
    "document": "/api/v1/documents/",
    "life_event": "/api/v1/life-events/",
}
LANGUAGES = ("id", "en")


class Mirror:
    """What a consumer keeps: every record by type, language and id, from the feed alone."""

    def __init__(self, client):
        self.client = client
        self.cursor = 0
        self.records = {(kind, lang): {} for kind in LISTS for lang in LANGUAGES}
        self.seen = []

    def sync(self):
        while True:
            body = self.client.get("/api/v1/changes/", {"since": self.cursor, "limit": 7}).json()
            for change in body["changes"]:
                self.seen.append((change["action"], change["type"], change["id"], change["lang"]))
                copy = self.records[(change["type"], change["lang"])]
                if change["action"] == "removed":
                    copy.pop(change["id"], None)
                    continue
                response = self.client.get(change["url"])
                # Gone again since: a later change in the feed says so.
                if response.status_code == 200:
                    copy[change["id"]] = response.json()
            assert body["next"] >= self.cursor
            self.cursor = body["next"]
            if not body["more"]:
                return


def listing(client):
    full = {}
    for kind, url in LISTS.items():
        for lang in LANGUAGES:
            rows, page = {}, 1
            while True:
                body = client.get(url, {"lang": lang, "page": page, "page_size": 100}).json()
                rows.update({row["id"]: row for row in body["results"]})
                if not body["next"]:
                    break
                page += 1
            full[(kind, lang)] = rows
    return full


def in_sync(mirror, client):
    mirror.sync()
    assert mirror.records == listing(client)


def test_a_copy_kept_through_the_feed_alone_equals_the_full_listing(tree, client):
    mirror = Mirror(client)
    in_sync(mirror, client)
    assert mirror.records[("service", "en")]  # both languages are there
    assert ("created", "service", "mpp-uji-api/paspor-baru", "en") in mirror.seen

    # Publish a new service; edit one in both languages.
    agency = AgencyPage.objects.get(pk=tree.agency.pk)
    new = f.service_page(agency, slug="skck-api", title="SKCK", doc=tree.kk)
    passport = ServicePage.objects.get(pk=tree.passport.pk)
    passport.title = "Paspor Baru (48 halaman)"
    passport.save_revision().publish()
    passport_en = ServicePage.objects.get(pk=tree.passport_en.pk)
    passport_en.summary = "A new ordinary passport."
    passport_en.save_revision().publish()
    in_sync(mirror, client)
    assert mirror.records[("service", "id")]["mpp-uji-api/paspor-baru"]["title"] == "Paspor Baru (48 halaman)"
    assert "mpp-uji-api/skck-api" in mirror.records[("service", "id")]

    # Shared data: a document renamed shows in the services naming it; a life event edited.
    kk = RequirementDocument.objects.get(pk=tree.kk.pk)
    kk.name = "Kartu Keluarga"
    kk.save()
    event = LifeEvent.objects.get(pk=tree.event.pk)
    event.description = "Dari akta kelahiran sampai KIA."
    event.save()
    in_sync(mirror, client)
    birth = mirror.records[("service", "id")]["mpp-uji-api/akta-kelahiran"]
    assert birth["requirements"][0]["documents"][0]["name"] == "Kartu Keluarga"

    # Unpublish (the English page follows its source) and delete.
    ServicePage.objects.get(pk=tree.birth.pk).unpublish()
    ServicePage.objects.get(pk=new.pk).delete()
    in_sync(mirror, client)
    assert "mpp-uji-api/akta-kelahiran" not in mirror.records[("service", "en")]
    assert ("removed", "service", "mpp-uji-api/skck-api", "id") in mirror.seen

    # Move a service to another MPP: removed under its old id, created under the new one.
    other = f.mpp_page(tree.home, slug="mpp-uji-api-dua")
    other_agency = f.agency_page(other, counters=(5,))
    ServicePage.objects.get(pk=tree.kartu.pk).move(other_agency, pos="last-child")
    # Its editor then picks the counters of its new MPP.
    moved = ServicePage.objects.get(pk=tree.kartu.pk)
    moved.counters = [c for c in other.counters.all() if c.agency_id == other_agency.pk]
    moved.save_revision().publish()
    in_sync(mirror, client)
    assert ("removed", "service", "mpp-uji-api/kartu-keluarga", "id") in mirror.seen
    assert "mpp-uji-api-dua/kartu-keluarga" in mirror.records[("service", "id")]

    # Withdraw an agency: its services leave with it; publish it again: they come back.
    agency = AgencyPage.objects.get(pk=tree.agency.pk)
    agency.unpublish()
    in_sync(mirror, client)
    assert not [key for key in mirror.records[("service", "id")] if key.startswith("mpp-uji-api/")]
    agency.save_revision().publish()
    in_sync(mirror, client)
    assert "mpp-uji-api/paspor-baru" in mirror.records[("service", "id")]

    # Resuming from the latest cursor: nothing new.
    assert client.get("/api/v1/changes/", {"since": mirror.cursor}).json() == {
        "changes": [],
        "next": mirror.cursor,
        "more": False,
    }
