"""The ipywidgets layer: thin views over the scorer, the content and the store.

Notebooks never import from here directly; they call widgets/exercises.py, the front door.
"""
