"""The read API (``/api/v1/``): contracts per endpoint and language, filters, pagination, errors,
query counts, HTTP caching, gzip and CORS, and that nothing but live public content appears."""

import gzip
import json

import pytest

from catalogue.models import ServicePage
from tests import factories as f

from .conftest import SECRET

LISTS = ["/api/v1/mpps/", "/api/v1/agencies/", "/api/v1/services/", "/api/v1/documents/", "/api/v1/life-events/"]


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def keys(body):
    return [row["id"] for row in body["results"]]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_list_and_detail_in_both_languages(tree, client, lang):
    mpps = get(client, "/api/v1/mpps/", lang=lang)
    assert keys(mpps) == ["mpp-uji-api"]
    mpp = mpps["results"][0]
    assert mpp["title"] == {"id": "MPP Uji", "en": "Test MPP"}[lang] and mpp["lang"] == lang
    assert mpp["zone"] == "WITA" and mpp["latitude"] == -8.35 and isinstance(mpp["open_now"], bool)
    # Counter 9's agency is withdrawn: the counter is there, its agency is not named (the English
    # page was translated before counter 9 was added).
    counters = [(1, "mpp-uji-api/dukcapil"), (2, "mpp-uji-api/dukcapil")] + ([(9, None)] if lang == "id" else [])
    assert [(c["number"], c["agency"]) for c in mpp["counters"]] == counters
    assert mpp["agencies"] == ["mpp-uji-api/dukcapil"]  # not the withdrawn agency
    assert [(h["weekday"], h["opens"], h["closes"]) for h in mpp["hours"]][-2:] == [
        (4, "08:00", "11:00"),
        (4, "13:00", "15:00"),
    ]
    assert get(client, "/api/v1/mpps/mpp-uji-api/", lang=lang) == mpp

    agencies = get(client, "/api/v1/agencies/", lang=lang)
    assert keys(agencies) == ["mpp-uji-api/dukcapil"]
    agency = agencies["results"][0]
    assert agency["counters"] == [1, 2] and agency["mpp"] == "mpp-uji-api" and agency["kind"] == "regency_office"
    assert agency["title"] == {"id": "Dinas Kependudukan dan Pencatatan Sipil", "en": "Civil Registry Office"}[lang]
    assert get(client, "/api/v1/agencies/mpp-uji-api/dukcapil/", lang=lang) == agency

    services = get(client, "/api/v1/services/", lang=lang)
    expected = ["mpp-uji-api/akta-kelahiran", "mpp-uji-api/paspor-baru"]
    if lang == "id":  # not translated: Indonesian only
        expected += ["mpp-uji-api/kartu-keluarga", "mpp-uji-api/layanan-tertunda"]
    assert keys(services) == expected
    passport = services["results"][1]
    assert passport["title"] == {"id": "Paspor Baru", "en": "New passport"}[lang]
    assert passport["fee"] == {
        "kind": "paid",
        "currency": "IDR",
        "min": 400000,
        "max": 700000,
        "fees": [{"amount": 50000, "purpose": "Biaya layanan", "legal_basis": "PP 28/2019"}],
        "choices": [
            {
                "label": "Jenis paspor",
                "options": [
                    {"amount": 350000, "purpose": "Paspor biasa", "legal_basis": ""},
                    {"amount": 650000, "purpose": "Paspor elektronik", "legal_basis": ""},
                ],
            }
        ],
    }
    always, married = passport["requirements"]
    assert always["condition"] is None and always["documents"][0]["form"] == "original"
    assert always["documents"][0]["document"] == str(tree.ktp.translation_key)
    assert always["documents"][0]["name"] == {"id": "KTP-el", "en": "Electronic ID card"}[lang]
    assert married["condition"]["key"] == "sudah-menikah"
    assert married["condition"]["label"] == {"id": "jika sudah menikah", "en": "if married"}[lang]
    assert passport["online"] is True and passport["other_channels"][0]["kind"] == "online"
    assert passport["duration"]["unit"] == "working_days" and passport["duration"]["minutes"] == 2016
    assert passport["counters"] == [
        {"number": 1, "floor_level": 1, "floor": "Lantai 1", "agency": "mpp-uji-api/dukcapil"},
        {"number": 2, "floor_level": 1, "floor": "Lantai 1", "agency": "mpp-uji-api/dukcapil"},
    ]
    assert passport["steps"] == ["Ambil nomor antrean.", "Serahkan berkas."]
    assert passport["complaint_channels"][0]["kind"] == "lapor" and passport["status"] == "active"
    birth = services["results"][0]
    assert birth["life_events"] == ["kelahiran-api"] and birth["fee"]["kind"] == "free"
    assert get(client, "/api/v1/services/mpp-uji-api/paspor-baru/", lang=lang) == passport

    documents = get(client, "/api/v1/documents/", lang=lang)
    assert {str(tree.kk.translation_key), str(tree.ktp.translation_key)} <= set(keys(documents))
    kk = get(client, f"/api/v1/documents/{tree.kk.translation_key}/", lang=lang)
    assert kk["issued_by"] == [
        {"kind": "service", "service": "kartu-keluarga", "name": "", "note": "", "condition": None}
    ]
    assert kk["name"] == {"id": "Kartu Keluarga (KK)", "en": "Family card (KK)"}[lang]

    events = get(client, "/api/v1/life-events/", lang=lang)
    assert keys(events) == ["kelahiran-api"]
    assert (
        get(client, "/api/v1/life-events/kelahiran-api/", lang=lang)["name"]
        == {
            "id": "Kelahiran anak",
            "en": "Having a baby",
        }[lang]
    )


def test_filters(tree, client):
    def ids(**params):
        return keys(get(client, "/api/v1/services/", **params))

    everything = ids()
    assert ids(mpp="mpp-uji-api") == everything and ids(mpp="mpp-lain") == []
    assert ids(agency="dukcapil") == everything and ids(agency="samsat") == []
    assert ids(life_event="kelahiran-api") == ["mpp-uji-api/akta-kelahiran"]
    assert ids(fee="paid") == ["mpp-uji-api/paspor-baru"]
    assert ids(fee="free") == [
        "mpp-uji-api/akta-kelahiran",
        "mpp-uji-api/kartu-keluarga",
        "mpp-uji-api/layanan-tertunda",
    ]
    assert ids(online="yes") == ["mpp-uji-api/paspor-baru"]
    assert "mpp-uji-api/paspor-baru" not in ids(online="no")
    # Which services need a KK? In both languages (the English page names the English document).
    kk = str(tree.kk.translation_key)
    assert ids(document=kk) == ["mpp-uji-api/akta-kelahiran", "mpp-uji-api/paspor-baru"]
    assert ids(document=kk, lang="en") == ["mpp-uji-api/akta-kelahiran", "mpp-uji-api/paspor-baru"]
    assert ids(document="00000000-0000-0000-0000-000000000000") == []
    later = ServicePage.objects.get(pk=tree.passport.pk).last_published_at
    assert ids(modified_after=later.isoformat()) == ["mpp-uji-api/kartu-keluarga", "mpp-uji-api/layanan-tertunda"]
    # Any offset ISO 8601 allows, and none (UTC); found by schemathesis: PostgreSQL refuses +17:55.
    assert ids(modified_after="2000-01-01T00:00:00+17:55") == ids(modified_after="2000-01-01T00:00:00") == everything
    assert keys(get(client, "/api/v1/agencies/", mpp="mpp-uji-api")) == ["mpp-uji-api/dukcapil"]


def test_pagination_is_stable_and_bounded(tree, client):
    first = get(client, "/api/v1/services/", page_size=3)
    assert first["count"] == 4 and len(first["results"]) == 3 and first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/services/?page=2&page_size=3"
    second = client.get(first["next"]).json()
    assert second["next"] is None and second["previous"] == "http://testserver/api/v1/services/?page=1&page_size=3"
    assert keys(first) + keys(second) == keys(get(client, "/api/v1/services/"))
    beyond = get(client, "/api/v1/services/", page=9)
    assert beyond["results"] == [] and beyond["count"] == 4


@pytest.mark.parametrize(
    ("url", "params", "field"),
    [
        ("/api/v1/services/", {"lang": "fr"}, "lang"),
        ("/api/v1/services/", {"page": "0"}, "page"),
        ("/api/v1/services/", {"page": "x"}, "page"),
        ("/api/v1/services/", {"page": "99999999999999999999"}, "page"),
        ("/api/v1/services/", {"page_size": "101"}, "page_size"),
        ("/api/v1/services/", {"modified_after": "kemarin"}, "modified_after"),
        ("/api/v1/services/", {"mpp": "MPP JEMBRANA"}, "mpp"),
        ("/api/v1/services/", {"fee": "murah"}, "fee"),
        ("/api/v1/services/", {"online": "maybe"}, "online"),
        ("/api/v1/services/", {"document": "kk"}, "document"),
        ("/api/v1/agencies/", {"mpp": "a" * 101}, "mpp"),
        ("/api/v1/mpps/", {"page_size": "-1"}, "page_size"),
        ("/api/v1/documents/", {"lang": ""}, "lang"),
        ("/api/v1/life-events/", {"page": "1.5"}, "page"),
        ("/api/v1/changes/", {"since": "-1"}, "since"),
        ("/api/v1/changes/", {"limit": "1001"}, "limit"),
        ("/api/v1/mpps/mpp-uji-api/", {"lang": "jv"}, "lang"),
    ],
)
def test_invalid_parameters_answer_400_with_json(db, client, url, params, field, in_english):
    response = client.get(url, params)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert list(errors) == [field] and errors[field][0]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/mpps/mpp-tidak-ada/",
        "/api/v1/agencies/mpp-uji-api/tidak-ada/",
        "/api/v1/services/mpp-uji-api/tidak-ada/",
        "/api/v1/services/mpp-tidak-ada/akta-kelahiran/",
        "/api/v1/documents/00000000-0000-0000-0000-000000000000/",
        "/api/v1/documents/bukan-uuid/",
        "/api/v1/life-events/tidak-ada/",
        "/api/v1/services/mpp-uji-api/layanan-draf/",
        "/api/v1/services/mpp-uji-api/kartu-keluarga/?lang=en",
    ],
)
def test_unknown_keys_answer_404_with_json(tree, client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["errors"]["key"][0]


def test_only_live_public_reviewed_content_on_every_endpoint(tree, client):
    """Drafts, pending changes, private and scheduled pages and pages under a withdrawn agency never
    appear, on any list, detail or the change feed, in either language."""
    hidden = {page.slug for page in tree.hidden} - {"layanan-tertunda"} | {"instansi-ditarik"}
    urls = [*LISTS, *(f"/api/v1/services/mpp-uji-api/{slug}/" for slug in hidden)]
    urls += ["/api/v1/agencies/mpp-uji-api/instansi-ditarik/"]
    for lang in ("id", "en"):
        for url in urls:
            response = client.get(url, {"lang": lang, "page_size": 100})
            text = response.content.decode()
            assert SECRET not in text, url
            assert not any(slug in text for slug in hidden), url
    # The feed never names what was never public, and ends with "removed" for what no longer is.
    changes = get(client, "/api/v1/changes/", limit=1000)["changes"]
    assert SECRET not in json.dumps(changes)
    last = {change["id"]: change["action"] for change in changes}
    assert "mpp-uji-api/layanan-draf" not in last and "mpp-uji-api/layanan-terjadwal" not in last
    assert last["mpp-uji-api/layanan-pribadi"] == last["mpp-uji-api/layanan-yatim"] == "removed"
    assert last["mpp-uji-api/instansi-ditarik"] == "removed"
    # The pending change is not shown, its live version is.
    live = get(client, "/api/v1/services/", page_size=100)
    assert "mpp-uji-api/layanan-tertunda" in keys(live)


def test_a_page_of_services_costs_the_same_queries_whatever_its_size(tree, client, django_assert_max_num_queries):
    for number in range(8):
        f.service_page(tree.agency, slug=f"layanan-tambahan-{number}", doc=tree.kk)
    with django_assert_max_num_queries(30) as small:
        assert len(get(client, "/api/v1/services/", page_size=2)["results"]) == 2
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert len(get(client, "/api/v1/services/", page_size=11)["results"]) == 11
    for url in ("/api/v1/mpps/", "/api/v1/agencies/", "/api/v1/documents/", "/api/v1/life-events/"):
        with django_assert_max_num_queries(24):
            get(client, url, lang="en")


def test_etag_last_modified_and_304(tree, client):
    response = client.get("/api/v1/services/", {"lang": "en"})
    etag, modified = response["ETag"], response["Last-Modified"]
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    again = client.get("/api/v1/services/", {"lang": "en"}, headers={"if-none-match": etag})
    assert again.status_code == 304 and not again.content
    stale = client.get("/api/v1/documents/", headers={"if-modified-since": modified})
    assert stale.status_code in (200, 304)
    tree.kk.name = "Kartu Keluarga"
    tree.kk.save()  # a change: the ETag of the services naming it changes
    changed = client.get("/api/v1/services/", {"lang": "id"}, headers={"if-none-match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag
    head = client.head("/api/v1/services/", {"lang": "id"})
    assert head.status_code == 200 and head.content == b"" and head["ETag"] == changed["ETag"]


def test_gzip_and_cors_for_any_origin_get_only(tree, client):
    response = client.get("/api/v1/services/", headers={"accept-encoding": "gzip", "origin": "https://kab.example"})
    assert response["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(response.content))["count"] == 4
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        "/api/v1/services/",
        headers={"origin": "https://kab.example", "access-control-request-method": "GET"},
    )
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert set(preflight["Access-Control-Allow-Methods"].replace(" ", "").split(",")) == {"GET", "HEAD", "OPTIONS"}
    assert client.post("/api/v1/services/").status_code == 405
    assert "Access-Control-Allow-Origin" not in client.get("/id/", headers={"origin": "https://kab.example"})
