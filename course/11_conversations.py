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
from widgets.exercises import pair_rubric, progress_view, roleplay, start

start("11_conversations")

# %% [markdown]
# # 11 · Conversations, not sentences
#
# Welcome! Most exercises so far have asked for one good reply. Real peer support happens in
# whole conversations: people go quiet, get angry, change their minds, come back to something
# an hour later, or say goodbye. This notebook is about what happens *between* the sentences:
# pacing, silence, a rupture and its repair, a crisis at night, an ending, a group, and a text
# line.
#
# **Time:** about 90 minutes. It works well in two or three sittings: each role-play stands on
# its own, and your turns are saved as you go.
#
# **Content note:** this notebook has five role-plays. One is a night-time call with someone
# who is thinking about suicide: it practises asking about suicide directly and planning for
# safety together, and it contains no details of any method. The others are a person who is
# angry with you, a last session, a group where two members disagree about psychiatric
# medication, and a text conversation with someone who feels lonely, in which one direct
# question about suicide is asked. Each role-play shows its own note first, and you can skip a
# turn, a role-play, or the whole notebook. If anything here brings things up for you,
# Samaritans are there to talk, day or night, free on 116 123 in the UK and Ireland.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: planning the session (click to open)</summary>
#
# Suggested plan for a 2-hour group session, with a 10-minute break (or two sessions of an
# hour: the first four rows, then the rest):
#
# | Time | What happens |
# |---|---|
# | 0-10 min | Welcome, group agreements, reminder that anyone can pass or step out. Name the crisis role-play and where it is, so nobody meets it by surprise. |
# | 10-20 min | "Pacing" and "Silence": read aloud, then a quick round: *a time someone let you take your time* (passing is fine). |
# | 20-35 min | Rupture and repair: reading, then everyone plays Terry's role-play on their own computer. Debrief with the questions after it. |
# | 35-50 min | A crisis night: reading, then the role-play, **optional**, on people's own computers only. Say clearly that skipping it is fine, and that you are around. |
# | 50-60 min | Break. Keep the quiet space open. |
# | 60-80 min | Endings and groups: choose one of the two role-plays for the room, and leave the other for later. |
# | 80-90 min | Text-based support: reading and the role-play. Ask people to keep every reply to a line or two, as they would text. |
# | 90-115 min | Pair practice with the rubric (see the notes in that section). |
# | 115-120 min | "Try it this week" and a closing round: one word for how you're leaving. |
#
# **Materials:** a shared screen; each learner on their own computer (or pairs sharing one);
# a timer; your service's crisis and safety guidance, printed; the printed list of local
# support services, including crisis lines; a quiet space people can step into.
#
# The crisis role-play works best after notebook 09 (crisis and safety). Its setting gives one
# common kind of guidance (ask directly, call 999 when a life is in immediate danger,
# otherwise plan together and bring others in with agreement); tell the group how your own
# service's guidance differs. Never run the crisis night as a live role-play between learners:
# it stays on screen, where each person can stop at any moment.
#
# </details>

# %% [markdown]
# ## What you'll learn
#
# By the end of this notebook you will be able to:
#
# - slow a conversation down, and use a short reply or a silence when that serves the person
#   better than a full answer;
# - notice a rupture (including someone being angry with you), own your part without
#   defending yourself, and repair it together;
# - stay with someone in crisis, ask directly and caringly about suicide, and plan for the next
#   few hours *with* them, bringing others in while they stay at the centre;
# - end a working relationship honestly and warmly, with no promises you can't keep;
# - hold a group where two people clash, so that both can belong;
# - listen by text: short replies, one question at a time, patience with the gaps;
# - practise with a partner, and talk about a difference in how you each saw it.

# %% [markdown]
# ## How the role-plays work
#
# Each role-play is a conversation that branches. You are always the peer support worker.
#
# - At some turns you **choose** a reply from two to four. None of them is a caricature: each
#   is something a kind, experienced worker might say on a long day. After each one you read
#   what it lives and what is not there yet, and why.
# - At more turns you **write your own reply**. Your words get the same feedback as the
#   rewrite exercises, then an example reply. The examples vary: some are one line.
# - Different replies lead to different places, including harder moments, and each
#   conversation has more than one ending. A slip is never the end of the road: most lead to a
#   turn where you can repair it in your own words, which is a skill in itself.
# - At the end you see a **summary across the eight values**, strengths first.
# - You can **skip** any turn, and **Start again** to try another path. Each turn is saved on
#   this computer.

# %% [markdown]
# ## Pacing: slower than you think
#
# When someone is struggling, the pull to *do* something is strong. We hurry to the question,
# the plan, the bright side, or the next item on the form. Pacing means letting the
# conversation go at the person's speed, not ours.
#
# Some signs that a conversation is going too fast:
#
# - you have asked more questions than they have finished answering;
# - you are talking about next steps before they have said how they feel;
# - their replies are getting shorter while yours are getting longer;
# - you feel relieved when a plan appears, and they don't.
#
# Slowing down can be as simple as reflecting before asking ("That sounds like a long
# week"), asking one question and then waiting, or saying out loud: "We don't have to sort
# anything out today."
#
# Pacing also means matching length. A one-word answer rarely needs a paragraph back. A short,
# warm reply says: *I'm listening, and there's no hurry.*

# %% [markdown]
# ## Silence: a reply too
#
# Silence can feel like a gap we must fill. In peer support it is often the most useful thing
# we offer. A pause after something hard gives the person room to feel it, to find their next
# words, or to decide what to say. Many people have rarely been given that room.
#
# - **Let a pause run** a little longer than is comfortable for you. Count three breaths.
# - **Say you're still there** if a silence goes on, especially on the phone or by text: "I'm
#   here with you. No rush." Then stop.
# - **Don't rescue the silence** with a new question, a joke or a change of subject.
# - **Notice what kind of silence it is.** Some silences are thinking, some are feeling, and
#   some mean "this isn't working". If you're not sure, you can ask gently: "I've gone quiet
#   too. Is this okay?"
#
# In every role-play below there is at least one turn where the best reply is short, or where
# the choice is to say nothing yet. Watch for them.

# %% [markdown]
# ## Rupture and repair
#
# A **rupture** is a moment when the relationship takes a knock: a missed call, a word that
# landed badly, a promise not kept, advice that felt like a push. Ruptures happen in every
# relationship, and they are not a sign that you are bad at this work. What matters most is
# the **repair**.
#
# When someone is angry with you:
#
# 1. **Hear it first.** Their anger tells you something mattered. Reflect what it cost them
#    before anything else.
# 2. **Own your part in plain words.** "I said I'd ring, and I didn't." Leave the reasons
#    out for now: however true, an explanation this early often sounds like an excuse.
# 3. **Notice your own defensiveness.** Feeling stung is human. Catching it out loud ("I got
#    defensive just then") is a repair in itself. Your side of the story belongs in supervision.
# 4. **Don't ask for calm.** Being told to calm down makes the anger the problem.
# 5. **Make the repair together.** Ask what would help, and promise only what you can keep.
# 6. **Don't make up for it by taking over.** Guilt can push us to rescue. That turns help into
#    one more thing done *to* them.
#
# The core values ask us to offer
#
# > "generosity of assumption in communication and conflict"
# > — *Core Values of Peer Support*
#
# That works both ways: someone angry with us usually has a good reason, and a repair
# that is heard can leave trust stronger than before.
#
# Anger is different from threat. If you ever feel unsafe, it is fine to pause the
# conversation and follow your service's guidance; that is looking after both of you.

# %% [markdown]
# ### Role-play: "You said you'd ring."
#
# Terry is angry with you, and he has a point: you forgot to ring him as promised. Stay with
# his anger, own what happened, and rebuild trust together.

# %% jupyter={"source_hidden": true}
roleplay("rupture-repair")

# %% [markdown]
# **Across the values** in Terry's conversation:
#
# | Value | In this conversation |
# |---|---|
# | Hope and wholeness | A repair that is heard can leave the relationship stronger than before. |
# | Acknowledgement | Terry's anger is heard before any reason or plan. |
# | Mutuality | You own your part in plain words, and agree what happens next together. |
# | Strength-based | Coming back to say "you let me down" takes courage, and it is named. |
# | Self-determination | The letter stays Terry's: help alongside him, not a rescue. |
# | Respect, dignity and equity | No one asks Terry to calm down or to understand your busy day. |
# | Belonging and community | His anger doesn't cost him his place: the door stays open. |
# | Curiosity | "What would help?" comes from him, not from a script. |

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: debriefing rupture and repair (click to open)</summary>
#
# - Which reply felt most natural to you at the start, honestly? What pulls us towards
#   explaining ourselves?
# - Where do you take your own feelings after someone has been angry with you? (Supervision,
#   a colleague, a walk: name what works for you.)
# - Think of a rupture you have repaired, at work or anywhere. What helped?
#
# Keep the discussion on the practice, not on anyone's real colleagues or clients.
#
# </details>

# %% [markdown]
# ## A crisis night
#
# Sometimes a conversation becomes a crisis: someone tells us, in words or in hints, that they
# are thinking about suicide. Peer support has a lot to offer here: staying, listening without
# panic, and treating the person as the expert on their own life, even on their worst night.
#
# - **Stay with the distress.** You don't need to make the pain go away in the next minute. A
#   calm "I'm here, and I'm staying on the line" is already a lot.
# - **Ask directly and caringly.** "Are you thinking about suicide?" Asking does not put the
#   idea in anyone's head; it tells them this is something they can talk about with you. Use
#   plain words, not "anything silly".
# - **Plan with the person, not for them.** What has helped before? Who could be with them?
#   What would they do if things got harder before morning? A plan built from their own
#   answers is one they can use.
# - **Bring others in while keeping them at the centre.** Family, friends or the NHS crisis
#   team (a mental-health team that can help at short notice, day or night) can all be part of
#   the plan. Offer them as choices, with the person's agreement.
# - **Know the limits.** If someone's life is in immediate danger, your service's guidance comes
#   first: in the UK that usually means calling 999. Tell the person what you are doing and why;
#   stay with them if you can.
# - **Look after yourself afterwards.** Talk to your supervisor or the person on call. A call
#   like this stays with you, and that is human.
#
# One thing about the feedback: it usually nudges you towards open questions, and it may
# say that "Are you thinking about suicide?" can be answered with yes or no. Here, that is
# exactly right. A plain yes-or-no question is the clearest, kindest way to ask, and the
# feedback also names it as **Asking about safety**.
#
# Notebook 09 goes further into crisis and safety.

# %% [markdown]
# ### Role-play: "I don't even know why I rang."
#
# A call to a peer support line at twenty to two in the morning. This role-play shows a content
# note first; skipping it is completely fine.

# %% jupyter={"source_hidden": true}
roleplay("crisis-night")

# %% [markdown]
# **Across the values** in Imogen's call:
#
# | Value | In this conversation |
# |---|---|
# | Hope and wholeness | "You've got through nights like this before": hope that doesn't argue with pain. |
# | Acknowledgement | Her words are heard and reflected, not argued with. |
# | Mutuality | The plan is made together, and other support is offered, not imposed. |
# | Strength-based | Her bass and her sister have helped before: the plan is built on them. |
# | Self-determination | Unless she is in immediate danger, Imogen chooses the next steps. |
# | Respect, dignity and equity | Forms and details wait until she feels heard. |
# | Belonging and community | "I'm here with you," said again after the silence. |
# | Curiosity | The hardest question, asked plainly and kindly. |

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: after the crisis role-play (click to open)</summary>
#
# Check in with the room before any discussion: a breath, a stretch, or a minute of quiet.
# Then, if people want to:
#
# - What was it like to type the words "Are you thinking about suicide?"
# - What does your own service's guidance say about immediate danger, and about telling the
#   person what you are doing?
# - Who do you talk to after a call like this?
#
# Nobody needs to share their own experience of crisis. Remind the group of the local support
# list and of Samaritans (116 123).
#
# </details>

# %% [markdown]
# ## Endings
#
# Every working relationship in peer support ends: a set number of sessions, a move, a new
# job, or a person simply not needing it any more. Endings can stir up a lot, on both sides,
# especially for people who have had sudden or painful endings before.
#
# A good ending is:
#
# - **Named early and honestly.** Nobody should find out at the last session that it is the
#   last session.
# - **A look back together.** What has changed? What did the person do to get there? Give them
#   the credit: it is their work.
# - **Honest about what happens next.** What the service offers afterwards, and what you can't
#   promise: not your personal number, not a friendship, and not always that it would be you
#   if they came back.
# - **Warm.** You can say, briefly, what the time has meant to you. That is mutuality, not a
#   slip.
# - **Said.** A real goodbye, rather than letting things fade out.
#
# In the words of the core values, hope
#
# > "is messy and uncertain"
# > — *Core Values of Peer Support*
#
# An honest ending holds hope without pretending that nothing will ever be hard again.

# %% [markdown]
# ### Role-play: "I nearly didn't come."
#
# The tenth and last session with Agnieszka, in a library café. Close it honestly and warmly.

# %% jupyter={"source_hidden": true}
roleplay("last-session")

# %% [markdown]
# **Across the values** in Agnieszka's last session:
#
# | Value | In this conversation |
# |---|---|
# | Hope and wholeness | What she built goes with her, without a promise that nothing will be hard. |
# | Acknowledgement | The ending, and her wish that it wouldn't come, are named. |
# | Mutuality | You can say what the time meant to you too, in a sentence. |
# | Strength-based | From the end of her street to choir every Tuesday: her credit. |
# | Self-determination | She decides what she'd like to have ready after today. |
# | Respect, dignity and equity | Limits are given with a reason, not "rules are rules". |
# | Belonging and community | The door stays open, even though it may not be you who opens it. |
# | Curiosity | "What helped most?" so she leaves knowing how she did it. |

# %% [markdown]
# ## Groups
#
# In a group, the facilitator holds something extra: the safety of everyone in the room,
# including the people who aren't speaking. When two people clash, the room watches what
# you do, and learns from it whether it is safe to speak.
#
# - **Pause the moment.** "Can I pause us for a moment?" stops things without blaming anyone.
# - **Make room for both.** Reflect each person's experience, briefly and fairly. You don't
#   have to decide who is right; often there is no "right", only two different lives.
# - **Come back to the group's own agreements**, the ones you made together: "We speak from our
#   own experience." The agreement does the work, not your authority.
# - **Correct without shaming.** Telling someone off in front of the group makes everyone more
#   careful, and less honest.
# - **Use the silence.** A quiet circle is often taking in what happened. Let it.
# - **Follow up one to one**, after the group, with anyone who was hurt, and with anyone who
#   may be worried they caused hurt.
#
# > "Peer support acknowledges that all human beings need to belong and be a part of a
# > community."
# > — *Core Values of Peer Support*
#
# In a group, that means *both* people in a clash.

# %% [markdown]
# ### Role-play: "Tablets are a sticking plaster."
#
# You are facilitating a peer support group when two members clash about psychiatric
# medication. Keep the group safe and welcoming for both of them.

# %% jupyter={"source_hidden": true}
roleplay("group-clash")

# %% [markdown]
# **Across the values** in the Common Ground group:
#
# | Value | In this conversation |
# |---|---|
# | Hope and wholeness | Two very different experiences can share one room. |
# | Acknowledgement | Shirin and Malcolm are each reflected, in turn. |
# | Mutuality | The group's own agreement guides the moment, not the facilitator's rules. |
# | Strength-based | Malcolm retells his story as his own, and that is named. |
# | Self-determination | Malcolm is invited, not told; Shirin can say more, or pass. |
# | Respect, dignity and equity | A comment is corrected without shaming the person who made it. |
# | Belonging and community | "You both belong in this group", and a quiet word afterwards. |
# | Curiosity | No debate about who is right: each person's experience is what matters here. |

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: debriefing endings and groups (click to open)</summary>
#
# - What endings in your own life went well? What made them feel finished, rather than cut off?
# - In the group role-play, which reply protected Shirin best? Which protected Malcolm? Was
#   there one that protected both?
# - What are the agreements in the groups you run, and who made them?
#
# </details>

# %% [markdown]
# ## Text-based support
#
# More and more peer support happens by text: text lines, web chat, messaging apps. The values
# are the same, and the way they sound is different.
#
# - **Keep it short.** A line or two, as you would text a friend. A long message in reply to
#   a short one can feel like a lot.
# - **One question at a time**, and wait for the answer.
# - **Match the person's style**, within reason. If they write "idk" and "u", your reply can
#   be relaxed too; it doesn't need to be formal to be careful.
# - **Read the gaps kindly.** "Kit is typing..." and then nothing often means someone is
#   typing and deleting. Wait, then send one short line to say you're still there.
# - **Ask about meaning.** Text loses tone. When words could mean several things, ask,
#   and when they could mean suicide, ask directly, in the same short style.
# - **Don't push.** "ya maybe" is not always a yes.
#
# > "We know that listening and asking questions are more important than providing answers."
# > — *Core Values of Peer Support*
#
# By text, listening often looks like a very short reply.

# %% [markdown]
# ### Role-play: "not sure what to say"
#
# Kit texts a peer support text line on a Sunday night. Keep your replies short, the way you
# would text.

# %% jupyter={"source_hidden": true}
roleplay("text-line")

# %% [markdown]
# **Across the values** in Kit's texts:
#
# | Value | In this conversation |
# |---|---|
# | Hope and wholeness | "you're welcome here any time": one line that leaves the door open. |
# | Acknowledgement | "that sounds lonely", in a few words, before any question. |
# | Mutuality | "we could think it through together" before any idea of your own. |
# | Strength-based | Sunday five-a-side at home: something Kit loves, and a way to connect. |
# | Self-determination | Ideas only when asked, and "if anything" leaves Kit free to want none. |
# | Respect, dignity and equity | A short message gets a short, warm reply, not a form. |
# | Belonging and community | "im here with u. no rush" after four minutes of silence. |
# | Curiosity | One short question at a time, and a direct one when it matters. |

# %% [markdown]
# ## Practising with a partner
#
# Role-plays on screen are a safe start. Talking out loud with another person is where the
# skills settle in. If you are doing the course with someone, or in a group, try this.
#
# **What you need:** a partner, about 25 minutes, and this notebook open on one screen.
#
# **Pick a situation.** Use a setting from above, such as Terry's missed call or Agnieszka's
# last session, or make up an everyday, low-stakes one: a cancelled plan, a broken boiler, a
# tricky week. Don't use the crisis night, and don't use anyone's real story, including your
# own hardest one. This is practice, not therapy.
#
# **Take roles.** One of you is the **speaker**: the peer support worker. The other is the
# **partner**: they play the person, and they notice how the conversation feels from the
# receiving end. The partner can make it a little harder, kindly: go quiet, get a bit cross,
# or ask "What would you do?"
#
# **Then:**
#
# 1. (1 min) Agree the situation, and a word either of you can say to stop at any point.
# 2. (5 min) Talk. The partner stays in role; the speaker tries one thing from this notebook:
#    a pause, a short reply, a repair.
# 3. (1 min) Step out of role. The partner says one thing about themselves that is nothing like
#    the person they played ("I'm me again, and I had toast for breakfast").
# 4. (3 min) Each of you rates the speaker on the rubric below, without looking at the other's
#    answers: the speaker about themselves, the partner about the speaker. Then press **Show
#    both ratings side by side**.
# 5. (5 min) Talk it over (see below).
# 6. **Swap roles** and choose a new situation. Run the rubric cell again (Shift + Enter) for
#    a fresh, empty rubric, and repeat steps 1 to 5.
#
# **Talking about differences.** A difference between your two ratings is the most useful part,
# not a mark. The speaker knows what they meant; the partner knows how it landed. Both are true.
#
# - Start with a line where you agree, and with what went well.
# - Then pick one difference and get curious: "What did you notice that made it a 3 for you?"
# - The partner speaks from the receiving end, not as a judge: "When you said..., I felt...",
#   rather than "You should have...".
# - The speaker listens first, and explains afterwards, if at all: the same skill as a repair.
# - End with one thing each of you will try next time.
#
# Saving is optional: **Save privately** keeps the comparison on this computer only. It is
# never scored or shared.

# %% jupyter={"source_hidden": true}
pair_rubric()

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: pair practice (click to open)</summary>
#
# - Pair people who are comfortable with each other, and give anyone the option of observing
#   a pair instead of playing.
# - Time the steps out loud. Call "step out of role" for everyone at once; it helps people
#   leave a character behind, especially after playing someone angry or sad.
# - Walk around and listen for the talk-it-over step: are partners starting with strengths?
#   Is the difference being explored, or argued?
# - Close with the whole group: "What did your partner notice that you didn't?"
#
# More on the rubric, and on running pair and group activities, is in
# `docs/facilitator-guide.md`.
#
# </details>

# %% [markdown]
# ## Try it this week
#
# Pick one or two small practices:
#
# 1. **Three breaths.** In one real conversation, let a pause run for three breaths before you
#    speak.
# 2. **Match the length.** When someone sends you a short message, reply with a short one.
# 3. **Repair out loud.** When something you say lands badly, say so: "That came out wrong.
#    Let me try again."
# 4. **Name an ending.** If a piece of work is ending, say so clearly, and look back together at
#    what the person did.

# %% [markdown]
# ## Summary
#
# - Conversations have a pace. Slowing down, matching length and leaving room often help more
#   than a better sentence.
# - Silence is a reply too. Let pauses run, and say you're still there when it helps.
# - Ruptures are normal; repairs matter. Hear the anger, own your part plainly, and rebuild
#   trust together, without rescuing.
# - In a crisis, stay, ask directly and caringly about suicide, and plan with the person,
#   bringing others in while they stay at the centre.
# - Endings deserve care: look back together, be honest about what comes next, and say
#   goodbye.
# - In a group, make room for everyone, including both people in a clash.
# - By text, keep it short, one question at a time, and read the gaps kindly.
#
# Here is your progress so far. When you're ready, the next notebook is
# **12 · Putting it all together**.

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## [Next: 12 · Putting it all together](12_putting_it_together.ipynb)
