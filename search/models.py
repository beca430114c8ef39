"""Search data: the synonym dictionary (content), the index table of the embedded engine, the query log."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from catalogue import languages
from search import analysis


class Synonym(models.Model):
    """A word citizens type and what it means: an acronym, an old name, a colloquial form.

    Managed by DPMPTSP in the admin (Snippets → Synonyms). Applied when a query is
    analysed, so a change works at once, without a deploy or a reindex.
    """

    KINDS = [
        ("acronym", _("Acronym")),
        ("old_name", _("Old name")),
        ("colloquial", _("Colloquial or misspelling")),
        ("translation", _("Other language")),
        ("related", _("Related word")),
    ]

    language = models.CharField(_("language"), max_length=2, choices=languages.choices(), default=languages.source())
    term = models.CharField(_("what citizens type"), max_length=100, help_text=_("For example: imb"))
    means = models.CharField(
        _("what it means"),
        max_length=400,
        help_text=_("One or more words or phrases, separated by commas. For example: pbg, persetujuan bangunan gedung"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=KINDS, default="acronym")
    normalized_term = models.CharField(max_length=100, editable=False)

    panels = [FieldPanel("language"), FieldPanel("term"), FieldPanel("means"), FieldPanel("kind")]

    class Meta:
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")
        ordering = ["language", "normalized_term"]
        constraints = [
            models.UniqueConstraint(fields=["language", "normalized_term"], name="unique_synonym_term_per_language"),
        ]

    def __str__(self):
        return f"{self.term} → {self.means}"

    def save(self, *args, **kwargs):
        self.normalized_term = self.normalize_phrase(self.term)
        super().save(*args, **kwargs)

    @staticmethod
    def normalize_phrase(text):
        return " ".join(analysis.words(text, joined=False))

    def meaning_list(self):
        return [phrase for phrase in (self.normalize_phrase(part) for part in self.means.split(",")) if phrase]

    def clean(self):
        super().clean()
        self.normalized_term = self.normalize_phrase(self.term)
        if not self.normalized_term:
            raise ValidationError({"term": _("Enter a word or phrase with letters or digits.")})
        meanings = self.meaning_list()
        if not meanings:
            raise ValidationError({"means": _("Enter at least one meaning.")})
        if self.normalized_term in meanings:
            raise ValidationError({"means": _("A word cannot be a synonym of itself.")})
        others = Synonym.objects.filter(language=self.language).exclude(pk=self.pk)
        if others.filter(normalized_term=self.normalized_term).exists():
            raise ValidationError(
                {"term": _("“%(term)s” is already in the dictionary for this language.") % {"term": self.term}}
            )
        # A loop: this term leads to a word whose own entry leads back here.
        graph = {entry.normalized_term: set(entry.meaning_list()) for entry in others}
        graph[self.normalized_term] = set(meanings)
        seen, stack = set(), list(meanings)
        while stack:
            phrase = stack.pop()
            if phrase == self.normalized_term:
                raise ValidationError(
                    {"means": _("This makes a loop: “%(term)s” would lead back to itself.") % {"term": self.term}}
                )
            if phrase not in seen:
                seen.add(phrase)
                stack.extend(graph.get(phrase, ()))


MATCH_INDEX = "search_document_match"
MATCH_INDEX_COLUMNS = [
    "id",
    "language",
    "key",
    "page_id",
    "mpp_title",
    "mpp",
    "agency",
    "categories",
    "fee_free",
    "online",
    "duration_minutes",
]


class SearchDocument(models.Model):
    """One live service page as the embedded engine indexes it (the pipeline's output).

    SQLite keeps a full-text (FTS5) table in step by triggers; PostgreSQL a
    weighted ``tsvector`` column. Both are created by this app's migrations.
    """

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    key = models.SlugField(max_length=255, db_index=True, help_text="Slug of the Indonesian page.")
    language = models.CharField(max_length=8, db_index=True)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    names = models.TextField(blank=True, help_text="Other names and keywords, one per line.")
    mpp = models.SlugField(max_length=255, db_index=True)
    mpp_title = models.CharField(max_length=255)
    agency = models.SlugField(max_length=255, db_index=True)
    agency_title = models.CharField(max_length=255)
    categories = models.CharField(max_length=500, blank=True, help_text="Life-event slugs, space separated.")
    fee_free = models.BooleanField(null=True)
    online = models.BooleanField(default=False)
    duration_minutes = models.PositiveIntegerField(null=True)
    counters = models.JSONField(default=list)
    terms_title = models.TextField(blank=True)
    terms_names = models.TextField(blank=True)
    terms_summary = models.TextField(blank=True)
    terms_body = models.TextField(blank=True)
    terms_other = models.TextField(blank=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["language", "key"]),
            # The typo vocabulary checks the latest indexing time on every query.
            # (An index, not db_index: altering a field would make SQLite rebuild the
            # table and drop the full-text triggers of migration 0002.)
            models.Index(fields=["indexed_at"], name="search_document_indexed_at"),
            # Every column a search carries from a full-text match to grouping and facets, so that
            # SQLite reads them from this narrow index (INDEXED BY, see engines/embedded.py) rather
            # than from the wide rows: about 15 % less time for a word that matches thousands.
            models.Index(fields=MATCH_INDEX_COLUMNS, name=MATCH_INDEX),
        ]

    def __str__(self):
        return f"{self.title} ({self.language}, {self.mpp})"


class QueryLog(models.Model):
    """One search, personal data stripped, with how many services it found (for the search report)."""

    query = models.CharField(max_length=200)
    mpp = models.SlugField(
        max_length=255, blank=True, db_index=True, help_text="The MPP the search was limited to, if one."
    )
    normalized = models.CharField(max_length=200, db_index=True)
    language = models.CharField(max_length=8)
    engine = models.CharField(max_length=20)
    results = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self):
        return f"{self.query} ({self.results})"
