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
from widgets.exercises import demo, mirror, progress_view, show, start

start("07_belonging_and_community")

# %% [markdown]
# # 07 · Belonging and community
#
# Welcome! This notebook is about one of the deepest human needs: to belong, and to be part of
# a community. It's also about the walls that keep people out, and how peer support helps take
# them down.
#
# **Time:** about 40 minutes, plus some optional extra practice. You can stop at any point and
# come back later: your work is saved.
#
# **Content note:** this notebook talks about loneliness and about ways people are shut out,
# including racism, homophobia, transphobia, poverty and having a criminal record. Nothing is
# graphic. Two exercises touch on discrimination and show their own note first. Every exercise
# can be skipped, and you can take a break whenever you need one.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: planning the session (click to open)</summary>
#
# Suggested plan for a 90-minute group session:
#
# | Time | What happens |
# |---|---|
# | 0-5 min | Welcome, group agreements, reminder that anyone can pass or step out. |
# | 5-15 min | "Everyone needs to belong": read aloud, then a quick round: *a place where you feel you belong* (a kitchen, a team, a choir, an online forum; passing is fine). |
# | 15-35 min | Barriers and deconstructing social blockades: the sort exercise in pairs, then the "Barrier walk" pair activity below. |
# | 35-50 min | A social justice mindset: worked example and the housing manager exercise (it has a content note), then discussion. |
# | 50-60 min | Break. |
# | 60-75 min | Empathy, compassion and self-compassion, with the "Community map" group activity. |
# | 75-83 min | Private reflection, in silence. Nobody is asked to share it. |
# | 83-90 min | "Try it this week" and a closing round: one person or place you'd like to thank. |
#
# **Materials:** a shared screen or projector; flipchart paper and pens; sticky notes in two
# colours (one for barriers, one for bridges); local information on community transport,
# interpreting services, free or low-cost groups and step-free venues; details of supervision
# and staff wellbeing support for the workers in the room; a quiet space people can step into.
#
# Some learners will have lived through the barriers named here. Let them decide if and how
# they share; never ask someone to speak for a whole group. The self-compassion section can
# bring up tiredness and burnout: close the session by pointing to the support workers have.
#
# </details>

# %% [markdown]
# ## What you'll learn
#
# By the end of this notebook you will be able to:
#
# - explain why belonging is a human need, and how peer support makes room for it;
# - name common barriers to community, and see them as things that can be changed rather than
#   as something wrong with the person;
# - describe a social justice mindset, and respond to unfair treatment without brushing it
#   aside;
# - practise empathy, compassion and self-compassion, including for yourself as a worker.

# %% [markdown]
# ## Everyone needs to belong
#
# > "Peer support acknowledges that all human beings need to belong and be a part of a
# > community."
# > — *Core Values of Peer Support*
#
# Belonging is not a luxury. Like food and rest, people need connection to stay well. Being
# cut off for a long time hurts, in the mind and in the body. Many people who reach out for
# peer support have lost connections along the way: to family, work, friends, faith or a
# home country.
#
# **Community** can take many shapes: a support group, neighbours, a faith community, a
# football team, a choir, a culture, an online forum, a kitchen table where people gather. For
# many people, a community of peers (people who have been through something similar) is where
# they first feel understood.
#
# **Belonging** is different from fitting in. Fitting in means changing yourself to be
# accepted. Belonging means being accepted as you are. Peer support aims for belonging: nobody
# should have to hide who they are, or how they're really feeling, to have a place.

# %% [markdown]
# ### Worked example: when loneliness is shared
#
# A peer says: *"I don't really have anyone any more. I just stay in most days."* Here is a
# response that means well but slips. Run the cell to see what the feedback helper notices.

# %% jupyter={"source_hidden": true}
demo("You should just get out more and make some friends.")

# %% [markdown]
# "You should just" makes connection sound easy, and puts the whole job on the person who is
# already lonely. It skips over whatever has made connection hard.
#
# Here is a response that makes room for belonging:

# %% jupyter={"source_hidden": true}
demo(
    "It sounds like you have been feeling really cut off. "
    "What kind of connection would feel good to you?"
)

# %% [markdown]
# It reflects the feeling first, then lets the person describe belonging in their own terms.
# Maybe that's a group; maybe it's one phone call a week.

# %% [markdown]
# ### A moment that comes back
#
# You may have met this phone call before: one detail is different this time. Reply as you
# would on the day; your replies stay private and meet again at the end of the course.

# %% jupyter={"source_hidden": true}
mirror("missed-sessions-age")

# %% [markdown]
# ### Exercise: like a visitor
#
# Farid arrived in the country a year ago and feels like a visitor everywhere. Rewrite the
# draft as a reflection that stays with what he feels. The helper will point out what you did
# well, then one thing you could try next. Like every exercise in this course, you can skip
# it.

# %% jupyter={"source_hidden": true}
show("belonging-and-community-rewrite-new-country")

# %% [markdown]
# ## Barriers to community
#
# > "Peer support recognizes that many people have barriers that keep them from developing
# > community."
# > — *Core Values of Peer Support*
#
# Wanting to belong isn't always enough. Many people meet barriers, often several at once:
#
# | Barrier | How it can keep people out |
# |---|---|
# | **Stigma** | Fear of being judged for mental health, drug use, housing or a diagnosis keeps people away. |
# | **Poverty** | Bus fares, entry fees, a coffee "for the group", no phone credit. |
# | **Transport and distance** | Living rurally, buses twice a day, not being able to drive. |
# | **Disability access** | Stairs, no hearing loop, no quiet space, no large print, crowded rooms. |
# | **Language** | Groups run only in one language; no interpreters. |
# | **Racism** | Being treated as an outsider, or worse, because of skin colour or where you come from. |
# | **Homophobia and transphobia** | Spaces that don't feel safe for LGBTQ+ people. |
# | **A criminal record** | Forms, jobs and housing that close doors long after a sentence ends. |
# | **Time and caring** | Night shifts, childcare, caring for a relative. |
# | **Past hurt** | Having been hurt or rejected in a group before (a school, a service, a congregation). |
# | **Digital exclusion** | No device, no data, or no confidence with technology. |
#
# Notice where these barriers sit. Most of them are in **how things are set up**: the timetable,
# the building, the form, the price, the jokes nobody challenges. They are not a sign that
# something is wrong with the person left outside.

# %% [markdown]
# ### Exercise: barriers and bridges
#
# A community centre is checking how welcoming its groups are. Sort each thing people noticed:
# does it keep people out, or open the door? This one mentions homophobia and transphobia and
# shows a content note first.

# %% jupyter={"source_hidden": true}
show("belonging-and-community-sort-barriers-bridges")

# %% [markdown]
# ## Taking down the walls
#
# > "We actively work towards deconstructing those social blockades that prevent inclusion and
# > acceptance."
# > — *Core Values of Peer Support*
#
# A few words explained: to **deconstruct** something is to take it apart, piece by piece. A
# **social blockade** is a barrier built into how society or a service works: a rule, a
# building, a cost, an attitude, a form. **Inclusion** means being let in. **Acceptance** means
# being welcomed as you are once you're there. Peer support wants both.
#
# The word *actively* matters. It isn't enough to say "everyone is welcome" and wait. Taking
# down blockades can happen at every level:
#
# - **With one person:** ask what gets in the way, and believe the answer.
# - **In a group:** change the time, the venue, the language or the cost; agree ground rules
#   that stop put-downs; use words that welcome.
# - **In a service:** question forms, rules and habits that shut people out.
# - **In the wider community:** work alongside people to speak up for change, with their
#   consent and, wherever possible, in their own voice. A phrase from disability rights
#   movements sums it up: *"Nothing about us without us."*
#
# This is also where generosity of assumption (from notebook 06) helps. When people "don't
# come", the first question is not "what's wrong with them?" but "what's in their way?"

# %% [markdown]
# ### Worked example: "they never come"
#
# In a team meeting, a colleague says about a group that hardly anyone attends:

# %% jupyter={"source_hidden": true}
demo("They just don't care about coming. If they wanted to, they would find a way.")

# %% [markdown]
# This fills in the blanks with the least generous story, and it lets the service off the
# hook. Here's a response that looks for the blockade instead:

# %% jupyter={"source_hidden": true}
demo(
    "I wonder if they are put off by the time we meet. "
    "What could we change so more people can come?"
)

# %% [markdown]
# It assumes people want to come, and turns the question towards what the team can change.

# %% [markdown]
# ### Exercise: the building, not the group
#
# Rhys hasn't been to the drop-in for a while. It isn't the group: it's the church hall where
# it meets. Choose the reply that best helps take down the barrier. This one mentions past
# hurt from a faith community and shows a content note first.

# %% jupyter={"source_hidden": true}
show("belonging-and-community-choose-church-hall")

# %% [markdown]
# ### Exercise: the garden day poster
#
# A poster meant to welcome people uses labels that push them away. Reframe the line so it
# invites people in, using person-first words (or the words people choose for themselves).

# %% jupyter={"source_hidden": true}
show("belonging-and-community-reframe-poster")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing barriers and blockades (click to open)</summary>
#
# Discussion questions (choose one or two):
#
# - Think of a group you belong to. Who might find it hard to join, and why?
# - Which barriers in the table could your service change this month? Which need a longer
#   effort with other people?
# - When does "everyone is welcome" stay just words? What turns it into something real?
#
# Pair activity: **"Barrier walk"** (15 minutes)
#
# 1. (2 min) In pairs, choose one real place or group you know well: your service's front
#    door, a group, a website, a sign-up form.
# 2. (5 min) Imagine arriving as someone who uses a wheelchair, someone with no money for the
#    bus, someone who speaks little of the main language, someone with a criminal record, and
#    a young trans person. Write every barrier you notice on one colour of sticky note.
# 3. (5 min) For each barrier, write one "bridge" on the other colour: a change that would
#    open the door.
# 4. (3 min) Each pair shares one barrier and bridge with the whole group. Put them on the
#    flipchart to take back to the team.
#
# </details>

# %% [markdown]
# ## A social justice mindset
#
# > "Peer support workers serve with a social justice mindset..."
# > — *Core Values of Peer Support*
#
# **Social justice** is the idea that everyone deserves fair access to rights, resources,
# chances and respect, and that unfair systems can and should be changed. A **mindset** is a
# way of seeing. So a social justice mindset means we notice unfairness, and we don't treat
# it as normal.
#
# In everyday peer support, it can look like this:
#
# - **Believing people** when they describe unfair treatment, rather than explaining it away.
# - **Seeing patterns**, not only single events: who keeps waiting longest, who keeps getting
#   turned away.
# - **Not blaming people** for what systems did to them.
# - **Knowing our own privilege**: advantages we didn't earn and may not notice, like never
#   being followed in a shop or never having to explain our name.
# - **Using our voice alongside people, not instead of them**: asking what they want to do,
#   and backing them up.
#
# Peer support itself grew, in part, from people with lived experience of mental health
# services speaking up for their rights. Social justice is in its roots.
#
# Remember the limit on generosity of assumption from notebook 06: it helps us fill in the
# blanks about people's intentions, but it is never a reason to doubt someone who tells us
# they are being treated unfairly.

# %% [markdown]
# ### Worked example: when someone names unfairness
#
# A peer says she was spoken to rudely at a job centre, and she thinks it's because of her
# accent. Here is a response that slips:

# %% jupyter={"source_hidden": true}
demo("I'm sure they didn't mean it. Try not to take it personally.")

# %% [markdown]
# The feedback helper may spot a "generous assumption" here, and in another moment that could
# be a strength. But this generosity goes to the wrong place: it defends the job centre and
# asks her to shrink what happened. That's why the words alone aren't the whole story: what
# matters is who it serves.
#
# A response with a social justice mindset:

# %% jupyter={"source_hidden": true}
demo(
    "That sounds really unfair, and it makes sense you feel angry. "
    "What would you like to do about it, if anything?"
)

# %% [markdown]
# It believes her, names the unfairness, and leaves the next step in her hands.

# %% [markdown]
# ### Exercise: repairs that never come
#
# Mrs Mensah has noticed that her family's repairs, and those of other Black families on her
# estate, take months longer than everyone else's. Rewrite the draft so it believes her and
# takes the unfairness seriously. This exercise is about racism and shows a content note
# first; skip it if today isn't the day.

# %% jupyter={"source_hidden": true}
show("belonging-and-community-rewrite-housing-manager")

# %% [markdown]
# ## Empathy, compassion and self-compassion
#
# > "...and intentionally practice empathy, compassion & self-compassion."
# > — *Core Values of Peer Support*
#
# Three related ideas:
#
# - **Empathy** is trying to feel *with* someone: imagining how things are from their side.
#   It's different from sympathy, which is feeling sorry *for* someone from the outside.
# - **Compassion** is empathy plus a wish to ease the other person's suffering, with kindness.
# - **Self-compassion** is turning that same kindness towards yourself. The researcher Kristin
#   Neff describes three parts: being kind to yourself instead of harsh; remembering that
#   struggling is part of being human, so you're not alone in it; and noticing your feelings
#   without ignoring them or being swept away by them.
#
# The word **intentionally** matters. Empathy and compassion aren't only feelings that come
# and go; they're practices we choose, especially on days when we're tired.
#
# **Self-compassion is part of the job.** Peer support is heavy work, and many workers carry
# their own lived experience too. You belong to a community as well: colleagues, supervision,
# your own peers. Letting them support you is not weakness; it's how you keep showing up with
# warmth. A worker who is always kind to others and harsh to themselves burns out.

# %% [markdown]
# ### Worked example: after a hard shift
#
# A co-worker says she can't stop thinking about a conversation that went badly. A colleague
# replies:

# %% jupyter={"source_hidden": true}
demo("You can't let it get to you. Everyone has bad shifts, so just move on.")

# %% [markdown]
# It tells her how to feel and hurries her past it. Here's a compassionate response that also
# invites her to care for herself:

# %% jupyter={"source_hidden": true}
demo(
    "That sounds like a really heavy shift, and it makes sense you feel shaken. "
    "What would help you look after yourself tonight?"
)

# %% [markdown]
# ### Exercise: going over it
#
# Your co-worker Nia is being hard on herself after a text-line conversation ended suddenly.
# Rewrite the draft with compassion, and invite her to show some to herself. You can skip it.

# %% jupyter={"source_hidden": true}
show("belonging-and-community-rewrite-hard-on-yourself")

# %% [markdown]
# ### When other people's stories stay with you
#
# Listening closely to people's pain, week after week, changes us. **Vicarious trauma**
# (sometimes called secondary trauma) means taking on some of the weight of other people's
# trauma through caring about them. It is a known risk of this work, not a sign you are doing
# it wrong, and workers with their own lived experience may feel it sooner.
#
# Signs can include: someone's story coming back when you are trying to sleep; feeling on
# edge, or checking locks and doors more than before; feeling numb or cut off; snapping at
# people you love; dreading work.
#
# **Use supervision for it.** Supervision is regular, protected time with a more experienced
# colleague to talk about the work and how it is affecting you. Bring what feels heavy, not
# only what is going well: what you notice in your sleep, your body and your mood. Then ask
# for what would help, such as a debrief after hard conversations, a lighter caseload for a
# while, training, or time off. Between sessions, a short debrief with a trusted colleague
# (keeping the person's details private), the breaks you are entitled to, and your own
# support outside work all help. Many employers also offer a free, confidential counselling
# line (an Employee Assistance Programme).
#
# Noticing these signs in yourself and saying so is self-compassion at work.

# %% jupyter={"source_hidden": true}
show("belonging-and-community-choose-other-peoples-stories")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing social justice and self-compassion (click to open)</summary>
#
# Discussion questions:
#
# - When has someone believed you about something unfair, without asking you to prove it?
#   What did that give you?
# - What's the difference between speaking up *for* someone and speaking up *with* them?
# - What does your inner voice say after a hard shift? Would you say that to a peer?
#
# Group activity: **"Community map"** (15 minutes, groups of 3-4)
#
# 1. (2 min) Each group draws a large circle on flipchart paper: "the community around our
#    service".
# 2. (5 min) Inside the circle, write the people and groups who are already well connected.
#    Outside it, write who is missing or on the edge (for example: people who work nights,
#    people in rural areas, older people without the internet, LGBTQ+ young people).
# 3. (5 min) For one group outside the circle, draw three arrows: three changes that could
#    bring the circle to them.
# 4. (3 min) Share back. Close by asking each person to name, silently or aloud, one place
#    they go for support themselves.
#
# </details>

# %% [markdown]
# ## When one person's belonging pulls against another's
#
# A group belongs to everyone in it, and sometimes what one person needs to belong
# pulls against what another needs to feel safe. The next two exercises are dilemmas:
# situations with no single right answer.
#
# Each one works the same way: choose the way you lean, write a sentence or two about why,
# then read how three experienced peer workers weigh it. They are fictional but true to life,
# and they don't agree. Nothing is marked right or wrong, your reasoning stays private, and
# you can skip either one.

# %% [markdown]
# ### Dilemma: the one place he belongs
#
# Malachi says the group is the one place he belongs; Rukhsana feels frightened
# when he shouts. It has a content note, and you can skip it.

# %% jupyter={"source_hidden": true}
show("belonging-and-community-dilemma-raised-voice")

# %% [markdown]
# ### Dilemma: a group chat between sessions
#
# The young parents' group wants a group chat. Whose chat is it, and who is
# there at 2am?

# %% jupyter={"source_hidden": true}
show("belonging-and-community-dilemma-group-chat")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: the belonging dilemmas (click to open)</summary>
#
# Run one of them as "Lean and listen" (see the notes in notebook 01). The group
# chat dilemma is a useful way into your own group's agreements: afterwards, ask what
# this group would want in place if it started a chat of its own.
#
# </details>

# %% [markdown]
# ### Extra practice (optional)
#
# If you have time and energy, here are six more. They are all optional; skip any of them.

# %% jupyter={"source_hidden": true}
show("belonging-and-community-rewrite-bus")

# %% jupyter={"source_hidden": true}
show("belonging-and-community-rewrite-only-one")

# %% jupyter={"source_hidden": true}
show("belonging-and-community-rewrite-record")

# %% jupyter={"source_hidden": true}
show("belonging-and-community-reframe-those-dads")

# %% jupyter={"source_hidden": true}
show("belonging-and-community-choose-worker-tired")

# %% jupyter={"source_hidden": true}
show("belonging-and-community-spot-welcome")

# %% [markdown]
# ### More lives, more moments (optional)
#
# Belonging on ordinary days, and the barriers in the way. Priti and her wife have been
# asked to run the cake stall at their new village's school fair; Bill hasn't been to his
# darts club in a year because he cares for his wife, Jean; Amir, a young carer, might lose
# his place in goal. You can skip any of them.

# %% jupyter={"source_hidden": true}
show("belonging-and-community-rewrite-cake-stall")

# %% jupyter={"source_hidden": true}
show("belonging-and-community-rewrite-darts-club")

# %% jupyter={"source_hidden": true}
show("belonging-and-community-rewrite-missing-training")

# %% [markdown]
# ## A private reflection
#
# This one is just for you. What you write is private: it is never scored, never shared, and it
# stays on this computer. Write as much or as little as you like, or skip it.

# %% jupyter={"source_hidden": true}
show("belonging-and-community-reflect-where-i-belong")

# %% [markdown]
# ## Try it this week
#
# Pick one or two small practices:
#
# 1. **Ask about the wall.** When someone says they can't make it to something, ask "What's
#    getting in the way?" before offering anything.
# 2. **Find one blockade.** Look at one thing in your service (a form, a poster, a meeting time,
#    the front door) through the eyes of someone who might be kept out. Share one idea for
#    change with your team.
# 3. **Be your own peer.** At the end of one hard day, write down what you'd say to a
#    colleague who'd had your day. Then read it to yourself.

# %% [markdown]
# ## Summary
#
# - Everyone needs to belong and be part of a community: belonging means being accepted as you
#   are, not fitting in.
# - Many people face barriers to community: stigma, poverty, distance, access, language,
#   racism, homophobia and transphobia, a criminal record, and more.
# - Most barriers sit in how things are set up, so peer support actively works to take those
#   social blockades apart, with people rather than for them.
# - A social justice mindset notices unfairness, believes people, and doesn't treat injustice
#   as normal.
# - We practise empathy, compassion and self-compassion on purpose, and that includes
#   compassion for ourselves as workers.
#
# Here is your progress so far. When you're ready, the next notebook is **08 · Curiosity**.

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## [Next: 08 · Curiosity](08_curiosity.ipynb)
