"""The search's tables: the synonym dictionary (validated content) and the index structures migrations build."""

from django.core.exceptions import ValidationError
from django.db import connection

import pytest

from search.models import MATCH_INDEX, MATCH_INDEX_COLUMNS, SearchDocument, Synonym

pytestmark = pytest.mark.django_db


class TestSynonyms:
    pytestmark = pytest.mark.usefixtures("in_english")

    def test_default_dictionary_is_seeded(self):
        assert Synonym.objects.count() > 100
        imb = Synonym.objects.get(language="id", normalized_term="imb")
        assert "pbg" in imb.meaning_list()

    def test_duplicate_terms_are_rejected(self):
        entry = Synonym(language="id", term="IMB", means="pbg")
        with pytest.raises(ValidationError, match="already in the dictionary"):
            entry.full_clean()

    def test_a_term_cannot_mean_itself(self):
        with pytest.raises(ValidationError, match="synonym of itself"):
            Synonym(language="id", term="loket baru", means="loket baru, antrean").full_clean()

    def test_loops_are_rejected(self):
        Synonym.objects.create(language="id", term="kartu sakti", means="kartu ajaib", kind="colloquial")
        with pytest.raises(ValidationError, match="loop"):
            Synonym(language="id", term="kartu ajaib", means="kartu sakti").full_clean()


def test_full_text_structures_survive_every_migration():
    """Altering the index table on SQLite rebuilds it, which would silently drop the FTS triggers."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'portal_search_%'")
            assert {row[0] for row in cursor.fetchall()} == {"portal_search_ai", "portal_search_ad", "portal_search_au"}
        else:
            table = SearchDocument._meta.db_table
            columns = [column.name for column in connection.introspection.get_table_description(cursor, table)]
            assert {"search_vector", "search_vector_strong"} <= set(columns)


def test_the_match_index_holds_every_column_a_search_carries():
    """SQLite reads the matches' columns from this index (INDEXED BY): a missing column means the wide rows."""
    from search.engines.embedded import MATCH_COLUMNS

    assert set(MATCH_COLUMNS) <= set(MATCH_INDEX_COLUMNS)
    assert MATCH_INDEX_COLUMNS[0] == "id"  # looked up by the full-text row id
    assert MATCH_INDEX in {index.name for index in SearchDocument._meta.indexes}
