"""What the course teaches with, read from data/: scenarios, role-plays and the pair rubric.

Each kind of file has a loader that checks it and names every problem (file, row, field, line).
Plain Python: no widget code. What a thing is and how its file is checked live apart:

- model.py: what scenarios and role-plays share (the file format version, the model answer);
- scenarios.py: a scenario, the bank, ``load_bank``; scenario_checks.py checks the files, with
  scenario_fields.py (field shapes) and scenario_rules.py (meanings, per-type rules, hard topics);
- roleplay.py: a role-play script and the conversation, ``load_roleplay``; roleplay_checks.py;
- pair_rubric.py: the pair practice rubric.
"""
