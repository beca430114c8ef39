"""What a citizen may be shown of a page another page refers to (issuing service, "moved to", a
counter's agency...): only a live, public page, in the reader's language where it has one."""


def public_page(page):
    """The page in the reader's language if citizens can see it; None for a draft, an unpublished
    page or one behind a view restriction (its title must not leak through a link either)."""
    if page is None:
        return None
    page = page.specific.localized
    if not page.live or page.get_view_restrictions().exists():
        return None
    return page


def public_pages(queryset):
    """The pages of ``queryset`` citizens can see: live, not behind a view restriction, and not under
    a page that is itself unpublished (a live service under a withdrawn agency or MPP).

    For lists and APIs: one query for the withdrawn pages that have children (few), then one filter.
    """
    from django.db.models import Q

    from wagtail.models import Page

    queryset = queryset.live().public()
    withdrawn = Page.objects.not_live().filter(numchild__gt=0).values_list("path", flat=True)
    hidden = Q()
    for path in withdrawn:
        hidden |= Q(path__startswith=path)
    return queryset.exclude(hidden) if hidden else queryset


def is_public(page):
    """Whether citizens can see ``page`` (as ``public_pages``, for one page)."""
    if page is None or not page.live or page.get_view_restrictions().exists():
        return False
    return not page.get_ancestors().not_live().exclude(depth=1).exists()
