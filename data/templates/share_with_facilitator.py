# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Sharing with your facilitator (workshops only)
#
# In a workshop on a course hub you can choose to share an **anonymous summary** of your
# progress with your facilitator. It helps them see how the room as a whole is getting on and
# where the group is getting stuck. They see the group, never a person: anything about fewer
# than 3 people is hidden.
#
# - **It is your choice.** Nothing is shared until you press the button, and you can take it
#   back at any time.
# - **It holds no words of yours.** Before you choose, the box below lists exactly what would
#   be shared: which exercises you tried, how many times, and what the feedback noticed (by
#   name), and your self-check ratings. Never your answers, your journal, your name or dates.
# - **Only the facilitator can read it.** Other learners cannot see it, read it or change it.
#
# Run the cell below (click it, then press **Shift+Enter**) to see what would be shared and to
# choose. Run it again later to share your latest progress.

# %%
from widgets.exercises import share_with_facilitator

share_with_facilitator()
