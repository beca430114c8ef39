"""The HSDS 3.0 feed: every response validated against the JSON Schemas of the HSDS 3.0 objects in
``api/hsds_schema.json`` (Draft 2020-12, formats checked), the mapping, stable ids across
languages, streaming ndjson, errors, and that nothing but live public content appears."""

import io
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator

from api import hsds

from .conftest import SECRET

SCHEMA = json.loads((Path(hsds.__file__).parent / "hsds_schema.json").read_text())
Draft202012Validator.check_schema(SCHEMA)


def validate(instance, name):
    validator = Draft202012Validator(
        {**SCHEMA, "$ref": f"#/$defs/{name}"}, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    errors = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(instance)]
    assert not errors, "\n".join(errors[:10])
    return instance


def page_of(client, url, item, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    body = validate(response.json(), "page")
    for content in body["contents"]:
        validate(content, item)
    return body


def test_root(db, client):
    validate(client.get("/api/hsds/v3/").json(), "root")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_services_organizations_and_service_at_locations_validate(tree, client, lang):
    services = page_of(client, "/api/hsds/v3/services", "service", lang=lang, per_page=100)
    assert services["total_items"] == (4 if lang == "id" else 2) and services["first_page"] and services["last_page"]
    by_name = {service["name"]: service for service in services["contents"]}
    passport = by_name[{"id": "Paspor Baru", "en": "New passport"}[lang]]
    assert passport["id"] == hsds.hsds_id("service", "mpp-uji-api/paspor-baru")
    assert [(c["option"], c["amount"], c["currency"]) for c in passport["cost_options"]] == [
        ("Biaya layanan", 50000, "IDR"),
        ("Paspor biasa", 350000, "IDR"),
        ("Paspor elektronik", 650000, "IDR"),
    ]
    assert len(passport["required_documents"]) == 2
    assert passport["mpp_profile"]["conditions"][0]["condition"] == "sudah-menikah"
    assert passport["mpp_profile"]["duration"]["iso8601"] == "P1DT9H36M"
    place = passport["service_at_locations"][0]["location"]
    assert place["addresses"][0]["country"] == "ID" and place["latitude"] == -8.35
    assert {(s["byday"], s["opens_at"]) for s in place["schedules"]} >= {("MO", "08:00+08:00"), ("FR", "13:00+08:00")}
    assert passport["status"] == "active" and passport["organization"]["alternate_name"] == "Disdukcapil"
    detail = client.get(f"/api/hsds/v3/services/{passport['id']}", {"lang": lang}).json()
    assert validate(detail, "service") == passport

    organizations = page_of(client, "/api/hsds/v3/organizations", "organization", lang=lang)
    (agency,) = organizations["contents"]
    assert agency["id"] == hsds.hsds_id("organization", "mpp-uji-api/dukcapil")
    assert validate(client.get(f"/api/hsds/v3/organizations/{agency['id']}", {"lang": lang}).json(), "organization")
    only = page_of(client, "/api/hsds/v3/services", "service", lang=lang, organization_id=agency["id"])
    assert only["total_items"] == services["total_items"]
    found = page_of(client, "/api/hsds/v3/services", "service", lang=lang, search=passport["name"][:5])
    assert passport["id"] in {service["id"] for service in found["contents"]}
    page_of(client, "/api/hsds/v3/service_at_locations", "service_at_location", lang=lang, per_page=1)


def test_ids_are_the_same_in_both_languages(tree, client):
    ids = {
        lang: {s["id"] for s in client.get("/api/hsds/v3/services", {"lang": lang}).json()["contents"]}
        for lang in ("id", "en")
    }
    assert ids["en"] and ids["en"] <= ids["id"]


def test_ndjson_streams_every_service(tree, client, monkeypatch):
    monkeypatch.setattr(hsds, "CHUNK", 1)  # several chunks on a small catalogue
    response = client.get("/api/hsds/v3/services", {"format": "ndjson"})
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"] == "application/x-ndjson"
    lines = b"".join(response.streaming_content).decode().splitlines()
    items = [validate(json.loads(line), "service") for line in lines]
    assert len(items) == 4 and len({item["id"] for item in items}) == 4


@pytest.mark.parametrize(
    ("url", "params", "status"),
    [
        ("/api/hsds/v3/services", {"per_page": "101"}, 400),
        ("/api/hsds/v3/services", {"page": "0"}, 400),
        ("/api/hsds/v3/services", {"format": "csv"}, 400),
        ("/api/hsds/v3/services", {"organization_id": "dukcapil"}, 400),
        ("/api/hsds/v3/services", {"modified_after": "besok"}, 400),
        ("/api/hsds/v3/services", {"lang": "fr"}, 400),
        ("/api/hsds/v3/services", {"taxonomy_id": "x"}, 400),
        ("/api/hsds/v3/organizations", {"search": "x" * 101}, 400),
        ("/api/hsds/v3/services/00000000-0000-0000-0000-000000000000", {}, 404),
        ("/api/hsds/v3/services/bukan-uuid", {}, 404),
        ("/api/hsds/v3/organizations/00000000-0000-0000-0000-000000000000", {}, 404),
    ],
)
def test_errors_are_json(tree, client, url, params, status):
    response = client.get(url, params)
    assert response.status_code == status and response.json()["errors"]


def test_nothing_but_live_public_content(tree, client):
    for lang in ("id", "en"):
        for url in ("/api/hsds/v3/services", "/api/hsds/v3/organizations", "/api/hsds/v3/service_at_locations"):
            assert SECRET not in client.get(url, {"lang": lang, "per_page": 100}).content.decode()
        streamed = b"".join(client.get("/api/hsds/v3/services", {"format": "ndjson", "lang": lang}).streaming_content)
        assert SECRET not in streamed.decode()
    hidden = hsds.hsds_id("service", "mpp-uji-api/layanan-draf")
    assert client.get(f"/api/hsds/v3/services/{hidden}").status_code == 404


def relative(record):
    """A record with its page's address as a path: the export names the Site's host, the API the request's."""
    return {**record, "url": urlsplit(record["url"]).path} if "url" in record else record


@pytest.mark.parametrize("lang", ["id", "en"])
def test_export_catalogue_equals_the_api_and_streams_in_chunks(tree, client, monkeypatch, tmp_path, lang):
    from django.core.management import call_command

    from api import export

    monkeypatch.setattr(export, "CHUNK", 1)  # every record its own batch: the chunking is exercised
    monkeypatch.setattr(hsds, "CHUNK", 1)
    target = tmp_path / "catalogue.json"
    call_command("export_catalogue", "--format", "json", "--lang", lang, "--output", str(target))
    document = json.loads(target.read_text())
    for name, url in (
        ("mpps", "/api/v1/mpps/"),
        ("agencies", "/api/v1/agencies/"),
        ("services", "/api/v1/services/"),
        ("documents", "/api/v1/documents/"),
        ("life_events", "/api/v1/life-events/"),
    ):
        listed = client.get(url, {"lang": lang, "page_size": 100}).json()["results"]
        assert sorted(map(relative, document[name]), key=lambda r: r["id"]) == sorted(
            map(relative, listed), key=lambda r: r["id"]
        ), name
    out = io.StringIO()
    call_command("export_catalogue", "--format", "hsds-ndjson", "--lang", lang, stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(document["services"])
    for line in lines:
        validate(json.loads(line), "service")
