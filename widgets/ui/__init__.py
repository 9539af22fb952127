"""The ipywidgets layer: thin views over the scorer, the content and the store.

Notebooks never import from here directly; they call widgets/exercises.py, the front door.
One helper per job:

* ``markup``: escaping, lists, the kind feedback box, saved-notebook text (plain strings).
* ``controls``: buttons with words, the one answer box, a wrapping row.  ``a11y``: the style fix.
* ``base``: the box every view returns, the one-time store notice, ``StoreBacked`` (the one way to
  read and save progress, kindly) and ``Exercise`` (the shape of every exercise).
* ``exercise_types``: one small class per scenario type.  ``journal``: the private journal pieces.
* ``roleplay_view`` and ``roleplay_html``: the role-play.  ``summary``: the personal summary,
  which rebuilds the last finished role-play from the store.
* ``self_check``, ``charts`` (matplotlib only; the dashboard uses it too), ``progress_view``,
  ``pair_practice``.
"""
