"""The Elasticsearch engine, built on elasticsearch-dsl.

Documents carry the pipeline's terms in whitespace-analysed text fields (the
analysis already happened in Python, see ``search.analysis``), facet values as
keywords, and a completion field for autocomplete. Every full rebuild goes to
a new timestamped index; the alias moves to it atomically when it is complete,
so search is never interrupted.
"""

import datetime as dt
import logging

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch
from elasticsearch.helpers import bulk
from elasticsearch_dsl import Boolean, Completion, Document, Integer, Keyword, Mapping, Object, Q, Search, Text

from search import facets as facet_rules

from .base import ALL_FIELDS, DOC_FIELDS, OFFER_FIELDS, Engine, EngineResult, offer, tiers_for

logger = logging.getLogger(__name__)

# Field weights: title and other names high, summary lower, requirements and steps lowest.
WEIGHTS = {"terms_title": 6, "terms_names": 6, "terms_other": 3, "terms_summary": 2, "terms_body": 1}
FUZZY_FIELDS = ["terms_title", "terms_names", "terms_other"]
PIN_BOOST = 10_000.0
# Seconds a rebuild waits for each request (index creation, bulk, refresh, the alias swap).
REBUILD_TIMEOUT = 120


class SearchFailed(Exception):
    """One search of a multi-search failed (Elasticsearch reports it in the response, not as an error)."""


# Keyword fields that searches group or count by: their global ordinals are built when the index
# refreshes rather than by the first search after it (a rebuild or a publish).
GROUPED = {"eager_global_ordinals": True}


def facet_mapping():
    """A keyword field per facet of the registry, holding the values the facet counts under."""
    mapping = Mapping()
    for facet in facet_rules.FACETS:
        mapping.field(facet.es_field, Keyword(**GROUPED))
    return mapping


class ServiceDocument(Document):
    page_id = Integer()
    key = Keyword(**GROUPED)
    language = Keyword()
    title = Keyword(index=False)
    summary = Keyword(index=False)
    mpp = Keyword()
    mpp_title = Keyword()  # offers are sorted by it
    agency = Keyword()
    agency_title = Keyword(index=False)
    categories = Keyword(index=False)
    fee_free = Boolean()
    online = Boolean()
    duration_minutes = Integer()
    counters = Object(enabled=False)
    terms_title = Text(analyzer="whitespace")
    terms_names = Text(analyzer="whitespace")
    terms_summary = Text(analyzer="whitespace")
    terms_body = Text(analyzer="whitespace")
    terms_other = Text(analyzer="whitespace")
    suggest = Completion(analyzer="standard", contexts=[{"name": "language", "type": "category"}])

    class Meta:
        mapping = facet_mapping()


def to_source(values):
    source = {name: values[name] for name in [*DOC_FIELDS, *ALL_FIELDS]}
    for facet in facet_rules.FACETS:
        source[facet.es_field] = facet.values(values[facet.column])
    names = [line for line in values.get("names", "").splitlines() if line.strip()]
    source["suggest"] = {
        "input": [values["title"], *names][:20],
        "contexts": {"language": [values["language"]]},
    }
    return source


class ElasticsearchEngine(Engine):
    name = "elasticsearch"
    unavailable_errors = (TransportError, ApiError, SearchFailed)

    def __init__(self, url, prefix="mpp", timeout=2.0):
        # ELASTICSEARCH_URL may list a cluster's nodes, comma-separated. A node that refuses the
        # connection is marked dead and the request goes to the next; a slow one is not retried
        # (after the timeout the search falls back to the embedded engine).
        hosts = [host.strip() for host in url.split(",") if host.strip()]
        self.client = Elasticsearch(hosts, request_timeout=timeout, max_retries=len(hosts) - 1, retry_on_timeout=False)
        self.alias = f"{prefix}-services"

    # --- Index lifecycle ---------------------------------------------------------

    def create_index(self, name, client=None):
        client = client or self.client
        ServiceDocument.init(index=name, using=client)
        # One replica wherever there is a second node to hold it (a cluster survives losing a node);
        # none on a single node, which stays green.
        client.indices.put_settings(index=name, settings={"index": {"auto_expand_replicas": "0-1"}})

    def ensure_alias(self):
        if not self.client.indices.exists_alias(name=self.alias):
            name = self.new_index_name()
            self.create_index(name)
            self.client.indices.put_alias(index=name, name=self.alias)

    def new_index_name(self):
        return f"{self.alias}-{dt.datetime.now(dt.UTC):%Y%m%d%H%M%S%f}"

    def rebuild(self, documents, chunk_size=500, progress=None):
        """Index all ``documents`` into a new index, then point the alias at it. Returns the count.

        A rebuild is not a search: it waits for a busy cluster rather than failing after the
        search timeout (``ELASTICSEARCH_TIMEOUT``, after which a search falls back).
        """
        client = self.client.options(request_timeout=REBUILD_TIMEOUT)
        name = self.new_index_name()
        self.create_index(name, client)
        client.indices.put_settings(index=name, settings={"index": {"refresh_interval": "-1"}})
        count = 0

        def actions():
            nonlocal count
            for values in documents:
                count += 1
                if progress:
                    progress(1)
                yield {"_index": name, "_id": values["page_id"], "_source": to_source(values)}

        try:
            bulk(client, actions(), chunk_size=chunk_size)
            client.indices.put_settings(index=name, settings={"index": {"refresh_interval": "1s"}})
            client.indices.refresh(index=name)
            # Merge the new index before it goes live, so that searches do not meet the merges
            # that would otherwise follow a bulk load.
            self.client.options(request_timeout=600).indices.forcemerge(index=name, max_num_segments=1)
        except Exception:
            client.indices.delete(index=name, ignore_unavailable=True)
            raise
        old = []
        if client.indices.exists_alias(name=self.alias):
            old = list(client.indices.get_alias(name=self.alias).keys())
        swap = [{"add": {"index": name, "alias": self.alias}}]
        swap += [{"remove": {"index": index, "alias": self.alias}} for index in old]
        client.indices.update_aliases(actions=swap)
        for index in old:
            client.indices.delete(index=index, ignore_unavailable=True)
        return count

    def index(self, documents):
        self.ensure_alias()
        actions = [
            {"_index": self.alias, "_id": values["page_id"], "_source": to_source(values)} for values in documents
        ]
        bulk(self.client, actions, refresh=True)

    def remove(self, page_ids):
        if not self.client.indices.exists_alias(name=self.alias):
            return
        actions = [{"_op_type": "delete", "_index": self.alias, "_id": page_id} for page_id in page_ids]
        bulk(self.client, actions, refresh=True, raise_on_error=False)

    def count(self):
        return self.client.count(index=self.alias)["count"]

    # --- Search -------------------------------------------------------------------

    @staticmethod
    def alternative_query(terms, fields):
        weighted = [f"{field}^{WEIGHTS[field]}" for field in fields]
        return Q("multi_match", query=" ".join(terms), fields=weighted, type="cross_fields", operator="and")

    def group_query(self, group, fields):
        should = [self.alternative_query(terms, fields) for terms in group.alternatives]
        # Fuzziness only for long free-text words (the plan says which), never for acronyms or tokens with digits.
        if group.fuzzy_term:
            should.append(
                Q(
                    "multi_match",
                    query=group.fuzzy_term,
                    fields=[field for field in FUZZY_FIELDS if field in fields],
                    fuzziness="AUTO",
                    prefix_length=1,
                    max_expansions=20,
                    boost=0.5,
                )
            )
        return Q("bool", should=should, minimum_should_match=1)

    @staticmethod
    def filters_query(filters, skip=None):
        """Every chosen filter except ``skip``: each a ``terms`` query on its facet's keyword field.

        An empty choice passes nothing, as in the embedded engine.
        """
        clauses = [
            Q("terms", **{facet_rules.BY_NAME[facet].es_field: values})
            for facet, values in filters.items()
            if values is not None and facet != skip
        ]
        return Q("bool", filter=clauses)

    def query(self, plan, *, need, fields, pinned):
        groups = [self.group_query(group, fields) for group in plan.groups]
        if need >= len(groups):
            words = Q("bool", must=groups)
        else:
            words = Q("bool", should=groups, minimum_should_match=need)
        # Best bets: a pinned service scores above any match, in the order DPMPTSP chose.
        pins = [
            Q("constant_score", filter=Q("term", key=key), boost=PIN_BOOST * (len(pinned) - position))
            for position, key in enumerate(pinned)
        ]
        return Q("bool", must=[words], should=pins, filter=[Q("term", language=plan.language)])

    def build(self, query, filters, *, offset, limit):
        """One page of services (the best hit of each), the number of services, and the facets."""
        search = Search(using=self.client, index=self.alias).query(query)
        search = search.post_filter(self.filters_query(filters))
        # One hit per service, the best. Its offers come from a second request (``build_offers``).
        search = search.extra(collapse={"field": "key"}, from_=offset, size=limit, track_total_hits=False)
        search.aggs.metric("matched", "value_count", field="page_id")
        search.aggs.bucket("groups", "filter", filter=self.filters_query(filters)).metric(
            "services", "cardinality", field="key", precision_threshold=40000
        )
        for facet in facet_rules.FACETS:
            # Each facet counts under every other chosen filter, so counts stay right with several selected.
            search.aggs.bucket(facet.name, "filter", filter=self.filters_query(filters, skip=facet.name)).bucket(
                "values", "terms", field=facet.es_field, size=1000
            )
        return search.source(DOC_FIELDS).sort("_score", {"page_id": "asc"})

    def build_offers(self, query, filters, keys):
        """The matching documents of the shown services: the first offers by MPP name, and how many.

        Measured: one terms aggregation over the shown services' documents costs a
        fraction of collapse's inner_hits, which runs one search per service.
        """
        matching = Q("bool", filter=[query, Q("terms", key=keys), self.filters_query(filters)])
        search = Search(using=self.client, index=self.alias).query(matching).extra(size=0, track_total_hits=False)
        search.aggs.bucket("keys", "terms", field="key", size=len(keys)).metric(
            "offers",
            "top_hits",
            size=self.max_offers,
            sort=[{"mpp_title": "asc"}, {"page_id": "asc"}],
            _source=OFFER_FIELDS,
        )
        return search

    def execute(self, search):
        # The raw client and plain dicts: response objects cost time and are not needed.
        return self.client.search(index=self.alias, **search.to_dict())

    def search(self, plan, filters, page=1, page_size=10, pinned=()):
        """The first tier in full and whether each later tier matches anything, in one round trip.

        Most queries stop at the first tier. When it matches nothing, the probes
        say which tier will, so that tier is the only other request.
        """
        offset, pinned = (max(1, page) - 1) * page_size, list(pinned)
        tiers = tiers_for(plan)
        queries = [self.query(plan, need=need, fields=fields, pinned=pinned) for need, fields in tiers]
        searches = [{}, self.build(queries[0], filters, offset=offset, limit=page_size).to_dict()]
        for query in queries[1:]:
            searches += [{}, {"query": query.to_dict(), "size": 0, "terminate_after": 1, "track_total_hits": 1}]
        responses = self.client.msearch(index=self.alias, searches=searches)["responses"]
        for response in responses:
            if "error" in response:
                raise SearchFailed(response["error"])
        result, found = self.read(responses[0]), 0
        if not result.matched:
            probes = [response["hits"]["total"]["value"] for response in responses[1:]]
            found = next((position for position, total in enumerate(probes, 1) if total), 0)
        need, _fields = tiers[found]
        if found:
            result = self.read(self.execute(self.build(queries[found], filters, offset=offset, limit=page_size)))
        self.attach_offers(result, queries[found], filters)
        result.engine = self.name
        result.relaxed = bool(result.matched) and need < len(plan.groups)
        return result

    @staticmethod
    def read(response):
        aggregations = response["aggregations"]
        facets = {facet.name: aggregations[facet.name]["values"]["buckets"] for facet in facet_rules.FACETS}
        result = EngineResult(
            matched=int(aggregations["matched"]["value"]),
            count=aggregations["groups"]["services"]["value"],
            facets={name: {bucket["key"]: bucket["doc_count"] for bucket in found} for name, found in facets.items()},
        )
        result.groups = [dict(hit["_source"]) for hit in response["hits"]["hits"]]
        return result

    def attach_offers(self, result, query, filters):
        if not result.groups:
            return
        keys = [group["key"] for group in result.groups]
        buckets = self.execute(self.build_offers(query, filters, keys))["aggregations"]["keys"]["buckets"]
        offers = {bucket["key"]: bucket for bucket in buckets}
        for group in result.groups:
            bucket = offers.get(group["key"], {"doc_count": 0, "offers": {"hits": {"hits": []}}})
            group["offers"] = [offer(inner["_source"]) for inner in bucket["offers"]["hits"]["hits"]]
            group["offer_count"] = bucket["doc_count"]

    def suggest(self, prefix, language, limit=8):
        prefix = prefix.strip()
        if len(prefix) < 2:
            return []
        search = Search(using=self.client, index=self.alias).suggest(
            "titles",
            prefix,
            completion={
                "field": "suggest",
                "size": limit * 2,
                "skip_duplicates": True,
                "contexts": {"language": [language]},
            },
        )
        response = search.extra(size=0).execute()
        titles = [option._source["title"] for option in response.suggest.titles[0].options]
        return list(dict.fromkeys(titles))[:limit]
