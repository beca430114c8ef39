"""The tooling's commands on the demo catalogue: relevance, the search benchmark, the generated catalogue."""

import io

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Locale, Page

import pytest

from catalogue.models import MPPLocationPage, ServicePage
from search.models import SearchDocument
from tooling import relevance
from tooling.benchmarks import HEADER, percentile, write_results
from tooling.management.commands.bench_requests import request_paths

pytestmark = pytest.mark.usefixtures("demo")


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_relevance_prints_each_engine_and_lists_the_misses(tmp_path):
    queries = tmp_path / "queries.tsv"
    queries.write_text("# query\tlanguage\tkeys\nakta kelahiran\tid\takta-kelahiran\nakta kelahiran\tid\tskck\n")
    out = run("relevance", str(queries), "--misses")
    assert out.startswith("2 queries\n")
    embedded = next(line for line in out.splitlines() if line.startswith("embedded "))
    assert embedded.split()[1:] == ["0.50", "0.50", "0.50"]
    assert "wagtail built-in" in out
    assert "miss [id] 'akta kelahiran': akta-kelahiran" in out


def test_bench_writes_a_dated_section_at_the_top_of_the_results(tmp_path):
    output = tmp_path / "benchmarks.md"
    output.write_text(HEADER + "## An older run\n")
    options = ["--repeat", "1", "--warm-up", "0", "--baseline-queries", "2", "--skip-rebuild"]
    run("bench", "--label", "test catalogue", *options, "--output", str(output))
    text = output.read_text()
    assert text.startswith(HEADER + "## Search, test catalogue (")
    assert text.index("## Search, test catalogue") < text.index("## An older run")
    assert "| embedded |" in text and "| Wagtail built-in (baseline) | 2 × 1 |" in text
    assert "- Publish to searchable: " in text and "inf ms" not in text


def test_benchmark_helpers():
    assert percentile([5, 1, 4, 2, 3], 0.5) == 3
    assert percentile(range(1, 101), 0.95) == 95


def test_results_are_kept_newest_first_under_one_header(tmp_path):
    output = tmp_path / "docs" / "benchmarks.md"
    write_results(output, ["## First", ""])
    write_results(output, ["## Second", ""])
    text = output.read_text()
    assert text.count("# Benchmarks") == 1
    assert text.index("## Second") < text.index("## First")


def test_generate_catalogue_adds_live_services_in_both_languages_indexed_only_by_search_index(client):
    indexed = SearchDocument.objects.count()
    out = run("generate_catalogue", "--services", "3", "--mpps-per-transaction", "1")
    assert "Generated 3 services" in out
    location = MPPLocationPage.objects.get(slug="mpp-gen-00001", locale__language_code="id")
    english = location.get_translation(Locale.objects.get(language_code="en"))
    assert english.live and english.title.endswith("Public Service Mall (MPP)")
    generated = ServicePage.objects.live().descendant_of(location)
    assert generated.count() == 3
    assert ServicePage.objects.live().descendant_of(english).count() == 3
    assert [len(problems) for problems in Page.find_problems()] == [0, 0, 0, 0, 0], "a valid page tree"
    assert SearchDocument.objects.count() == indexed, "no page-by-page indexing while generating"
    for service in generated:
        translation = service.get_translation(english.locale)
        assert translation.get_parent().get_parent().pk == english.pk
        assert list(translation.counters.all()) == list(service.counters.all()) != []
        for page in (service, translation):
            response = client.get(page.url)
            assert response.status_code == 200 and page.title in response.content.decode()
    service = generated.first().specific
    service.save_revision().publish()
    assert SearchDocument.objects.filter(page_id=service.pk).exists(), "publishing indexes again afterwards"
    run("generate_catalogue", "--services", "1")
    assert MPPLocationPage.objects.filter(slug="mpp-gen-00002").count() == 2, "a second run adds MPPs after the first"


def test_the_request_benchmark_sends_requests_that_answer(client):
    """``bench_requests`` times these over HTTP under gunicorn (``make bench``); here each one answers."""
    queries = relevance.default_queries()[:3]
    paths = request_paths(queries, 2, "mpp-jembrana")
    assert [len(urls) for urls in paths.values()] == [3, 3, 2, 2]
    for urls in paths.values():
        for path in urls:
            response = client.get(path)
            assert response.status_code == 200, path
    assert "mpp=mpp-jembrana" in paths["search page, one MPP"][0]


def test_generate_catalogue_refuses_nothing_to_generate():
    with pytest.raises(CommandError, match="at least 1"):
        run("generate_catalogue", "--services", "0")
