"""The embedded engine: the database's own full-text search over the pipeline's terms.

SQLite: FTS5 with BM25 and per-column weights. PostgreSQL: a weighted
``tsvector`` with ``ts_rank``. One SQL statement per tier matches, filters,
groups the documents by service, picks the page of services to show with their
offers, and counts every facet (each under every *other* chosen filter, as
Elasticsearch's post_filter does); Python only reads the few rows it returns.
"""

from itertools import combinations

from django.db import connection

from search import facets as facet_rules
from search.models import MATCH_INDEX, SearchDocument

from .base import ALL_FIELDS, DOC_FIELDS, STRONG_FIELDS, Engine, EngineResult, offer

# Column weights: title, names, summary, body, other language.
SQLITE_WEIGHTS = (10.0, 10.0, 3.0, 1.0, 4.0)
# PostgreSQL weight letters of each column (see migration 0002) and ts_rank's weights {D, C, B, A}.
POSTGRES_WEIGHTS = {"terms_title": "A", "terms_names": "A", "terms_summary": "B", "terms_body": "D", "terms_other": "C"}
POSTGRES_RANK = "{0.1, 0.4, 0.6, 1.0}"
# The facet with a value per MPP, counted on its own; the others are counted from their combinations.
SPREAD_FACET = facet_rules.BY_NAME["mpp"]
COMBINED = [facet for facet in facet_rules.FACETS if facet is not SPREAD_FACET]
# The columns a tier carries from match to grouping: small ones only (the index rows are wide).
MATCH_COLUMNS = ["page_id", "key", "mpp_title", *(facet.column for facet in facet_rules.FACETS)]


class EmbeddedEngine(Engine):
    name = "embedded"

    # --- Filters: one SQL condition per kind of facet column (see search/facets.py) ----

    @staticmethod
    def condition(facet, values):
        """SQL and parameters for "the document counts under one of ``values`` in ``facet``"."""
        column = facet.column
        match facet.kind:
            case facet_rules.Slugs():
                # Stored space separated; values are escaped for LIKE.
                like = " OR ".join([f"(' ' || {column} || ' ') LIKE %s ESCAPE '\\'"] * len(values))
                escaped = [value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for value in values]
                return f"({like})", [f"% {value} %" for value in escaped]
            case facet_rules.Bands(ranges=ranges):
                clauses, params = [], []
                for value, (low, high) in ranges.items():
                    if value in values:
                        clauses.append(f"{column} >= %s" + (f" AND {column} <= %s" if high is not None else ""))
                        params += [low] if high is None else [low, high]
                return f"({' OR '.join(f'({clause})' for clause in clauses)})", params
            case facet_rules.Flag(stored=stored):
                chosen = [stored[value] for value in values if value in stored]
            case _:
                chosen = list(values)
        return f"{column} IN ({', '.join(['%s'] * len(chosen))})", chosen

    def where(self, filters, skip=None):
        """SQL condition and parameters for every chosen filter except ``skip`` (an empty choice passes nothing)."""
        clauses, params = ["1 = 1"], []
        for facet, values in filters.items():
            if values is not None and facet != skip:
                clause, clause_params = self.condition(facet_rules.BY_NAME[facet], values)
                if not clause_params:  # no usable value: nothing passes, as in Elasticsearch
                    clause = "1 = 0"
                clauses.append(clause)
                params += clause_params
        return " AND ".join(clauses), params

    # --- One tier ---------------------------------------------------------------

    def run(self, plan, filters, *, need, fields, offset, limit, pinned):
        if connection.vendor == "postgresql":
            match, params = self._postgres(plan, need, fields)
        else:
            match, params = self._sqlite(plan, need, fields)
        where, where_params = self.where(filters)
        pin = "CASE key " + "".join(" WHEN %s THEN %s" for _ in pinned) + " ELSE %s END" if pinned else "0"
        pin_params = [value for position, key in enumerate(pinned) for value in (key, position)]
        pin_params += [len(pinned)] if pinned else []
        # m: the matches; f: those that pass the filters; g: one row per service (its best score and
        # number of offers); shown: the page of services, best bets first; best: each shown service's
        # best document (ties by page id, as Elasticsearch's collapse); o: the shown services' offers.
        # Only the shown services' documents are ranked one by one: sorting every match is what
        # costs time when a broad word matches thousands of documents.
        sql = [
            f"WITH m AS MATERIALIZED ({match}),",
            f"f AS MATERIALIZED (SELECT page_id, key, score, mpp_title FROM m WHERE {where}),",
            f"g AS MATERIALIZED (SELECT key, MIN(score) AS score, COUNT(*) AS offers, {pin} AS pin",
            "  FROM f GROUP BY key),",
            "shown AS MATERIALIZED (SELECT key, score, offers, ROW_NUMBER() OVER (ORDER BY pin, score, key) AS pos",
            "  FROM g ORDER BY pin, score, key LIMIT %s OFFSET %s),",
            "best AS (SELECT f.key, MIN(f.page_id) AS page_id FROM f JOIN shown ON shown.key = f.key",
            "  AND f.score = shown.score GROUP BY f.key),",
            "o AS (SELECT f.key, f.page_id, ROW_NUMBER() OVER (PARTITION BY f.key ORDER BY f.mpp_title, f.page_id)",
            "  AS offer_rank FROM f JOIN shown ON shown.key = f.key)",
            "SELECT 'matched' AS kind, CAST(NULL AS TEXT) AS value, COUNT(*) AS n,",
            "  CAST(NULL AS BIGINT) AS doc, CAST(NULL AS BIGINT) AS rank FROM m",
            "UNION ALL SELECT 'groups', NULL, COUNT(*), NULL, NULL FROM g",
            "UNION ALL SELECT 'shown', shown.key, offers, page_id, pos",
            "  FROM shown JOIN best ON best.key = shown.key",
            "UNION ALL SELECT 'offer', key, NULL, page_id, offer_rank FROM o",
            f"  WHERE offer_rank <= {int(self.max_offers)}",
        ]
        params += where_params + pin_params + [limit, offset]
        # Facets in two scans of the matches. The MPP facet has a value per MPP: its own GROUP BY
        # under every other filter. The others follow the service (agency, life events, fee,
        # online, duration), so their combinations are few: one GROUP BY under the MPP filter,
        # and each facet is counted from the combinations under the other filters in ``read``.
        mpp_column = SPREAD_FACET.column
        mpp_where, mpp_params = self.where(filters, skip=SPREAD_FACET.name)
        combo_where, combo_params = self.where({SPREAD_FACET.name: filters.get(SPREAD_FACET.name)})
        combo = " || '|' || ".join(f"COALESCE(CAST({facet.column} AS TEXT), '')" for facet in COMBINED)
        sql += [
            f"UNION ALL SELECT 'facet', CAST({mpp_column} AS TEXT), COUNT(*), NULL, NULL FROM m",
            f"  WHERE {mpp_where} GROUP BY {mpp_column}",
            f"UNION ALL SELECT 'combination', {combo}, COUNT(*), NULL, NULL FROM m WHERE {combo_where} GROUP BY 2",
        ]
        params += mpp_params + combo_params
        with connection.cursor() as cursor:
            cursor.execute("\n".join(sql), params)
            rows = cursor.fetchall()
        return self.read(rows, filters)

    def read(self, rows, filters):
        result = EngineResult(facets={facet.name: {} for facet in facet_rules.FACETS})
        shown, offers, combinations = [], {}, []
        for kind, value, n, doc, rank in rows:
            if kind == "matched":
                result.matched = n
            elif kind == "groups":
                result.count = n
            elif kind == "shown":
                shown.append((rank, value, doc, n))
            elif kind == "offer":
                offers.setdefault(value, []).append((rank, doc))
            elif kind == "facet":
                bucket = result.facets[SPREAD_FACET.name]
                for facet_value in SPREAD_FACET.values(value):
                    bucket[facet_value] = bucket.get(facet_value, 0) + n
            else:
                combinations.append((value, n))
        self.count_combinations(result.facets, combinations, filters)
        ids = {doc for _rank, _key, doc, _n in shown} | {doc for docs in offers.values() for _rank, doc in docs}
        documents = {row["page_id"]: row for row in SearchDocument.objects.filter(page_id__in=ids).values(*DOC_FIELDS)}
        for _position, key, doc, count in sorted(shown):
            group = dict(documents[doc])
            group["offers"] = [offer(documents[pk]) for _rank, pk in sorted(offers.get(key, []))]
            group["offer_count"] = count
            result.groups.append(group)
        return result

    @staticmethod
    def count_combinations(counts, combinations, filters):
        """Each combined facet counts the documents that pass every *other* chosen filter."""
        combined = [facet.name for facet in COMBINED]
        active = {facet: set(chosen) for facet, chosen in filters.items() if chosen and facet in combined}
        for encoded, n in combinations:
            raws = [raw if raw != "" else None for raw in encoded.split("|")]
            values = {facet.name: facet.values(raw) for facet, raw in zip(COMBINED, raws, strict=True)}
            failed = [facet for facet, chosen in active.items() if chosen.isdisjoint(values[facet])]
            counted = combined if not failed else failed if len(failed) == 1 else []
            for facet in counted:
                bucket = counts[facet]
                for value in values[facet]:
                    bucket[value] = bucket.get(value, 0) + n

    # --- Matching, per database ---------------------------------------------------

    @staticmethod
    def _expression(plan, need, quote, and_, or_):
        """At least ``need`` of the groups: every group, any group, or any ``need`` of them together."""
        groups = []
        for group in plan.groups:
            alternatives = [and_.join(quote(term) for term in alternative) for alternative in group.alternatives]
            groups.append("(" + or_.join(f"({alt})" for alt in alternatives) + ")")
        if need >= len(groups):
            return and_.join(groups)
        if need <= 1:
            return or_.join(groups)
        return or_.join("(" + and_.join(chosen) + ")" for chosen in combinations(groups, need))

    @staticmethod
    def _columns(table):
        return ", ".join(f"{table}.{column}" for column in MATCH_COLUMNS)

    def _sqlite(self, plan, need, fields):
        expression = self._expression(plan, need, lambda t: '"' + t.replace('"', "") + '"', " AND ", " OR ")
        if set(fields) != set(ALL_FIELDS):
            expression = f"{{{' '.join(fields)}}} : ({expression})"
        weights = ", ".join(str(weight) for weight in SQLITE_WEIGHTS)
        sql = (
            f"SELECT {self._columns('d')}, bm25(portal_search_fts, {weights}) AS score "
            # CROSS JOIN fixes SQLite's join order: the full-text match first, then each match's columns,
            # read from the narrow index that holds them all (see SearchDocument.Meta.indexes).
            f"FROM portal_search_fts CROSS JOIN {SearchDocument._meta.db_table} d INDEXED BY {MATCH_INDEX} "
            "ON d.id = portal_search_fts.rowid "
            "WHERE portal_search_fts MATCH %s AND d.language = %s"
        )
        return sql, [expression, plan.language]

    def _postgres(self, plan, need, fields):
        # What a service is called has a vector of its own (migration 0007): its GIN index finds
        # exactly those documents, where the full vector restricted by weight would recheck most rows.
        if set(fields) == set(STRONG_FIELDS):
            vector, suffix = "search_vector_strong", ""
        else:
            letters = "".join(sorted({POSTGRES_WEIGHTS[field] for field in fields}))
            vector, suffix = "search_vector", "" if set(fields) == set(ALL_FIELDS) else f":{letters}"
        expression = self._expression(plan, need, lambda t: "'" + t.replace("'", "") + "'" + suffix, " & ", " | ")
        # ts_rank grows with relevance; the grouping orders by score ascending, as BM25 in SQLite.
        sql = (
            f"SELECT {self._columns('d')}, -ts_rank('{POSTGRES_RANK}', d.{vector}, q) AS score "
            f"FROM {SearchDocument._meta.db_table} d, to_tsquery('simple', %s) q "
            f"WHERE d.{vector} @@ q AND d.language = %s"
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
