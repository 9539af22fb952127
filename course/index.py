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
# # Core Values of Peer Support
#
# Welcome. This course is a set of pages, one for each part of the course. Start with
# **00 · Welcome to the course**, or carry on where you left off. Each page shows your progress
# below, and every page has links to the course home and to the pages before and after it.
#
# Everything you save is kept where the course runs and is never sent anywhere else. You can
# see it, save a copy of it or erase it at the bottom of this page.

# %%
from widgets.exercises import course_home, my_data

course_home()

# %%
my_data()
