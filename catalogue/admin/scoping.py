"""What an editor may see of pages that are not theirs: only what the public sees.

Wagtail's page chooser (browse, search, the chosen pages) and the bulk actions' confirmation
pages list pages by their admin title, which is the latest *draft* title. Another agency's or
another MPP's draft title is not an editor's business, so outside the pages the user may edit
only live pages without unpublished changes (whose draft title is the public title) are listed.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from django.http import Http404

from wagtail.admin.views import chooser
from wagtail.admin.views.pages.bulk_actions import (
    DeleteBulkAction,
    MoveBulkAction,
    PublishBulkAction,
    UnpublishBulkAction,
)
from wagtail.models import GroupPagePermission, Page


def hidden_pages(user):
    """The ids of pages whose admin title the user may not see: outside the user's page permissions,
    not live or with unpublished changes. A list, so that the chooser's search backend can filter on it."""
    if user.is_superuser:
        return []
    roots = GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True).distinct()
    mine = reduce(or_, (Q(path__startswith=path) for path in roots), Q(pk__in=[]))
    drafts = Page.objects.filter(Q(live=False) | Q(has_unpublished_changes=True)).exclude(mine)
    return list(drafts.values_list("pk", flat=True))


def scope_chooser(pages, request):
    """``construct_page_chooser_queryset``: the chooser's listings and search."""
    return pages.exclude(pk__in=hidden_pages(request.user))


class BrowseView(chooser.BrowseView):
    """The chooser's listing of a page's children: the parent page itself is listed too."""

    def get(self, request, parent_page_id=None):
        if parent_page_id is not None and parent_page_id in hidden_pages(request.user):
            raise Http404
        return super().get(request, parent_page_id)


class ChosenMultipleView(chooser.ChosenMultipleView):
    def get(self, request):
        hidden = {str(pk) for pk in hidden_pages(request.user)}
        request.GET = request.GET.copy()
        request.GET.setlist("id", [pk for pk in request.GET.getlist("id") if pk.isdigit() and pk not in hidden])
        return super().get(request)


class ScopedBulkAction:
    """A page bulk action whose confirmation names only the refused pages the user may see."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        hidden = set(hidden_pages(self.request.user))
        refused = extra.get("items_with_no_access", [])
        extra["items_with_no_access"] = [page for page in refused if page.pk not in hidden]
        return objects, extra


BULK_ACTIONS = [
    type(action.__name__, (ScopedBulkAction, action), {"__module__": __name__})
    for action in (DeleteBulkAction, MoveBulkAction, PublishBulkAction, UnpublishBulkAction)
]
