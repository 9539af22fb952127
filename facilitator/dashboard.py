# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Facilitator dashboard: how is the group getting on?
#
# This notebook is for **facilitators and trainers**. It reads the anonymous exports that
# participants choose to share with you and shows, for the group as a whole:
#
# 1. how **first attempts** at an exercise differ from **later attempts**: the share of
#    attempts that offered advice, asked an open question or reflected back what was heard;
# 2. how **confidence per value** moved between the "before" and "after" self-checks.
#
# **Privacy, built in.** Exports carry a random id, never a name. The dashboard drops any
# free text it finds (even from a non-anonymous export), never shows file names in the tables,
# and hides every group with fewer than `MIN_GROUP` people (3 unless you change it), so no one
# can be singled out. It also hides whatever would let a hidden group be worked out by
# subtracting the numbers it does show. Treat the results as a conversation starter for the
# group, never as a grade for a person.
#
# **How to use it**
#
# - **In a workshop on a course hub** (`scripts/workshop-hub.sh`): learners press "Share my
#   anonymous summary" in their `share_with_facilitator` notebook, if they want to, and it lands
#   in the workshop's shared folder, which only facilitators can read. Run every cell
#   (**Run > Run All Cells**); then press **Read the shared summaries again** in "The room now"
#   whenever you want the latest. New shares, updated ones and ones taken back all show.
# - **Anywhere else**: ask participants to run `get_store().export("my-answers.csv")` and to
#   send you the file, if they want to. Put the files in `facilitator/exports/` (next to this
#   notebook), or set `EXPORTS` below, and run every cell.
#
# A file that can't be used is listed with the reason, and the others are still read. With no
# shared folder and `exports/` empty, the notebook makes a **demo group** of eight synthetic
# participants (and a few broken files) so you can see what to expect.

# %%
import os
import tempfile
from pathlib import Path

from IPython.display import HTML, Markdown, display

from widgets.core.text import t
from widgets.exercises import pair_rubric
from widgets.store.workshop import drop_folder
from widgets.tools.dashboard import (
    charts,
    figure_html,
    load_exports,
    make_demo_exports,
    problems_text,
    summarise,
)
from widgets.tools.room_view import room_now

EXPORTS = Path("exports")  # facilitator/exports/ when this notebook runs from its own folder
MIN_GROUP = 3  # smallest group shown; raise it for more privacy, never lower it below 3
DROP = drop_folder()  # the workshop's shared folder on a course hub, if there is one
if DROP is not None and os.access(DROP, os.R_OK | os.X_OK):
    EXPORTS = DROP  # only facilitators can list it
USE_DEMO = EXPORTS != DROP and not any(EXPORTS.glob("*.csv"))

if USE_DEMO:
    EXPORTS = Path(tempfile.mkdtemp(prefix="demo-exports-"))
    make_demo_exports(EXPORTS, n=8, seed=0, with_problems=True)
    where = "a generated **demo group** (synthetic data, no real people)"
elif EXPORTS == DROP:
    where = "the workshop's shared folder (live)"
else:
    where = f"`{EXPORTS}`"
display(Markdown(f"Reading exports from {where}; groups smaller than {MIN_GROUP} are hidden."))

# %% [markdown]
# ## The room now
#
# How far the room has got through the agenda, where the group is getting stuck (exercises
# that 3 or more people tried twice, and still show a slip such as advice), and a short prompt
# from the facilitator guide for that moment (the prompts are in
# `data/facilitator_prompts.yaml`; edit them freely). Press the button to read the folder
# again: it shows new shares, updated ones and ones taken back. The sections below are a
# fuller picture of the same files as they were when you ran them.

# %%
room_now(EXPORTS, min_group=MIN_GROUP)

# %% [markdown]
# ## 1. Reading the files
#
# Every file that could not be used is listed below with the reason, and the others are still
# read. Duplicates (the same file twice, or two exports from the same person) are counted once.
# A course export is a few hundred rows: a file over 5 MB or 20,000 rows is not read, and
# neither is anything past the first 200 files in the folder.

# %%
data, problems = load_exports(EXPORTS)
print(problems_text(problems) or "Every file was read.")

# %%
summary = summarise(data, min_group=MIN_GROUP)
counts = summary["overview"].set_index("measure")["count"]
if counts["groups hidden (too few people)"]:
    n = int(counts["groups hidden (too few people)"])
    print(t("dashboard.hidden_note", n=n, min_group=MIN_GROUP))
if counts["groups hidden (would reveal a hidden one)"]:
    n = int(counts["groups hidden (would reveal a hidden one)"])
    print(t("dashboard.hidden_note_guard", n=n))
summary["overview"]

# %% [markdown]
# ## 2. First attempts and later attempts, per value
#
# `people` is how many participants are in each row; `advice_%`, `open_question_%` and
# `reflection_%` are the share of attempts in which the feedback found that pattern. An
# attempt can show more than one pattern, so a row need not add up to 100. Skipped exercises
# are left out.

# %%
summary["by_value"].drop(columns="value")

# %% [markdown]
# The same numbers as a chart. Hatching and the number on each bar carry the meaning, so the
# chart also reads in black and white. "hidden" marks a group too small to show.

# %%
figures = charts(summary, min_group=MIN_GROUP)
HTML(figure_html(figures[0], t("dashboard.share_alt")))

# %% [markdown]
# ### Per exercise
#
# The same comparison for each exercise. An exercise that fewer than `MIN_GROUP` people tried
# is left out. When that would let someone subtract the shown exercises from the value's row
# above and get the hidden one, another exercise of that value is left out too, so the
# exercises left out always hold at least `MIN_GROUP` people between them.

# %%
summary["by_exercise"].drop(columns="value")

# %% [markdown]
# ## 3. Self-check before and after, per value
#
# The average confidence (1 to 5) per value, before and after the course, and the `change`
# between the two averages. Averages of a small group move a lot with one person's answer;
# read them as a prompt for discussion.

# %%
summary["selfcheck"].drop(columns="value")

# %%
HTML(figure_html(figures[1], t("dashboard.selfcheck_alt")))

# %% [markdown] tags=["facilitator"]
# **Talking it over with the group.** Good questions to open with: *What made it easier to
# ask a question instead of offering a solution on a later try? Where does advice still creep
# in for us, and why might that be?* Share the group picture only; never try to work out who
# is who, even in a small group.

# %% [markdown]
# ## 4. Pair practice rubric
#
# For a live session: one person speaks (the supporter) in a short practice conversation,
# the other listens. Afterwards the speaker rates themselves and the listening partner rates
# the speaker on each line. Show both ratings side by side and talk the differences over.
# "Save privately" keeps the comparison on this computer only, like a journal entry.
#
# The lines and the words of the scale are in `data/pair_rubric.yaml`; edit them freely.

# %%
pair_rubric()

# %% [markdown]
# ## Handouts
#
# Printable handouts of every course notebook (participants: no facilitator notes and no code;
# facilitators: everything) come from the command line:
#
# ```bash
# .venv/bin/python -m widgets handouts --audience both --out handouts --pdf
# ```
