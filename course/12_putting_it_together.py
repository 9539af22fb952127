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

# %% jupyter={"source_hidden": true}
from widgets.exercises import (
    completion_record,
    mirror_review,
    personal_summary,
    progress_view,
    roleplay,
    self_check,
    start,
)

start("12_putting_it_together")

# %% [markdown]
# # 12 · Putting it all together
#
# You've spent time with each of the eight values on its own. Real conversations don't come
# one value at a time, so this last notebook brings them all together.
#
# **Time:** about 40 minutes.
#
# **Content note:** the role-play in this notebook is a chat with someone who has just come
# home from a stay in a mental-health hospital. It touches on feeling low and alone, never in
# detail. You can skip any turn, or the whole role-play, at any time.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: planning the closing session (click to open)</summary>
#
# Suggested plan for a 90-minute group session:
#
# | Time | What happens |
# |---|---|
# | 0-10 min | Check-in, and a reminder of the group agreements and how to step out. |
# | 10-25 min | The eight values in a circle: each person names one value in their own words (see below). |
# | 25-45 min | Everyone plays the role-play on their own computer, at their own pace. |
# | 45-65 min | Live role-play in threes (see the activity after the role-play). |
# | 65-75 min | The "after" self-check and the private personal summary, in quiet. |
# | 75-90 min | Closing circle: one thing each person is taking with them. |
#
# **Materials:** a shared screen; each learner on their own computer (or pairs sharing one);
# printed cards with the eight value names for the opening circle; the printed list of local
# support services, including crisis lines, from the first session.
#
# The role-play mentions a recent hospital stay. Say so before people start, remind everyone
# that skipping is always fine, and make sure people know where they can go for support.
#
# </details>

# %% [markdown]
# ## What you'll do
#
# By the end of this notebook you will be able to:
#
# - describe all eight core values of peer support in your own words, and how they fit
#   together;
# - stay a peer when someone asks you "What should I do?", in a longer conversation;
# - notice which values your own replies lived, and choose one to grow next;
# - compare your confidence now with where you started, and write a private summary for
#   yourself.

# %% [markdown]
# ## The eight values, in a few words
#
# Here is a short reminder of each value, in our own words.
#
# - **Hope and wholeness for all.** We believe everyone can heal, grow and find a life that
#   feels worth living. Hope isn't the same as looking on the bright side: it is brave, messy
#   and sometimes scary. Wholeness means all of a person belongs, their strengths and their
#   struggles too.
# - **Acknowledgement.** In the core values' words, "All human beings long to know and be
#   known" (*Core Values of Peer Support*): to be seen for who they are and deeply heard,
#   without someone rushing in to fix or save them. We listen first and let people know what
#   we heard.
# - **Mutuality.** The relationship is shared and equal. Both people shape it, both set its
#   boundaries, and nobody is the expert on the other's life. That's why peer support workers
#   don't give advice.
# - **Strength-based.** We build on what people already have and move towards what they want,
#   not only away from what hurts.
# - **Self-determination.** People have their own inner wisdom and motivation. We make room for
#   it, and we trust their choices. We don't fix or save.
# - **Respect, dignity and equity.** Every person has worth. We practise cultural humility,
#   work in a trauma-informed way, offer generous assumptions, notice our own biases and meet
#   people where they are.
# - **Belonging and community.** Everyone needs to belong. Many people face barriers to
#   community, and we work to take those barriers down.
# - **Curiosity.** We ask open, powerful questions out of real interest in the person, while
#   respecting their privacy and boundaries. Listening matters more than answers.

# %% [markdown]
# ### How they fit together
#
# In *Core Values of Peer Support*, the list of values is introduced as ways of
#
# > "Moving towards hope and wholeness for all" — *Core Values of Peer Support*
#
# One way to picture it: hope and wholeness is where we are heading, and the other seven
# values are how we travel there together. When we acknowledge someone, share power with
# them, notice their strengths, trust their choices, treat them with dignity, make room for
# them to belong and stay curious about them, hope has somewhere to grow.
#
# The values also lean on each other. A curious question is also a way of trusting someone's
# own wisdom (self-determination). Noticing a strength is also a way of holding hope. Leaving
# out advice is part of mutuality, and it is also respect.

# %% [markdown]
# ### When someone asks "What should I do?"
#
# This is one of the hardest moments in peer support. The person is hurting, they are asking
# you directly, and you may even have an idea that worked for you. The core values document,
# *Core Values of Peer Support*, is clear:
#
# > "A mutual approach means that peer support workers always avoid advice-giving."
# > — *Core Values of Peer Support*
#
# Avoiding advice doesn't mean going quiet or leaving someone alone with the question. Some
# peer-like ways in:
#
# - **Acknowledge the question:** "It sounds like everyone has an answer for you except you."
# - **Be honest about your role:** "I don't want to be one more person telling you what to
#   do, but I'm here to think it through with you."
# - **Get curious:** "What matters most to you about this?" or "What has helped before?"
# - **Share briefly, then hand it back:** "When I came home from hospital, asking for help
#   felt like failing. What is it like for you?"
# - **Leave the choice with them:** "Whatever you decide, it's your call."
#
# And if you slip into advice (everyone does), you can repair it out loud: "I just jumped in
# with a 'should'. Let me start again." Repairing is mutuality too.

# %% [markdown]
# ## The role-play: a chat with Dara
#
# Dara has just come home from three weeks in hospital and messages a peer support text line.
# You are the peer support worker on shift. Dara will ask you for advice more than once.
#
# How it works:
#
# - At most turns you **choose a reply** by pressing its button (Reply A, Reply B, ...). After
#   each choice you'll read why it lives the values, or what is not there yet.
# - At some turns you **write your own reply** in the box and press Send. Your words get the
#   same feedback as the rewrite exercises, plus an example reply.
# - Different replies lead to different places, including some harder moments. There are
#   three different endings.
# - At the end you'll see a **summary across all eight values**: which values your choices
#   and your own words lived (strengths first), and next steps for the rest.
# - You can **skip** any turn, and **Start again** at any time to try a different path. Each
#   turn is saved to your progress on this computer.
#
# Run the cell below to start.

# %% jupyter={"source_hidden": true}
roleplay("closing")

# %% [markdown]
# Try the conversation more than once if you have time. Choosing a reply you know is "not yet"
# is a good way to learn too: you'll see how Dara responds, and how a repair can turn things
# around.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: debriefing the role-play, and a live role-play in threes (click to open)</summary>
#
# Discussion questions (choose one or two):
#
# - Which moment in the chat felt hardest to stay a peer? What pulled you towards advice or
#   fixing?
# - Dara says "I suppose that's something." What strengths did you hear in that turn?
# - Some paths end with Dara leaving or handing the decision over. What did those endings
#   teach you? Have you seen either happen in real work?
# - What helps you repair a conversation after a slip?
#
# **Activity: live role-play in threes (20 minutes)**
#
# 1. (1 min) Form groups of three: a *peer*, a *peer support worker* and an *observer*. The
#    peer uses a made-up or low-stakes situation, never their hardest story, and asks at
#    some point: "What should I do?"
# 2. (4 min) The peer and the peer support worker talk. The observer notes, on the eight value
#    cards, one moment each value was lived.
# 3. (2 min) The observer shares what they noticed, strengths first, then one "not yet". The
#    peer says how it felt to be on the receiving end.
# 4. (12 min) Swap roles and repeat steps 2 and 3 twice, so everyone plays each part.
# 5. (1 min) Each group picks one thing that helped them stay a peer when asked for advice,
#    to share in the closing circle.
#
# Remind the group that anyone can pass or step out, and that the observer's notes are about
# the practice, never about the person.
#
# </details>

# %% [markdown]
# ## Your bias mirror
#
# ### A short reading: bias, and generosity of assumption
#
# Notebook 06 described a **bias** as a mental shortcut: a quick judgement about a person or a
# group, picked up mostly without noticing from the world around us. Everyone has them. What
# matters is what we do once we notice one.
#
# Shortcuts steer us most when we know least. A missed appointment is a good example: we rarely
# know why someone didn't come, so our minds fill the gap, often with whatever we already
# half-believe about "people like them". The glossary of the core values says it plainly:
#
# > "Often, we make negative assumptions about people or situations."
# > — *Core Values of Peer Support*, glossary of terms
#
# **Generosity of assumption** is the counterweight: when the story has gaps, we give the person
# the kindest reading of what they did or said, and then we ask rather than decide. One question
# helps more than any other: *would I have said the same thing if one detail about this person
# were different?* Their name, their age, their skin colour, where they live, their diagnosis.
#
# The bias mirror lets you try that question on yourself. One phone call came back several
# times in this course: someone who had missed three sessions in a row telling you "I just
# couldn't face it". Each time, one detail was different. Below are your own replies, side by
# side.
#
# How to read it:
#
# - **Your words first, the labels second.** The feedback reads words, not intent, and it misses
#   a lot: tone, warmth, length, what you chose to ask about.
# - **Notice without a verdict.** A difference might come from a bias, or from a tiring day, or
#   from something you learned between notebooks. Ask "what might have led to this?" rather than
#   "what does this say about me?"
# - **Offer yourself the same generosity.** Finding a difference doesn't make you a bad peer
#   support worker: noticing is the skill. If you find one, the steps from notebook 06 still
#   work: notice, name it, get curious, learn, repair.
# - **Missed a version?** The mirror says which notebook it is in. Go back if you like, or simply
#   read what is there.
#
# Everything here is private: your replies and your reflection are saved only on this computer
# and are never part of any export. Nobody else, your facilitator included, can see them.

# %% jupyter={"source_hidden": true}
mirror_review()

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: the bias mirror (click to open)</summary>
#
# - The mirror is private by design. Never ask anyone to show or read out their replies or their
#   reflection, and don't ask whether they found a difference.
# - In a group, talk about the idea rather than anyone's results: What makes our own biases
#   hard to see? Which details about a person tend to change how services respond to them? What
#   helps you check yourself in the moment?
# - Some learners will find a difference and feel ashamed; some will have been on the receiving
#   end of exactly these assumptions. Name both gently, say that noticing is the skill, and
#   remind everyone that stepping out is always fine.
# - Learners who skipped some versions can still use the mirror: two replies are enough to
#   compare, and it says which notebooks hold the others.
#
# </details>

# %% [markdown]
# ## Your "after" self-check
#
# At the start of the course you rated how confident you felt about each value. Now rate them
# again. The chart and table show your "before" beside your "after".
#
# It's common for some ratings to go *down*: the more you learn about a value, the more you
# notice how much there is to it. That is growth too. Nobody else sees these numbers.

# %% jupyter={"source_hidden": true}
self_check("after")

# %% [markdown]
# ## Your personal summary
#
# Take a few minutes to write a note to yourself: what you want to keep doing, which value
# you want to grow next, and one small practice for this week. If you finished the role-play,
# the **Start from my role-play** button puts its notes in the box as a starting point; change
# them into your own words.
#
# This summary is **private**. It is never scored, it isn't part of any export, and it stays
# on this computer.

# %% jupyter={"source_hidden": true}
personal_summary()

# %% [markdown]
# ## Where to go next
#
# Finishing the course is a beginning, not an end. Some ideas:
#
# - **Revisit one value.** Your role-play summary names a notebook for each next step. Go back
#   to one of them and redo its exercises: the feedback is there as often as you want it.
# - **Practise with others.** Try the live role-play from this notebook with a colleague or a
#   peer group, or ask to practise in supervision.
# - **Notice the values in your week.** After a real conversation, ask yourself: "Which value
#   did I live just now? Which one could I grow?" One small question, often, builds practice.
# - **Look after yourself.** Compassion for others grows best alongside compassion for
#   yourself. Notice what refuels you, and make room for it.
# - **Share what you've learned.** If you lead groups, the facilitator notes in each notebook
#   can help you run sessions of your own.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: closing circle (click to open)</summary>
#
# - Invite each person to share one thing they're taking with them, or to pass. Keep it short
#   and don't comment on each share; a simple "thank you" is enough.
# - Remind people that their self-check and summary are private and stay on their own
#   computer, and that nothing needs to be shared with you.
# - If anyone wants to send you their progress, they can make an anonymous export (see
#   notebook 00). Never ask for journal entries.
# - Close with the local support services list, and thank the group for their honesty and
#   care.
#
# </details>

# %% [markdown]
# ## Summary
#
# - The eight values work together: hope and wholeness is where we're heading, and the other
#   seven are how we get there, side by side.
# - When someone asks "What should I do?", a peer acknowledges the question, gets curious,
#   shares briefly if it helps, and leaves the choice with the person.
# - Slips happen. Repairing them out loud is part of mutuality, not a failure.
# - Your self-check and personal summary are for you: notice where you are, and be kind to
#   yourself about it.
#
# Thank you for doing this course. Here is your progress across all of it.

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## Your completion record
#
# If you'd like a record of the course for supervision or a portfolio, here it is: the modules
# you completed, when, roughly how long you spent, and your self-check before and after. It
# holds none of your answers or journal entries. You can add your name and a note for the
# record (they are not saved anywhere), then press **Save as a file** to keep it, and print it
# or save it as a PDF from your web browser.

# %% jupyter={"source_hidden": true}
completion_record()

# %% [markdown]
# ## [Back to the start: 00 · Welcome to the course](00_welcome.ipynb)
