from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wegwijzer.text import clean, fold, has_unsafe, words


def test_fold_strips_diacritics_case_and_punctuation() -> None:
    assert fold("Financiële  NOW-regeling!") == "financiele now regeling"


def test_fold_composes_combining_marks_before_splitting() -> None:
    assert fold("financie\u0308le") == "financiele"


def test_fold_drops_zero_width_and_soft_hyphen() -> None:
    assert fold("be\u200blasting\u00addienst") == "belastingdienst"


def test_words_splits_apostrophes_and_hyphens() -> None:
    assert words("zzp'er met btw-aangifte") == ["zzp", "er", "met", "btw", "aangifte"]


def test_clean_removes_escape_and_bidi_but_keeps_text() -> None:
    assert clean("a\x1b[2Jb\u202ec\n d") == "a[2Jbc d"


def test_has_unsafe() -> None:
    assert has_unsafe("x\u202e")
    assert not has_unsafe("gewoon tekst\nmet regels")


@given(st.text())
def test_clean_output_is_always_safe(text: str) -> None:
    assert not has_unsafe(clean(text))


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_ascii_shortcut_of_clean_is_the_general_path(text: str) -> None:
    from wegwijzer.text import _cleaned

    assert clean(text) == _cleaned(text)
