"""The Content Security Policy middleware: strict on the public site (CONTENT_SECURITY_POLICY in settings), with
what Wagtail's admin needs added under /admin/ only.

The Wagtail admin sets inline styles and a few inline scripts that we do not control, so only its paths get
'unsafe-inline'; user text is escaped everywhere anyway.
"""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_PREFIXES = ("/admin/",)
ADMIN_ADDITIONS = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE], "img-src": ["blob:"]}


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIXES):
            parts.update = {**(parts.update or {}), **ADMIN_ADDITIONS}
        return parts
