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
from widgets.exercises import demo, progress_view, show, start

start("10_ethics_and_boundaries")

# %% [markdown]
# # 10 · Ethics, confidentiality and boundaries
#
# Welcome! This notebook is about the everyday ethics of peer support: what stays private and
# what doesn't, how we write and talk about people, and the boundaries that keep a
# relationship safe and healthy for both people. None of it is a separate rulebook. It is the
# core values, practised in the small decisions of a working week.
#
# **Time:** about 60 minutes, plus optional practice. It is a long one, so two sittings are
# fine: the end of the case notes section is a good place to pause. Your work is saved.
#
# **Content note:** one exercise mentions thoughts of suicide (with no details). Others touch
# on alcohol use and recovery, including a peer worker's own return to drinking, money
# worries, and hurtful labels in case notes. Each of those shows its own note first. Every
# exercise can be skipped, and you can take a break whenever you need one.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: planning the session (click to open)</summary>
#
# Suggested plan for a 90-minute group session, with a 10-minute break:
#
# | Time | What happens |
# |---|---|
# | 0-5 min | Welcome, group agreements, reminder that anyone can pass or step out. Say the room's own confidentiality agreement, *and its limits*, out loud: it is the first example of the session. |
# | 5-20 min | Confidentiality and its limits: read together, the "Does this all stay between us?" exercise, then the pair activity "Saying the limits" (below). |
# | 20-40 min | Case notes: the worked example on a shared screen, then the allotment rewrite in pairs and the ward-note spot together. |
# | 40-50 min | Team meetings and supervision: the sort exercise in small groups, then the "flat 6" reframe. |
# | 50-60 min | Break. |
# | 60-70 min | Social media and knowing people in more than one way: the friend-request and gym exercises, then the discussion questions. |
# | 70-78 min | Gifts and money: the sort exercise, with a quick show of hands on each item before the answers. |
# | 78-84 min | When it's you, and making boundaries together: read together; the relapse exercises are best done privately. |
# | 84-90 min | Private reflection, "Try it this week" and a closing round: one boundary you want to shape *with* someone. |
#
# **Materials:** a shared screen or projector; a printed copy of your organisation's
# confidentiality, information-sharing, social media and gifts policies (or a summary); a
# flip chart; a list of local support services, including crisis lines, to hand out; a
# quiet space people can step into.
#
# Many learners have been written about in notes they were never shown, or talked about in
# meetings they were not invited to. The case-note section can sting. Name that gently at
# the start: we practise writing the notes we would have wanted written about us. The
# section on a worker's own relapse may also land close to home; keep it optional and
# private, and make sure people know who they can talk to afterwards.
#
# </details>

# %% [markdown]
# ## What you'll learn
#
# By the end of this notebook you will be able to:
#
# - explain confidentiality and its limits in plain words, at the start of a relationship,
#   and stay honest and alongside someone when they may be at risk;
# - write case notes in strengths-based, person-first language: what was said and done, not
#   judgements, in words the person would be fine reading;
# - talk about people in team meetings and supervision respectfully, sharing only what is
#   needed;
# - handle friend requests, posting and being recognised on social media;
# - handle knowing someone in more than one way: the same gym, the same recovery meeting,
#   the same street;
# - respond warmly to gifts, and keep money out of the relationship;
# - look after yourself, without shame, if your own recovery or wellbeing wobbles;
# - make boundaries *with* the people you support, not just for them.

# %% [markdown]
# ## Ethics as the values in practice
#
# **Ethics** means the choices we make about what is right and fair in how we treat people.
# In peer support, most ethical questions are small and everyday: *Should I write that down?
# Can I mention this in the team meeting? What do I do about this friend request?*
#
# The core values already answer many of them. Respect and dignity shape how we write and
# talk about people. Curiosity comes with a promise about privacy:
#
# > "We encourage curiosity while respecting the boundaries and protecting the privacy of
# > the people we support."
# > — *Core Values of Peer Support*
#
# And mutuality says something important about boundaries: they are not handed down by the
# worker. Both people take part in making them.
#
# > "The peer support worker and the peer equally co-create the relationship, and both
# > participate in boundary creation."
# > — *Core Values of Peer Support*
#
# Your organisation will have its own policies on confidentiality, records, social media and
# gifts. This notebook doesn't replace them. Read them, ask about anything unclear, and know
# them well enough to explain them in your own words. What follows is how to live them in
# the spirit of peer support.

# %% [markdown]
# ## Confidentiality and its limits
#
# **Confidential** means kept private, shared only with people who need to know. When
# someone tells you about their life, they are trusting you with it. Protecting that trust is
# at the heart of the work.
#
# But confidentiality in a service is not the same as a secret between two friends, and it
# is kinder to say so at the start than to surprise someone later. Here is what it usually
# means in practice:
#
# - **What stays private:** what people tell you stays within your service. It does not go
#   to their family, their employer, their landlord or anyone else without their agreement.
# - **What you write down:** you keep short notes of your work together. In the UK, data
#   protection law gives people the right to ask for a copy of what an organisation holds
#   about them, so they can read their notes. (More on writing them below.)
# - **Who you talk to:** you talk about your work with your supervisor and, when it helps the
#   person, with your team. Only what is needed, and respectfully.
# - **The limits:** if you are seriously worried that someone's life or safety is at risk, or
#   someone else's, you may have to share that, even without their agreement. In the UK this
#   is often called **safeguarding**: the duty to protect children and adults at risk from
#   abuse, neglect or serious harm. The law can require sharing in rare cases too.
#
# ### Say the limits at the start
#
# The best time to talk about the limits of confidentiality is at the beginning, before
# anything hard has been said. Then the person can choose what to share, knowing the ground
# rules. It is part of building the relationship together: you are being open about your
# side of it.
#
# Say it in your own words, warmly and briefly. For example:
#
# *"What you tell me stays within our service. I keep short notes, which you can ask to read,
# and I talk about my work with my supervisor. The main time I'd have to share something is
# if I were seriously worried about your safety or someone else's. Even then, I'd talk to you
# first wherever I could."*
#
# Then check what it was like to hear: "Is there anything you'd like to ask about that?"

# %% [markdown]
# ### Exercise: "Does this all stay between us?"
#
# Mairead is asking about confidentiality before she trusts you with anything. Choose the
# response that is honest about what stays private and what the limits are.

# %% jupyter={"source_hidden": true}
show("ethics-choose-limits-first-meeting")

# %% [markdown]
# ### When someone may be at risk
#
# The hardest moment for confidentiality is when someone tells you something that makes you
# worried for their safety, and then asks you to keep it secret. Here is a way through, in
# the spirit of the values:
#
# 1. **Stay with them.** Thank them for telling you. Listen before you act.
# 2. **Ask directly.** If you are worried about suicide, ask about it plainly and kindly.
#    Asking does not put the idea in anyone's head. (Notebook **09 · Crisis and safety**
#    goes into this in depth.)
# 3. **Be honest about the limit.** Don't promise a secret you can't keep. Remind them of
#    what you said at the start, gently.
# 4. **Involve them in what happens next.** Who would they want involved? What would help
#    right now? Tell them before you share, wherever you safely can.
# 5. **Share only what is needed, with the people who need it,** and follow your
#    organisation's safety steps. Then make time to talk it over in supervision, for you.

# %% [markdown]
# ### Exercise: "You won't tell anyone, will you?"
#
# This exercise mentions thoughts of suicide, with no details, and shows a content note
# first. Skip it if today isn't the day.

# %% jupyter={"source_hidden": true}
show("ethics-choose-you-wont-tell")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: confidentiality (click to open)</summary>
#
# Pair activity: **"Saying the limits"** (10 minutes)
#
# 1. (3 min) On your own, write how you would explain confidentiality and its limits to
#    someone at a first meeting, in no more than four sentences, in your own words. Check it
#    against your organisation's policy.
# 2. (4 min) In pairs, take turns saying it aloud to each other, as if at a first meeting.
#    The listener says one thing that made it feel safe, and one question it left them with.
# 3. (3 min) Whole group: which words made the limits sound like care rather than a threat?
#
# Discussion questions (choose one or two):
#
# - Has anyone ever promised you a secret they couldn't keep? What did it do to your trust?
# - What makes it hard to say the limits at the start? What makes it easier?
# - Where in your organisation's policy are you unsure what you would do? Who could you ask?
#
# If someone in the room shares something that worries you, the room's own agreement and its
# limits apply. Follow your organisation's guidance, and talk to the person privately first.
#
# </details>

# %% [markdown]
# ## Case notes: writing what you would be happy for them to read
#
# **Case notes** are the short records a service keeps of its work with someone: what
# happened at a meeting, what was agreed, what comes next. They help the next worker pick up
# where you left off, and they can follow a person for years.
#
# Because notes travel, words matter. A label written once ("non-compliant", "attention
# seeking") can be copied forward into every letter and referral after it, and shape how
# every new worker meets that person. Many people in services have read their own notes and
# not recognised themselves.
#
# A simple test: **write as if the person were reading over your shoulder.** They may well
# read it one day, and they have the right to ask.
#
# | Instead of a judgement... | ...say what was said and done |
# |---|---|
# | "Non-compliant with meds" | "Has stopped the new tablets for now. Says they make him too drowsy to get to work." |
# | "Refused to engage" | "Said she'd rather not join the group today, as she hadn't slept." |
# | "Attention seeking" | "Rang three times to ask when the doctor could see her." |
# | "Lacks insight" | "Sees it differently from the team: she says she is not unwell, just exhausted." |
# | "Aggressive, kicking off" | "Raised his voice when he heard his benefit payment was late." |
# | "Alcoholic", "addict" | The person's name; "a person who drinks", "a person who uses drugs", if it matters at all. |
#
# A strengths-based, person-first note:
#
# - uses the person's **name**, not "client", "service user" or a diagnosis;
# - records **what was said and done**, using their own words where you can, and leaves out
#   guesses about their motives;
# - notes **what they want** and what was agreed, so the next step is clear;
# - names a **strength** you actually saw: what they did, kept going, asked for or came
#   through;
# - includes **only what is needed**, and nothing you would not say to their face.
#
# Being strengths-based doesn't mean leaving out hard things. If someone was upset, or had
# been drinking, the note can say so, plainly and without judgement. It just doesn't stop
# there.

# %% [markdown]
# ### Worked example: a note that judges
#
# Here is a note written in a hurry at the end of a long shift. Run the cell to see what the
# feedback helper notices.

# %% jupyter={"source_hidden": true}
demo("Pt non-compliant, refused to engage. Attention seeking as usual. Known alcoholic.")

# %% [markdown]
# The helper points at some of the judgements, and it reads words, not meaning, so it can
# miss others. Read the rest with your own eyes: "refused to engage" and "known alcoholic"
# judge and label too. And there is no person here at all: no name, nothing they said, nothing
# they want. Now compare a note about the same morning, written from what happened:

# %% jupyter={"source_hidden": true}
demo(
    "Rohan said he'd rather not come to group today because he hadn't slept. He asked to "
    "ring his brother, and we did that together. He is good at knowing what he needs."
)

# %% [markdown]
# Same morning, different person on the page. The next worker knows Rohan hasn't slept,
# that his brother matters, and that he can say what he needs. That is something to build on.

# %% [markdown]
# ### Exercise: the allotment
#
# Teodor has stopped his new tablets, for a reason. Rewrite his case note using only the facts
# you are given, so he would be fine reading it.

# %% jupyter={"source_hidden": true}
show("ethics-rewrite-note-allotment")

# %% [markdown]
# ### Exercise: the Wednesday course
#
# Yetunde's shifts have changed. Rewrite the tutor's note so it says what happened, in
# person-first, strengths-based language.

# %% jupyter={"source_hidden": true}
show("ethics-rewrite-note-night-shifts")

# %% [markdown]
# ### Exercise: judgement in a ward note
#
# Spot the words in this hospital ward note that judge Hamish instead of describing what he
# said and did.

# %% jupyter={"source_hidden": true}
show("ethics-spot-ward-note")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: case notes (click to open)</summary>
#
# Group activity: **"Over their shoulder"** (15 minutes, groups of 3-4)
#
# 1. (2 min) Give each group an invented note of three or four lines, full of judgement
#    (write your own, or use a draft from this notebook). Never use a real note.
# 2. (6 min) Rewrite it together so the person could read it over your shoulder: name,
#    what was said and done, what they want, a strength you actually saw.
# 3. (5 min) Each group reads its note aloud *as if to the person*. The others listen: does
#    anything still sound like a judgement?
# 4. (2 min) Whole group: which word was hardest to replace, and why?
#
# Discussion questions:
#
# - Have you ever read something written about you? What stayed with you?
# - Which words are so common in your service that nobody notices them any more?
# - How could you write notes *with* people, or show them what you wrote?
#
# </details>

# %% [markdown]
# ## Talking about people in team meetings and supervision
#
# Talking about the people we support with colleagues is part of good work. It is how a team
# joins up its support, and how we get help with what is hard. The same care applies as in
# our notes:
#
# - **Talk about people as if they were in the room.** Use their name, and words they would
#   be happy to hear.
# - **Share only what is needed** for the team to support them well, ideally what they have
#   agreed to, or asked for.
# - **Their story is theirs.** Details of someone's past, their family's troubles or
#   anything that doesn't change their support can stay with them.
# - **No gossip, and no jokes at their expense,** however kindly meant.
#
# **Supervision** is regular, private time with a more experienced colleague to reflect on
# your work. Its focus is *you*: what you're finding hard, how the work is affecting you,
# what you're learning. It is the right place for "I'm dreading Tuesdays" or "her story
# stirred up my own", where you can look at those feelings without putting a label on
# anyone in front of the team.

# %% [markdown]
# ### Exercise: team meeting, supervision, or neither?
#
# Sort what you know about Paulette. Does the team need it, is it for supervision, or is it
# best kept out?

# %% jupyter={"source_hidden": true}
show("ethics-sort-team-meeting")

# %% [markdown]
# ### Exercise: "the one in flat 6"
#
# A colleague opens the team meeting with a label and a guess. Reframe it so the team hears
# about Lukas, and only what they need to support him.

# %% jupyter={"source_hidden": true}
show("ethics-reframe-flat-six")

# %% [markdown]
# ## Social media
#
# Social media blurs lines that are clear in a meeting room. A few common moments:
#
# - **Friend requests.** Most services ask workers not to connect with people they support
#   on personal accounts. A request is often a compliment, a sign the relationship matters.
#   Don't just ignore it: talk about it, explain your boundary as care for their privacy and
#   yours, and ask what they were hoping for.
# - **Posting.** Nothing you post should be able to identify someone you support, or link
#   them to a service, even without a name. A "proud moment" is usually someone else's story.
#   Share your own feelings about the work, not their lives.
# - **Being recognised.** People may find you online, or you may see their posts. Don't look
#   people up, and don't mention what you've seen unless they bring it up. If something they
#   post worries you, talk to your supervisor about what to do.
# - **Your own story online.** If you share your lived experience publicly, remember that
#   people you support may read it. That can be a gift, and it is worth choosing on purpose.

# %% [markdown]
# ### Exercise: a friend request
#
# Olamide has sent you a friend request. Choose the most respectful next step.

# %% jupyter={"source_hidden": true}
show("ethics-choose-friend-request")

# %% [markdown]
# ### Exercise: a proud moment, online
#
# You want to post about a good day at work. Which post, if any, respects confidentiality?

# %% jupyter={"source_hidden": true}
show("ethics-choose-post-about-today")

# %% [markdown]
# ## Knowing someone in more than one way
#
# A **dual relationship** means knowing someone in more than one way: as a person you
# support, and also as a neighbour, a fellow gym-goer, a member of the same faith group, or
# someone at the same recovery meeting. In peer support this is common, and not a failure.
# We often work in the communities we belong to, and that is part of what makes peer support
# real.
#
# What helps:
#
# - **In public, let them lead.** A smile or a nod is enough. Don't mention how you know each
#   other unless they do. Others may be listening.
# - **Agree it together.** At your next meeting, ask how they would like to handle it next
#   time. Your neighbour may be glad to chat over the fence about the weather, and not
#   about their support.
# - **What you hear in one place stays there.** Something said at the gym, or in a recovery
#   meeting, doesn't travel into your work together without the person's say-so, and the
#   other way round.
# - **Take the harder ones to supervision.** When the two relationships start to pull in
#   different directions, talk it through early.
#
# Here is one way to open that conversation:

# %% jupyter={"source_hidden": true}
demo(
    "I won't mention how we know each other unless you do. "
    "How would you like us to handle bumping into each other?"
)

# %% [markdown]
# It promises something simple, then leaves the choice with them. The boundary is one you
# make together.

# %% [markdown]
# ### Exercise: on the next treadmill
#
# Thandiwe steps onto the treadmill next to yours. What's the most respectful way to handle
# the moment, and the next meeting?

# %% jupyter={"source_hidden": true}
show("ethics-choose-same-gym")

# %% [markdown]
# ### Exercise: the same recovery meeting
#
# This exercise mentions alcohol use and recovery meetings, and shows a content note first.
# Eamon walks into the mutual-aid meeting you go to for your own recovery.

# %% jupyter={"source_hidden": true}
show("ethics-choose-same-recovery-meeting")

# %% [markdown]
# ## Gifts and money
#
# **Gifts.** People often want to say thank you, and giving is part of a mutual relationship:
# both people give and both receive. A card, homemade biscuits or a small handmade gift,
# received warmly, honours that. Many services allow small gifts and ask you to record them,
# and ask you to decline or pass on larger ones. Know your policy before the moment comes, so
# you can respond with warmth rather than panic.
#
# **Money.** Money is different. Lending, borrowing, buying from or selling to someone you
# support, or looking after their bank card, puts money or a debt between you. That can
# change the relationship in ways that are hard to undo: it can make it hard for them to say
# no to you, or to talk freely. So the kind answer is a warm, explained no, and help to find
# what else is out there, side by side.

# %% [markdown]
# ### Exercise: a knitted scarf
#
# At your last meeting, Ifeoma gives you a scarf she has knitted. Choose the response that
# receives it in the spirit it is given.

# %% jupyter={"source_hidden": true}
show("ethics-choose-knitted-scarf")

# %% [markdown]
# ### Exercise: gifts and money
#
# Sort each situation. Policies differ, so these are common starting points, not rules.

# %% jupyter={"source_hidden": true}
show("ethics-sort-gifts-and-money")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: social media, dual relationships, gifts and money (click to open)</summary>
#
# Discussion questions (choose one or two):
#
# - Where do you live and work? How likely are you to bump into people you support, and
#   what have you agreed with people about it?
# - Has a friend request, a gift or a request for money ever caught you off guard? What did
#   you say? What would you say now?
# - Which of your organisation's policies here do you understand well enough to explain in
#   your own words? Which would you like to check?
#
# For the gifts sort, take a quick show of hands on each item before revealing the answers.
# Disagreement is useful: it usually shows where policies differ, or where people are unsure.
# Have your own organisation's gifts policy to hand.
#
# </details>

# %% [markdown]
# ## When it's you: your own relapse or crisis
#
# Peer support workers bring lived experience, and lived experience doesn't stop when you
# start the job. Your own recovery or wellbeing may wobble: a return to drinking or using,
# a mental health crisis, a loss that knocks you sideways. This happens to many peer workers
# at some point. It does not make you a fraud, and it does not cancel what you know.
#
# What helps:
#
# - **Talk to your supervisor early.** Supervision is there for exactly this. You don't need
#   to have it all worked out first.
# - **Stepping back can be a boundary, not a failure.** Agree together whether to reduce or
#   pause some of your work for a while, and how the people you support will be looked
#   after. That protects you and them.
# - **Get your own support,** from the people and places that help you. Some workers keep a
#   written wellness plan, made when they are well, that says what helps and who to call.
# - **Be as kind to yourself as you would be to a peer.** The values ask us to cultivate
#   compassion for self as well as others. Shame makes it harder to reach out; kindness makes
#   it easier.
# - **Sharing it later is your choice.** In time, you may decide that a brief part of this
#   story could help someone. That is yours to decide, once you are supported yourself.

# %% [markdown]
# ### Exercise: when it's your own recovery
#
# This exercise and the next are about a peer worker starting to drink again after a time in
# recovery. Each shows a content note first. They are best done privately; skip them if
# today isn't the day.

# %% jupyter={"source_hidden": true}
show("ethics-choose-own-relapse")

# %% [markdown]
# ### Exercise: what you say to yourself
#
# Reframe the harsh self-talk with the compassion you would offer a peer.

# %% jupyter={"source_hidden": true}
show("ethics-reframe-relapse-self-talk")

# %% [markdown]
# ## Making boundaries together
#
# All of the above comes back to one idea from the core values: in peer support, both people
# take part in making boundaries. **Boundaries** are the limits that keep a relationship safe
# and healthy for both people: when you are available, how you keep in touch, what you will
# and won't do, and what stays private.
#
# Making them together looks like this:
#
# - **You are open about your limits, and why.** Not "those are the rules", but what you can
#   offer and what you can't, as care for both of you.
# - **They can set boundaries too.** Topics they don't want to talk about, how they would
#   like to be contacted, what they want you to call them, whether they want you to say hello
#   in the street. Their boundaries deserve the same respect as yours.
# - **The fixed limits are explained, not hidden.** Some limits aren't up for negotiation,
#   such as safety steps or keeping records. You can still share them openly and work out
#   everything else together.
# - **You come back to them.** Boundaries can change as the relationship changes. Ask now and
#   then: "Is this still working for you?"
#
# Compare these two ways of setting the same limit:

# %% jupyter={"source_hidden": true}
demo("You need to stop texting me at night. Those are the rules.")

# %% [markdown]
# The limit may be real, but the person gets no say and no reason. Now the same limit, shaped
# together:

# %% jupyter={"source_hidden": true}
demo(
    "I can't reply at night, and I don't want you to feel on your own then. "
    "What would help you most at those times?"
)

# %% [markdown]
# Honest about your limit, caring about their need, and asking them to help shape what
# happens instead.

# %% [markdown]
# ### Exercise: "I'd rather not talk about my family"
#
# Osian sets a boundary of his own. Rewrite the draft so it honours it.

# %% jupyter={"source_hidden": true}
show("ethics-rewrite-their-boundary")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: relapse and making boundaries together (click to open)</summary>
#
# Handle the section on a worker's own relapse with care: some people in the room may be in
# exactly that place. Keep the exercises private, don't ask anyone to share their own story,
# and end the section by naming where support is: supervision, your employee assistance
# programme if there is one, and the list of local services.
#
# Discussion questions (choose one):
#
# - Which boundaries in your work did you make *with* the people you support? Which were
#   handed down? How could you explain the handed-down ones openly?
# - When has someone you support set a boundary with you? How did you respond?
# - What would you want from your organisation if your own wellbeing dipped?
#
# </details>

# %% [markdown]
# ### Extra practice (optional)
#
# If you have time and energy, here are two more. They are optional; skip either. Fintan's
# case note mentions alcohol use and shows a content note first, and Halima asks to borrow
# twenty pounds until her benefit is paid.

# %% jupyter={"source_hidden": true}
show("ethics-rewrite-note-thursday-breakfast")

# %% jupyter={"source_hidden": true}
show("ethics-choose-twenty-pounds")

# %% [markdown]
# ## A private reflection
#
# This one is just for you. What you write is private: it is never scored, never shared, and
# it stays on this computer. Write as much or as little as you like, or skip it.

# %% jupyter={"source_hidden": true}
show("ethics-reflect-my-boundaries")

# %% [markdown]
# ## Try it this week
#
# Pick one or two small practices:
#
# 1. **Say the limits.** Write your own four-sentence explanation of confidentiality and its
#    limits, check it against your policy, and use it at your next first meeting.
# 2. **Read one note over their shoulder.** Before you save a case note, read it as the
#    person would. Change one word that judges into what was said or done.
# 3. **Ask about one boundary.** Ask someone you support: "Is the way we keep in touch still
#    working for you?"

# %% [markdown]
# ## Summary
#
# - Confidentiality protects trust. Say its limits honestly at the start, and if someone may
#   be at risk, stay with them, be honest, and involve them in what happens next.
# - Case notes record what was said and done, in the person's name and often their words,
#   with a strength you saw: notes they would be fine reading.
# - In team meetings, share only what is needed, as if the person were in the room. Your
#   own feelings about the work belong in supervision.
# - Keep personal social media separate, post nothing that could identify anyone, and when
#   you know someone in more than one way, let them lead and agree it together.
# - Receive small gifts warmly and openly; keep money and debts out of the relationship.
# - If your own recovery wobbles, reach out early and be kind to yourself: stepping back
#   can be a boundary, not a failure.
# - Boundaries are made together: both people say what they need, and both can come back to
#   them.
#
# Here is your progress so far. When you're ready, the next notebook is
# **11 · Conversations**.

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## [Next: 11 · Conversations, not sentences](11_conversations.ipynb)
