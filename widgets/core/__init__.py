"""The bottom layer: where things live, the value keys, data-file problems, learner-facing words.

Nothing here imports from the rest of the package; every other layer may import from here.
"""
