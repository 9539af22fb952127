"""What the course teaches with, read from data/: scenarios, role-plays and the pair rubric.

Each kind of file has a loader that checks it and names every problem (file, row, field, line).
Plain Python: no widget code.
"""
