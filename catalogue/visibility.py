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
