"""Offline work packages (DOMAIN.md section 7): issue, the owner's working copy, merge.

The headless API the window and the command line use:

- ``issue_package`` / ``issue_packages`` / ``owners_with_assignments`` (``issue``);
- ``WorkingCopy.open(path)``, ``.set_field``, ``.changes``, ``.problems``, ``.save_submission``
  (``submission``);
- ``merge_files`` / ``merge_paths`` → ``MergeReport`` (``merge``);
- ``list_conflicts``, ``resolve_conflict`` (``conflicts``);
- ``completeness``, ``owner_progress`` (``completeness``);
- ``package_draft``, ``reminder_draft``: e-mail drafts to owners as ``mailto:`` URLs (``mail``).

The file format is in ``format`` and ``docs/package-format.md``.
"""

from kuva_desktop.exchange.packages.completeness import (
    CompletenessRow,
    OwnerProgress,
    RoundProgress,
    completeness,
    owner_progress,
)
from kuva_desktop.exchange.packages.conflicts import (
    ConflictView,
    list_conflicts,
    resolve_conflict,
)
from kuva_desktop.exchange.packages.format import REASONS, PackageRefused
from kuva_desktop.exchange.packages.issue import (
    IssuedPackage,
    issue_package,
    issue_packages,
    owners_with_assignments,
)
from kuva_desktop.exchange.packages.merge import MergeReport, merge_files, merge_paths
from kuva_desktop.exchange.packages.submission import SubmissionSummary, WorkingCopy

__all__ = [
    "REASONS",
    "CompletenessRow",
    "ConflictView",
    "IssuedPackage",
    "MergeReport",
    "OwnerProgress",
    "PackageRefused",
    "RoundProgress",
    "SubmissionSummary",
    "WorkingCopy",
    "completeness",
    "issue_package",
    "issue_packages",
    "list_conflicts",
    "merge_files",
    "merge_paths",
    "owner_progress",
    "owners_with_assignments",
    "resolve_conflict",
]
