"""The question blocks youth workers build consultations from.

Every question carries its own stable block id (Wagtail gives each StreamField child a UUID), which is what
answers are stored against, so re-ordering or re-wording a live consultation never orphans an answer.
"""

from django.core.validators import RegexValidator
from wagtail import blocks

KEY_VALIDATOR = RegexValidator(r"^[a-z0-9_]+$", "Use lower-case letters, digits and underscores only.")

FACES = [
    ("1", "😢 Very unhappy"),
    ("2", "🙁 Unhappy"),
    ("3", "😐 Okay"),
    ("4", "🙂 Happy"),
    ("5", "😄 Very happy"),
]


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300)
    help_text = blocks.CharBlock(required=False, max_length=300, help_text="A hint shown under the question.")
    required = blocks.BooleanBlock(required=False, default=False)
    key = blocks.CharBlock(
        required=False,
        max_length=40,
        validators=[KEY_VALIDATOR],
        help_text="Optional short name, so a later step can be shown only when this question has a given answer.",
    )

    question_type = "question"
    free_text = False

    class Meta:
        icon = "help"


class ShortTextBlock(QuestionBlock):
    max_length = blocks.IntegerBlock(default=200, min_value=1, max_value=1000, help_text="Character limit.")
    question_type = "short_text"
    free_text = True

    class Meta:
        icon = "pilcrow"
        label = "Short text"


class LongTextBlock(QuestionBlock):
    max_length = blocks.IntegerBlock(default=1000, min_value=1, max_value=5000, help_text="Character limit.")
    question_type = "long_text"
    free_text = True

    class Meta:
        icon = "doc-full"
        label = "Long text"


class SingleChoiceBlock(QuestionBlock):
    options = blocks.ListBlock(blocks.CharBlock(max_length=150), min_num=2, max_num=20)
    question_type = "single_choice"

    class Meta:
        icon = "radio-full"
        label = "Single choice"


class MultipleChoiceBlock(QuestionBlock):
    options = blocks.ListBlock(blocks.CharBlock(max_length=150), min_num=2, max_num=20)
    allow_other = blocks.BooleanBlock(required=False, default=True, help_text='Add "Other, please say".')
    question_type = "multiple_choice"

    class Meta:
        icon = "tasks"
        label = "Multiple choice"


class ScaleBlock(QuestionBlock):
    low_label = blocks.CharBlock(max_length=60, default="Not at all")
    high_label = blocks.CharBlock(max_length=60, default="Very much")
    question_type = "scale"

    class Meta:
        icon = "order"
        label = "1 to 5 scale"


class FacesBlock(QuestionBlock):
    question_type = "faces"

    class Meta:
        icon = "user"
        label = "Faces scale"


class YesNoBlock(QuestionBlock):
    question_type = "yes_no"

    class Meta:
        icon = "tick"
        label = "Yes or no"


class RankingBlock(QuestionBlock):
    options = blocks.ListBlock(blocks.CharBlock(max_length=150), min_num=2, max_num=5)
    question_type = "ranking"

    class Meta:
        icon = "list-ol"
        label = "Ranking (up to five)"


class QuestionsBlock(blocks.StreamBlock):
    short_text = ShortTextBlock()
    long_text = LongTextBlock()
    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()
    scale = ScaleBlock()
    faces = FacesBlock()
    yes_no = YesNoBlock()
    ranking = RankingBlock()


class StepBlock(blocks.StructBlock):
    """A group of questions shown on one screen, optionally only when an earlier answer matches."""

    title = blocks.CharBlock(max_length=120)
    intro = blocks.TextBlock(required=False, max_length=500)
    questions = QuestionsBlock(min_num=1)
    show_when_key = blocks.CharBlock(
        required=False,
        max_length=40,
        validators=[KEY_VALIDATOR],
        help_text="Show this step only when the question with this short name ...",
    )
    show_when_answer = blocks.CharBlock(
        required=False, max_length=150, help_text="... has this answer (e.g. Yes, or one of its options)."
    )

    class Meta:
        icon = "form"
        label = "Step"
