"""The forms where goal owners and the coordinator enter and edit the data (DOMAIN.md §3–§4).

Every change is written as it is made, as one undoable step of the window's stack; the forms
validate with the rules of ``kuva_desktop.domain.rules`` as people type.
"""

from kuva_desktop.ui.forms.goal_form import GoalForm
from kuva_desktop.ui.forms.metric_form import MetricForm
from kuva_desktop.ui.forms.round_form import RoundForm
from kuva_desktop.ui.forms.stack import FormStack
from kuva_desktop.ui.forms.theme_form import ThemeForm
from kuva_desktop.ui.forms.year_end_form import YearEndForm
from kuva_desktop.ui.forms.year_form import YearForm

__all__ = [
    "FormStack",
    "GoalForm",
    "MetricForm",
    "RoundForm",
    "ThemeForm",
    "YearEndForm",
    "YearForm",
]
