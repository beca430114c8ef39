"""The embedded engine: the database's own full-text search over the pipeline's terms.

SQLite: FTS5 with BM25 and per-column weights. PostgreSQL: a weighted
``tsvector`` with ``ts_rank``. Facets and filters are computed over the
matching documents in Python, with the same rules as Elasticsearch.
"""

from django.db import connection

from search import facets as facet_rules
from search.models import SearchDocument

from .base import DOC_FIELDS, MAX_HITS, EngineResult

# Column weights: title, names, summary, body, other language.
SQLITE_WEIGHTS = (10.0, 10.0, 3.0, 1.0, 4.0)
FACET_COLUMNS = ["d.id", "d.mpp", "d.agency", "d.categories", "d.fee_free", "d.online", "d.duration_minutes"]


class EmbeddedEngine:
    name = "embedded"
    unavailable_errors = ()

    def search(self, plan, filters, limit=MAX_HITS):
        rows = self._match(plan, strict=True)
        relaxed = False
        if not rows and len(plan.groups) > 1:
            rows = self._match(plan, strict=False)
            relaxed = bool(rows)
        counts = {facet: {} for facet in facet_rules.FACETS}
        passing = []
        active = {facet: set(chosen) for facet, chosen in filters.items() if chosen}
        # Facets and filters over *every* match (only the small facet columns are read),
        # then the full rows of the best passing matches. A facet counts the documents
        # that pass every *other* filter: all facets when none fails, one when one fails.
        for row in rows:
            values = facet_rules.values_of(row)
            failed = [facet for facet, chosen in active.items() if chosen.isdisjoint(values[facet])]
            if not failed:
                passing.append(row["id"])
                counted = facet_rules.FACETS
            elif len(failed) == 1:
                counted = failed
            else:
                continue
            for facet in counted:
                bucket = counts[facet]
                for value in values[facet]:
                    bucket[value] = bucket.get(value, 0) + 1
        hits = self._documents(passing[:limit])
        return EngineResult(hits=hits, facets=counts, relaxed=relaxed, engine=self.name)

    def _match(self, plan, strict):
        """Every matching document, best first, with its facet columns."""
        if connection.vendor == "postgresql":
            sql, params = self._postgres(plan, strict)
        else:
            sql, params = self._sqlite(plan, strict)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @staticmethod
    def _documents(ids):
        """Full index rows for ``ids``, in that order."""
        rows = {row["id"]: row for row in SearchDocument.objects.filter(id__in=ids).values("id", *DOC_FIELDS)}
        return [rows[pk] for pk in ids if pk in rows]

    @staticmethod
    def _expression(plan, strict, quote, and_, or_):
        groups = []
        for group in plan.groups:
            alternatives = [and_.join(quote(term) for term in alternative) for alternative in group.alternatives]
            groups.append("(" + or_.join(f"({alt})" for alt in alternatives) + ")")
        return (and_ if strict else or_).join(groups)

    def _sqlite(self, plan, strict):
        expression = self._expression(plan, strict, lambda t: '"' + t.replace('"', "") + '"', " AND ", " OR ")
        weights = ", ".join(str(weight) for weight in SQLITE_WEIGHTS)
        sql = (
            f"SELECT {', '.join(FACET_COLUMNS)}, bm25(portal_search_fts, {weights}) AS score "
            f"FROM portal_search_fts JOIN {SearchDocument._meta.db_table} d ON d.id = portal_search_fts.rowid "
            "WHERE portal_search_fts MATCH %s AND d.language = %s ORDER BY score, d.id"
        )
        return sql, [expression, plan.language]

    def _postgres(self, plan, strict):
        expression = self._expression(plan, strict, lambda t: "'" + t.replace("'", "") + "'", " & ", " | ")
        sql = (
            f"SELECT {', '.join(FACET_COLUMNS)}, ts_rank('{{0.1, 0.4, 0.6, 1.0}}', d.search_vector, q) AS score "
            f"FROM {SearchDocument._meta.db_table} d, to_tsquery('simple', %s) q "
            "WHERE d.search_vector @@ q AND d.language = %s ORDER BY score DESC, d.id"
        )
        return sql, [expression, plan.language]

    def suggest(self, prefix, language, limit=8):
        """Titles that start with (a word starting with) the prefix, for autocomplete."""
        prefix = prefix.strip()
        if len(prefix) < 2:
            return []
        titles = (
            SearchDocument.objects.filter(language=language, title__icontains=prefix)
            .values_list("title", flat=True)
            .distinct()
            .order_by("title")[: limit * 4]
        )
        lowered = prefix.casefold()
        ranked = sorted(titles, key=lambda title: (not title.casefold().startswith(lowered), len(title)))
        return list(dict.fromkeys(ranked))[:limit]
