"""Test-wide set-up: every test and every notebook run uses an empty, temporary progress store.

Nothing a test does may read or change a learner's own saved progress.
"""

import os
import tempfile

os.environ["PEER_COURSE_HOME"] = tempfile.mkdtemp(prefix="peer-course-tests-")
os.environ.pop("PEER_COURSE_LANG", None)
os.environ.pop("PEER_COURSE_DATA", None)
